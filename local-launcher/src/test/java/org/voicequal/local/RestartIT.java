package org.voicequal.local;

import org.voicequal.localinfra.Multipart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.voicequal.localinfra.FreePort;

/**
 * Stopping the pipeline while a submission is in flight and starting it again on the same data directory
 * loses nothing and repeats nothing: the broker, the registry (schema ids that records refer to), the
 * database with its outboxes and inboxes, and the images all survive the restart.
 */
class RestartIT {

    private static final ObjectMapper JSON = PipelineClient.JSON;

    @Test
    void aSubmissionInFlightAtAStopCompletesOnceAfterTheRestart() throws Exception {
        Path data = Files.createTempDirectory("restart-it");
        Path samples = Samples.CLEAN;
        String email = "restart@example.com";
        String application = Files.readString(samples.resolve("application.json")).replace("owner@example.com", email);

        // Given a submission accepted by a running pipeline
        LocalPipeline first = LocalPipeline.start(data, FreePort.pick(), FreePort.pick(), Samples.settings());
        String id;
        long emailsBeforeStop;
        try {
            HttpResponse<String> accepted = PipelineClient.submit(first, application, Multipart.sampleDocuments(samples));
            assertThat(accepted.statusCode()).isEqualTo(202);
            id = JSON.readTree(accepted.body()).get("id").asText();
        } finally {
            // When the pipeline stops at once, the submission still in OCR
            first.close();
        }
        // GreenMail keeps what it received after it stops; the receipt email may or may not have left before
        emailsBeforeStop = first.mail().messages().stream().filter(PipelineClient::isDecision).count();

        // Then after a restart on the same data it reaches its decision, once
        try (LocalPipeline second = LocalPipeline.start(data, FreePort.pick(), FreePort.pick(), Samples.settings())) {
            JsonNode qualification = PipelineClient.awaitStatus(second, id, "APPROVED");
            assertThat(qualification.get("history")).extracting(h -> h.get("status").asText())
                    .containsExactly("UNDER_REVIEW", "APPROVED");
            if (emailsBeforeStop == 0) {
                await().atMost(Duration.ofSeconds(30)).until(() -> decisions(second) == 1);
            }
            Thread.sleep(2000); // a second, duplicate email would arrive within the relay's poll interval
            assertThat(emailsBeforeStop + decisions(second)).as("emails for the decision").isEqualTo(1);
            // a receipt the first pipeline's dispatcher had claimed when it stopped is sent again only once that
            // claim's lease (notify.dispatch.lease, 2 minutes) has run out
            await().atMost(Duration.ofMinutes(3)).until(() -> receipts(first) + receipts(second) >= 1);
            Thread.sleep(2000);
            assertThat(receipts(first) + receipts(second)).as("the receipt, once").isEqualTo(1);
            assertThat(qualification.get("documents")).hasSize(8);
        }
    }

    private static long receipts(LocalPipeline pipeline) {
        return pipeline.mail().messages().stream().filter(PipelineClient::isReceipt).count();
    }

    private static long decisions(LocalPipeline pipeline) {
        return pipeline.mail().messages().stream().filter(PipelineClient::isDecision).count();
    }
}
