package org.voicequal.local;

import org.voicequal.localinfra.Multipart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicequal.localinfra.FreePort;

/**
 * Issue 6's acceptance, end to end through every worker with the real OCR engines: the committed application
 * sets ({@code samples/applications}, each with one known flaw) are submitted together, and each reaches the
 * outcome its flaw calls for, with its own reason code in the applicant's history; the one that OCR cannot
 * settle is approved by a reviewer through review-worker's API, and its owner is emailed.
 *
 * <p>The sets' documents are dated relative to the day they were generated ({@code generatedOn} in
 * {@code sets.json}), so the pipeline runs with its clock shifted to two days after it
 * ({@code pipeline.clock-offset}): an ID ending five days after generation is then still "expiring soon".
 */
class SeededApplicationsIT {

    private static final ObjectMapper JSON = PipelineClient.JSON;
    private static final Path SETS = Samples.APPLICATIONS;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalPipeline pipeline;
    /** set directory → qualification id, all submitted at the start */
    private static final Map<String, String> submitted = new LinkedHashMap<>();
    private static final Map<String, String> owners = new LinkedHashMap<>();

    @BeforeAll
    static void submitEverySet() throws Exception {
        JsonNode manifest = JSON.readTree(SETS.resolve("sets.json").toFile());
        pipeline = LocalPipeline.start(Files.createTempDirectory("seeded-it"), FreePort.pick(), FreePort.pick(),
                Samples.settings());
        for (JsonNode set : manifest) {
            String directory = set.get("directory").asText();
            Path dir = SETS.resolve(directory);
            String owner = directory + "-" + UUID.randomUUID() + "@example.com";
            String application = Files.readString(dir.resolve("application.json")).replace("owner@example.com", owner);
            HttpResponse<String> accepted = PipelineClient.submit(pipeline, application, Multipart.sampleDocuments(dir));
            assertThat(accepted.statusCode()).as(directory + ": " + accepted.body()).isEqualTo(202);
            submitted.put(directory, JSON.readTree(accepted.body()).get("id").asText());
            owners.put(directory, owner);
        }
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void aCleanApplicationIsApprovedWithoutAPerson() {
        JsonNode decided = awaitDecision("clean-approved");
        assertThat(decided.get("status").asText()).as(explain(decided)).isEqualTo("APPROVED");
    }

    @Test
    void aOneCharacterNameMismatchWithTheLicenceIsRejected() {
        assertRejectedOrRoutedFor("name-one-char-off", "ENTERPRISE_NAME_MATCHES", true);
    }

    @Test
    void anAdministratorNamedInTheLetterWhoIsNotTheCardsHolderIsCaught() {
        assertRejectedOrRoutedFor("letter-admin-mismatch", "LETTER_ADMIN_MATCHES", false);
    }

    @Test
    void idCopiesWithoutTheCompanySealAreCaught() {
        assertRejectedOrRoutedFor("id-copy-unsealed", "ID_IMAGES_SEALED", false);
    }

    @Test
    void anExpiredAdministratorIdIsRejected() {
        assertRejectedOrRoutedFor("expired-admin-id", "DOCUMENTS_VALID", true);
    }

    @Test
    void aForbiddenEnterpriseTypeReadFromTheLicenceIsRejected() {
        assertRejectedOrRoutedFor("forbidden-type", "ENTERPRISE_TYPE_ALLOWED", true);
    }

    @Test
    void anIdEndingWithinSevenDaysTravelsAsAWarning() throws Exception {
        JsonNode decided = awaitDecision("expiring-soon");
        String status = decided.get("status").asText();
        assertThat(status).as(explain(decided)).isIn("APPROVED", "UNDER_REVIEW");
        if (status.equals("APPROVED")) {
            assertThat(codes(lastEntry(decided))).as("the warning travels with the approval").contains("VALIDITY_ENDS_SOON");
        }
        // whoever decides sees it: the evaluation carries it as a passing check with a warning
        JsonNode evaluation = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl()
                + "/v1/qualifications/" + submitted.get("expiring-soon") + "/evaluation"))
                .header("X-Api-Key", pipeline.applicantKey()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        List<JsonNode> warnings = new ArrayList<>();
        evaluation.get("checks").forEach(c -> {
            if (c.get("warning").asBoolean()) {
                warnings.add(c);
            }
        });
        assertThat(warnings).extracting(c -> c.get("rule").asText() + " " + c.get("outcome").asText()
                + " " + c.get("fields").get(0).asText()).containsExactly("VALIDITY_ENDS_SOON PASS legalRepresentative.idValidTo");
    }

