package org.voicequal.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicequal.localinfra.FreePort;
import org.voicequal.localinfra.Multipart;

/**
 * {@code POST /v1/recognitions} through the real pipeline: ingest-service, the topics on the KRaft broker and
 * Apicurio Registry, ocr-worker reading with PP-OCR and Tesseract. What a portal gets back pre-fills its form
 * with the document's own values (the clean sample's labels are the truth). The answer without ocr-worker is
 * ingest's {@code RecognitionIT}.
 */
class RecognitionRoundTripIT {

    private static LocalPipeline pipeline;
    private static JsonNode labels;

    @BeforeAll
    static void start() throws Exception {
        // The default 20 s is for a worker with its cores to itself; on the shared build machine a licence took up
        // to 19 s. What this test holds is the values read, so it waits longer; the time is printed, not asserted.
        pipeline = LocalPipeline.start(Files.createTempDirectory("recognition-it"), FreePort.pick(), FreePort.pick(),
                Map.of("ingest.recognition.timeout", "60s"));
        labels = PipelineClient.JSON.readTree(Samples.CLEAN.resolve("labels.json").toFile());
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    @Test
    void aLicenceIsReadAndItsCreditCodeIsTheOneOnTheDocument() throws Exception {
        JsonNode view = recognize("BUSINESS_LICENCE");

        JsonNode code = field(view, "creditCode");
        assertThat(code.get("value").asText()).isEqualTo(truth("BUSINESS_LICENCE", "creditCode"));
        assertThat(code.get("enginesAgree").asBoolean()).isTrue();
        assertThat(code.get("confirmed").asBoolean()).isTrue();
        assertThat(code.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(view.get("fillByHand").isNull()).isTrue();
    }

    @Test
    void anIdCardsNumberAndNameAreReadToo() throws Exception {
        JsonNode view = recognize("ADMIN_ID_FRONT");

        assertThat(field(view, "idNumber").get("value").asText()).isEqualTo(truth("ADMIN_ID_FRONT", "idNumber"));
        assertThat(field(view, "name").get("value").asText()).isEqualTo(truth("ADMIN_ID_FRONT", "name"));
    }

    /** Posts the clean sample's image of {@code type}; the answer must come before the timeout (200, not 202). */
    private static JsonNode recognize(String type) throws Exception {
        byte[] image = Files.readAllBytes(Samples.CLEAN.resolve(Path.of("documents", type + ".png")));
        long start = System.nanoTime();
        HttpResponse<String> response = new Multipart().part(type, type + ".png", "image/png", image)
                .post(pipeline.ingestUrl() + "/v1/recognitions", pipeline.applicantKey());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode view = PipelineClient.JSON.readTree(response.body());
        // from the request's record to ocr-worker's answer: queueing and reading; the rest is HTTP and storage
        long requestToAnswer = java.time.Duration.between(java.time.Instant.parse(view.get("requestedAt").asText()),
                java.time.Instant.parse(view.get("completedAt").asText())).toMillis();
        System.out.printf("recognition round trip of %s: %d ms (request to ocr-worker's answer %d ms)%n", type,
                millis, requestToAnswer);
        assertThat(view.get("status").asText()).isEqualTo("READ");
        assertThat(view.get("documentType").asText()).isEqualTo(type);
        return view;
    }

    private static String truth(String type, String field) {
        for (JsonNode label : labels) {
            if (label.get("type").asText().equals(type)) {
                return label.get("fields").get(field).asText();
            }
        }
        throw new AssertionError("no label for " + type);
    }

    private static JsonNode field(JsonNode view, String name) {
        for (JsonNode field : view.get("fields")) {
            if (field.get("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + view.get("fields"));
    }
}
