package org.voicequal.local;

import org.voicequal.localinfra.Multipart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** What the end-to-end tests do as a portal: submit over HTTP and follow a qualification to a status. */
final class PipelineClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private PipelineClient() {
    }

    static HttpResponse<String> submit(LocalPipeline pipeline, String applicationJson, Map<String, byte[]> documents)
            throws Exception {
        Multipart form = new Multipart().json("application", applicationJson);
        documents.forEach((name, bytes) -> form.part(name, name + ".png", "image/png", bytes));
        return form.post(pipeline.ingestUrl() + "/v1/qualifications", pipeline.applicantKey());
    }

    /** The qualification's view once it has {@code status}. */
    static JsonNode awaitStatus(LocalPipeline pipeline, String id, String status) {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(pipeline.ingestUrl() + "/v1/qualifications/" + id))
                            .header("X-Api-Key", pipeline.applicantKey()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            last[0] = JSON.readTree(response.body());
            assertThat(last[0].get("status").asText()).as("%s, last reasons %s", id, last[0].get("reasons")).isEqualTo(status);
        });
        return last[0];
    }

    /** Whether the email tells of a decision or a later change, not that the submission was received. */
    static boolean isDecision(jakarta.mail.internet.MimeMessage message) {
        try {
            return !message.getSubject().startsWith("企業資質已收到");
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    /** Whether the email says the submission was received (企業資質已收到). */
    static boolean isReceipt(jakarta.mail.internet.MimeMessage message) {
        return !isDecision(message);
    }

    /** The first recipient of a message, or "" when it has none readable. */
    static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
