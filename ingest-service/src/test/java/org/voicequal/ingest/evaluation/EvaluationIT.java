package org.voicequal.ingest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.domain.QualificationId;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.Evidence;
import org.voicequal.events.ReadAgreement;
import org.voicequal.events.SubmissionEvaluated;
import org.voicequal.ingest.IngestFixture;
import org.voicequal.pipeline.consume.PoisonEventException;
import org.voicequal.schemas.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation on real parts: published on its real topic, stored by ingest-service's subscription in
 * PostgreSQL with the real migrations, and read back masked through {@code GET /v1/qualifications/{id}/evaluation}.
 */
@ExtendWith(IngestFixture.Shared.class)
class EvaluationIT {

    // the sample's personal values (src/test/resources/synthetic-application.json), which must never appear in clear
    private static final String LEGAL_REP_ID = "330106198503150016";
    private static final String LEGAL_REP_NAME = "张伟";
    private static final String ADMIN_ID = "330102199208080026";
    private static final String ADMIN_NAME = "李娜";
    private static final String CREDIT_CODE = "91330106MA27U4KB9J";
    private static final String ENTERPRISE_NAME = "杭州示例科技有限公司";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static IngestFixture ingest;
    private static PersonalDataCipher cipher;

    @BeforeAll
    static void connect(IngestFixture fixture) {
        ingest = fixture;
        cipher = fixture.cipher();
    }

    @Test
    void anEvaluationPublishedOnItsTopicIsShownToItsOwnerMasked() {
        // Given a submitted qualification that validation-worker has not evaluated yet
        QualificationId id = ingest.submitSample();
        JsonNode pending = getEvaluation(id);
        assertThat(pending.get("status").asString()).isEqualTo("PENDING");
        assertThat(pending.get("checks")).isEmpty();

        // When its evaluation arrives on the topic
        ingest.publish(Topics.SUBMISSION_EVALUATED, id.toString(), evaluation(id, Instant.parse("2026-11-29T02:00:05Z"),
                creditCodeConfirmed(), legalRepIdMisread(), adminNameUnsure(), letterDatedWithWarning()));

        // Then the owner sees every rule's result and evidence, with counts
        await().atMost(Duration.ofSeconds(30)).until(() -> getEvaluation(id).get("status").asString().equals("EVALUATED"));
        JsonNode shown = getEvaluation(id);
        assertThat(shown.get("masked").asBoolean()).isTrue();
        assertThat(shown.get("evaluatedAt").asString()).isEqualTo("2026-11-29T02:00:05Z");
        assertThat(shown.get("summary").toString())
                .isEqualTo("{\"checks\":4,\"pass\":2,\"fail\":1,\"unverified\":1,\"warnings\":1}");
        assertThat(shown.get("checks")).extracting(c -> c.get("rule").asString() + ":" + c.get("outcome").asString())
                .containsExactly("CREDIT_CODE_MATCHES:PASS", "CREDIT_CODE_MATCHES:FAIL", "NAMES_MATCH:UNVERIFIED", "LETTERS_DATED:PASS");

        // masked by the field each value is about, dates shown
        JsonNode credit = shown.get("checks").get(0).get("evidence").get(0);
        assertThat(credit.get("submitted").asString()).isEqualTo("91**************9J");
        assertThat(credit.get("engines")).extracting(JsonNode::asString).containsExactly("tesseract", "ppocr");
        assertThat(credit.get("agreement").asString()).isEqualTo("BOTH_AGREE");
        JsonNode id1 = shown.get("checks").get(1).get("evidence").get(0);
        assertThat(id1.get("submitted").asString()).isEqualTo("330***********0016");
        assertThat(id1.get("read").asString()).isEqualTo("330***********0018");
        JsonNode names = shown.get("checks").get(2).get("evidence");
        assertThat(names).extracting(e -> e.get("submitted").asString()).containsExactly("李*", "杭州******公司");
        assertThat(names.get(0).get("note").asString()).isEqualTo("read by one engine only");
        JsonNode letter = shown.get("checks").get(3);
        assertThat(letter.get("warning").asBoolean()).isTrue();
        assertThat(letter.get("evidence").get(0).get("submitted").asString()).isEqualTo("2026-11-20");

        // and no personal value appears in clear, nor sealed, anywhere in the answer
        assertThat(shown.toString()).doesNotContain(LEGAL_REP_ID, "330106198503150018", LEGAL_REP_NAME, ADMIN_ID,
                ADMIN_NAME, "李那", CREDIT_CODE, ENTERPRISE_NAME, "pd1:");
        // while at rest the values stay sealed
        String stored = ingest.jdbi().withHandle(h -> h.createQuery(
                "SELECT checks::text FROM evaluation WHERE qualification_id = :id").bind("id", id.value())
                .mapTo(String.class).one());
        assertThat(stored).contains("pd1:").doesNotContain(LEGAL_REP_ID, "330106198503150018", ADMIN_NAME, "李那",
                CREDIT_CODE, ENTERPRISE_NAME);
    }