    @Test
    void anApplicationOcrCannotSettleIsApprovedByAReviewerAndTheOwnerIsEmailed() throws Exception {
        String id = submitted.get("ambiguous-reviewer-approves");
        JsonNode waiting = awaitDecision("ambiguous-reviewer-approves");
        assertThat(waiting.get("status").asText()).as(explain(waiting)).isEqualTo("UNDER_REVIEW");
        assertThat(codes(lastEntry(waiting))).as("why it waits").isNotEmpty();

        // the reviewer finds it in the queue, opens it, claims it and approves it
        JsonNode queue = await().atMost(Duration.ofSeconds(30)).until(() -> review("GET", "?limit=100", null),
                q -> q.get("items").findValuesAsText("qualificationId").contains(id));
        assertThat(queue.get("items").findValuesAsText("qualificationId")).contains(id);
        JsonNode task = review("GET", "/" + id, null);
        assertThat(task.toString()).as("masked by default").doesNotContain(personalValues("ambiguous-reviewer-approves"));
        review("POST", "/" + id + "/claim", null);
        review("POST", "/" + id + "/decision", "{\"decision\":\"APPROVE\"}");

        JsonNode approved = PipelineClient.awaitStatus(pipeline, id, "APPROVED");
        assertThat(lastEntry(approved).get("source").asText()).isEqualTo("review-worker");
        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> pipeline.mail().messages().stream()
                .filter(m -> PipelineClient.recipient(m).equals(owners.get("ambiguous-reviewer-approves")))
                .filter(PipelineClient::isDecision).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(mail.getSubject()).contains("審核通過");

        // and a decided task cannot be decided again
        HttpResponse<String> again = reviewRaw("POST", "/" + id + "/decision", "{\"decision\":\"REJECT\",\"reasons\":[\"OTHER\"],\"comment\":\"x\"}");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    /**
     * The flaw is caught by its own rule: rejected at once when OCR confirmed what shows it (and {@code mustReject}
     * says it always does on these documents), otherwise waiting for a person — never approved — and in both
     * cases the rule's code is among the reasons the applicant sees.
     */
    private static void assertRejectedOrRoutedFor(String set, String code, boolean mustReject) {
        JsonNode decided = awaitDecision(set);
        String status = decided.get("status").asText();
        assertThat(status).as(explain(decided)).isIn(mustReject ? Set.of("REJECTED") : Set.of("REJECTED", "UNDER_REVIEW"));
        assertThat(codes(lastEntry(decided))).as(explain(decided)).contains(code);
        assertThat(decided.toString()).as("no personal value in clear").doesNotContain(personalValues(set));
    }

    /** The qualification once review-worker has routed it: a second history entry, decided or waiting with reasons. */
    private static JsonNode awaitDecision(String set) {
        String id = submitted.get(set);
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(pipeline.ingestUrl() + "/v1/qualifications/" + id))
                            .header("X-Api-Key", pipeline.applicantKey()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            last[0] = JSON.readTree(response.body());
            assertThat(last[0].get("history").size()).as(set).isGreaterThanOrEqualTo(2);
        });
        return last[0];
    }

    private static JsonNode lastEntry(JsonNode qualification) {
        JsonNode history = qualification.get("history");
        return history.get(history.size() - 1);
    }

    private static List<String> codes(JsonNode entry) {
        return entry.get("reasons").findValuesAsText("code");
    }

    private static String explain(JsonNode qualification) {
        List<String> lines = new ArrayList<>();
        lastEntry(qualification).get("reasons").forEach(r -> lines.add(r.get("code").asText() + ": " + r.get("messageEn").asText()));
        return qualification.get("status").asText() + " " + lines;
    }

    /** The set's clear personal values: names and ID numbers, which no applicant-facing view may show. */
    private static String[] personalValues(String set) {
        try {
            JsonNode form = JSON.readTree(SETS.resolve(set).resolve("application.json").toFile());
            return new String[] {form.at("/legalRepresentative/idNumber").asText(), form.at("/administrator/idNumber").asText(),
                    form.at("/legalRepresentative/name").asText(), form.at("/administrator/name").asText()};
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode review(String method, String path, String body) throws Exception {
        HttpResponse<String> response = reviewRaw(method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> reviewRaw(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pipeline.reviewUrl() + "/v1/review-tasks" + path))
                .header("X-Api-Key", pipeline.reviewerKey());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
