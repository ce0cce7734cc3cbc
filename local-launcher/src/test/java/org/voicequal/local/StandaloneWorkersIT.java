package org.voicequal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicequal.localinfra.Multipart;

/**
 * The distributed path: every worker's own executable jar, each in its own JVM, configured with exactly the
 * environment docker-compose.yml gives its service ({@link SeparateWorkers}). The sample must reach its
 * decision and its email through these six processes.
 */
class StandaloneWorkersIT {

    private static SeparateWorkers workers;
    private static String applicantKey;

    @BeforeAll
    static void start() throws Exception {
        workers = SeparateWorkers.start("standalone-workers");
        applicantKey = workers.newAccount("acct-demo");
    }

    @AfterAll
    static void stop() {
        if (workers != null) {
            workers.close();
        }
    }

    @Test
    void theSampleIsDecidedAndEmailedThroughSixSeparateWorkers() throws Exception {
        String email = "standalone-" + UUID.randomUUID() + "@example.com";
        String application = Samples.application(Samples.CLEAN).replace("owner@example.com", email);
        Multipart form = new Multipart().json("application", application);
        Multipart.sampleDocuments(Samples.CLEAN).forEach((n, b) -> form.part(n, n + ".png", "image/png", b));

        HttpResponse<String> accepted = form.post(workers.ingestUrl() + "/v1/qualifications", applicantKey);
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = PipelineClient.JSON.readTree(accepted.body()).get("id").asText();

        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String body = http.send(HttpRequest.newBuilder(URI.create(workers.ingestUrl() + "/v1/qualifications/" + id))
                            .header("X-Api-Key", applicantKey).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(PipelineClient.JSON.readTree(body).get("status").asText()).isEqualTo("APPROVED");
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> workers.messages().stream()
                .anyMatch(m -> PipelineClient.recipient(m).equals(email)));
    }
}
