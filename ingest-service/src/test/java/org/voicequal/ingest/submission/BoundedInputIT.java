package org.voicequal.ingest.submission;

import org.voicequal.localinfra.Multipart;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voicequal.ingest.IngestFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounded input over HTTP, on the running service: malformed JSON, a field of the wrong type, a missing
 * {@code application} part, wrong content types and oversized values are each answered with a problem in
 * Chinese and English that names the field and never repeats the content, and nothing is stored.
 */
@ExtendWith(IngestFixture.Shared.class)
class BoundedInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROBLEMS = "https://voicequal.org/problems/";

    private static IngestFixture ingest;
    private static String application;

    @BeforeAll
    static void connect(IngestFixture fixture) throws IOException {
        ingest = fixture;
        application = Files.readString(IngestFixture.APPLICATION);
    }

    @Test
    void malformedJsonIsAProblemWithItsLineAndColumnButNotItsContent() {
        String broken = application.replace("\"remarks\": \"客服回访与订单通知\",", "\"remarks\": \"客服回访与订单通知\" oops,");
        assertThat(broken).isNotEqualTo(application);

        JsonNode problem = refused(withDocuments().json("application", broken), 400, "invalid-submission");

        JsonNode error = onlyError(problem, "application", "malformed-json");
        assertThat(error.get("message").asString()).matches("is not well-formed JSON \\(line \\d+, column \\d+\\)");
        assertThat(error.get("messageZh").asString()).contains("第").contains("行");
        assertThat(problem.toString()).doesNotContain("oops").doesNotContain("客服回访").doesNotContain("Failed to read");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedByItsPath() {
        String wrong = application.replace("\"termEnd\": \"2099-12-31\"", "\"termEnd\": \"31/12/2099\"");
        assertThat(wrong).isNotEqualTo(application);

        JsonNode problem = refused(withDocuments().json("application", wrong), 400, "invalid-submission");

        JsonNode error = onlyError(problem, "enterprise.termEnd", "format");
        assertThat(error.get("message").asString()).contains("yyyy-MM-dd");
        assertThat(problem.toString()).doesNotContain("31/12/2099");
    }

    @Test
    void anObjectWhereTextIsExpectedIsAFormatProblemToo() {
        String wrong = application.replace("\"qualificationName\": \"示例科技语音资质\"", "\"qualificationName\": {\"a\": 1}");
        assertThat(wrong).isNotEqualTo(application);

        onlyError(refused(withDocuments().json("application", wrong), 400, "invalid-submission"),
                "qualificationName", "format");
    }

    @Test
    void aMissingApplicationPartIsRequired() {
        onlyError(refused(withDocuments(), 400, "invalid-submission"), "application", "required");
    }

    @Test
    void aRequestThatIsNotMultipartIs415InBothLanguages() {
        long before = qualifications();
        HttpResponse<String> response = ingest.post("/v1/qualifications", "application/json",
                application.getBytes(StandardCharsets.UTF_8));

        JsonNode problem = problem(response, 415, "unsupported-media-type");
        onlyError(problem, "request", "content-type");
        assertThat(qualifications()).isEqualTo(before);
    }

    @Test
    void anApplicationPartNotSentAsJsonIs415NamingThePart() {
        Multipart form = withDocuments().part("application", "application.txt", "text/plain",
                application.getBytes(StandardCharsets.UTF_8));
        onlyError(refused(form, 415, "unsupported-media-type"), "application", "content-type");
    }

    @Test
    void aHundredThousandCharacterNameIsRefusedAndNotStored() {
        String huge = edit(node -> {
            ((tools.jackson.databind.node.ObjectNode) node.get("enterprise")).put("name", "企".repeat(100_000));
            return node;
        });
        JsonNode problem = refused(withDocuments().json("application", huge), 400, "invalid-submission");
        onlyError(problem, "enterprise.name", "length");
        assertThat(problem.toString()).doesNotContain("企企");
    }

    @Test
    void anImageClaimingFortyThousandPixelsSquareIsRefusedFromItsHeaderAndNotStored() {
        Multipart form = withDocumentsExcept("LEGAL_REP_ID_FRONT").json("application", application)
                .part("LEGAL_REP_ID_FRONT", "front.png", "image/png", ImageDimensionsTest.png(40_000, 40_000));
        onlyError(refused(form, 400, "invalid-submission"), "LEGAL_REP_ID_FRONT", "dimensions");
    }

    @Test
    void theUnchangedSampleIsStillAccepted() {
        long before = qualifications();
        HttpResponse<String> response = post(withDocuments().json("application", application));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(qualifications()).isEqualTo(before + 1);
    }

    private static String edit(UnaryOperator<JsonNode> change) {
        return JSON.writeValueAsString(change.apply(JSON.readTree(application)));
    }

    /** Posts {@code form}, asserts the problem and that no qualification was stored. */
    static JsonNode refused(Multipart form, int status, String type) {
        long before = qualifications();
        JsonNode problem = problem(post(form), status, type);
        assertThat(qualifications()).as("a refused request stores nothing").isEqualTo(before);
        return problem;
    }

    static HttpResponse<String> post(Multipart form) {
        return ingest.post("/v1/qualifications", form.contentType(), form.body());
    }

    private static JsonNode problem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(PROBLEMS + type);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("titleZh").asString()).isNotBlank();
        return problem;
    }

    private static JsonNode onlyError(JsonNode problem, String field, String code) {
        List<JsonNode> errors = problem.get("errors").valueStream().toList();
        assertThat(errors).as(problem.toString()).hasSize(1);
        JsonNode error = errors.get(0);
        assertThat(error.get("field").asString() + ":" + error.get("code").asString()).isEqualTo(field + ":" + code);
        assertThat(error.get("message").asString()).isNotBlank();
        assertThat(error.get("messageZh").asString()).isNotBlank();
        return error;
    }

    static Multipart withDocuments() {
        return withDocumentsExcept("");
    }

    static Multipart withDocumentsExcept(String left) {
        Multipart form = new Multipart();
        try (var files = Files.list(IngestFixture.DOCUMENTS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(left + ".")) {
                    continue;
                }
                form.part(name.substring(0, name.indexOf('.')), name, "image/png", Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return form;
    }

    static long qualifications() {
        return ingest.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM qualification").mapTo(Long.class).one());
    }
}