    @Test
    void aLaterEvaluationReplacesAnEarlierOneNeverTheReverse() {
        // Given a qualification evaluated once
        QualificationId id = ingest.submitSample();
        Instant first = Instant.parse("2026-11-29T02:00:00Z");
        assertThat(record(evaluation(id, first, adminNameUnsure()))).isTrue();

        // When it is evaluated again, later (the applicant corrected it), then an older evaluation arrives late,
        // then another one stamped at the same instant as the current one
        assertThat(record(evaluation(id, first.plusSeconds(60), creditCodeConfirmed()))).as("later").isTrue();
        assertThat(record(evaluation(id, first.plusSeconds(30), legalRepIdMisread()))).as("late and older").isFalse();
        assertThat(record(evaluation(id, first.plusSeconds(60), legalRepIdMisread()))).as("same instant").isFalse();

        // Then the latest is the one shown
        JsonNode shown = getEvaluation(id);
        assertThat(shown.get("evaluatedAt").asString()).isEqualTo("2026-11-29T02:01:00Z");
        assertThat(shown.get("checks")).extracting(c -> c.get("outcome").asString()).containsExactly("PASS");
    }

    @Test
    void anEvaluationOfAQualificationIngestDoesNotKnowIsPoison() {
        QualificationId unknown = QualificationId.newId();

        assertThatThrownBy(() -> record(evaluation(unknown, Instant.now(), creditCodeConfirmed())))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("does not know");
        SubmissionEvaluated notAnId = evaluation(unknown, Instant.now());
        notAnId.setQualificationId("q-42");
        assertThatThrownBy(() -> record(notAnId)).isInstanceOf(PoisonEventException.class);
    }

    @Test
    void evidenceThatIsNotSealedIsRefusedWithoutRepeatingIt() {
        // Given an evaluation whose evidence carries a clear ID number, against the contract
        QualificationId id = ingest.submitSample();
        Evidence clear = Evidence.newBuilder().setField("legalRepresentative.idNumber").setSealedSubmitted(LEGAL_REP_ID)
                .build();

        // Then it is refused whole, before anything is stored, and the refusal does not repeat the value
        assertThatThrownBy(() -> record(evaluation(id, Instant.now(), check("CREDIT_CODE_MATCHES", CheckOutcome.PASS, clear))))
                .isInstanceOf(PoisonEventException.class).hasMessageNotContaining(LEGAL_REP_ID)
                .hasMessageContaining("legalRepresentative.idNumber");
        assertThat(getEvaluation(id).get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void anUnknownQualificationIsAProblem404() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
            HttpResponse<String> response = ingest.get("/v1/qualifications/" + id + "/evaluation");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("type").asString()).isEqualTo("https://voicequal.org/problems/not-found");
            assertThat(problem.get("titleZh").asString()).isEqualTo("資質不存在");
        }
    }

    private static boolean record(SubmissionEvaluated event) {
        return ingest.jdbi().inTransaction(handle -> Evaluations.record(handle, event, cipher));
    }

    private static JsonNode getEvaluation(QualificationId id) {
        HttpResponse<String> response = ingest.get("/v1/qualifications/" + id + "/evaluation");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static SubmissionEvaluated evaluation(QualificationId id, Instant at, CheckResult... checks) {
        return SubmissionEvaluated.newBuilder().setEventId(UUID.randomUUID().toString())
                .setQualificationId(id.toString()).setAccountId("acct-demo").setEvaluatedAt(at)
                .setChecks(List.of(checks)).build();
    }

    private static CheckResult creditCodeConfirmed() {
        return check("CREDIT_CODE_MATCHES", CheckOutcome.PASS, read("enterprise.creditCode", DocumentType.BUSINESS_LICENCE,
                "creditCode", CREDIT_CODE, CREDIT_CODE, ReadAgreement.BOTH_AGREE, true).build());
    }

    private static CheckResult legalRepIdMisread() {
        return check("CREDIT_CODE_MATCHES", CheckOutcome.FAIL, read("legalRepresentative.idNumber",
                DocumentType.LEGAL_REP_ID_FRONT, "idNumber", LEGAL_REP_ID, "330106198503150018",
                ReadAgreement.BOTH_AGREE, true).build());
    }

    private static CheckResult adminNameUnsure() {
        return check("NAMES_MATCH", CheckOutcome.UNVERIFIED,
                read("administrator.name", DocumentType.ADMIN_ID_FRONT, "name", ADMIN_NAME, "李那",
                        ReadAgreement.ONE_ENGINE, false).setNote("read by one engine only").build(),
                read("enterprise.name", DocumentType.BUSINESS_LICENCE, "name", ENTERPRISE_NAME, ENTERPRISE_NAME,
                        ReadAgreement.BOTH_AGREE, true).build());
    }

    private static CheckResult letterDatedWithWarning() {
        CheckResult check = check("LETTERS_DATED", CheckOutcome.PASS, read("letterDate",
                DocumentType.NUMBER_APPLICATION_LETTER, "date", "2026-11-20", "2026-11-20", ReadAgreement.BOTH_AGREE,
                true).build());
        check.setWarning(true);
        return check;
    }

    private static Evidence.Builder read(String field, DocumentType document, String readField, String submitted,
            String read, ReadAgreement agreement, boolean confirmed) {
        return Evidence.newBuilder().setField(field).setDocument(document).setReadField(readField)
                .setSealedSubmitted(cipher.seal(submitted)).setSealedRead(cipher.seal(read))
                .setEngines(agreement == ReadAgreement.BOTH_AGREE ? List.of("tesseract", "ppocr") : List.of("tesseract"))
                .setConfidence(confirmed ? 0.98 : 0.71).setAgreement(agreement).setConfirmed(confirmed);
    }

    private static CheckResult check(String rule, CheckOutcome outcome, Evidence... evidence) {
        return CheckResult.newBuilder().setRule(rule).setOutcome(outcome)
                .setFields(List.of(evidence[0].getField())).setMessageZh("測試 " + rule).setMessageEn("test " + rule)
                .setEvidence(List.of(evidence)).build();
    }
}
