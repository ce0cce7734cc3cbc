package org.voicequal.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.Enterprise;
import org.voicequal.events.Person;
import org.voicequal.events.QualificationKind;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;
import org.voicequal.events.ReadAgreement;
import org.voicequal.events.SubmissionReceived;

class RulebookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String CODE = "91330106MA27U4KB9J";
    private static final String LEGAL_ID = "330106198503150016";
    private static final String ADMIN_ID = "330102199208080026";
    private static final PersonalDataCipher CIPHER;

    static {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 3);
        CIPHER = new PersonalDataCipher(key);
    }

    private final Rulebook rulebook = new Rulebook();

    @Test
    void aCleanSubmissionThatOcrConfirmsPassesEveryRule() {
        List<CheckResult> results = rulebook.evaluate(file(submission("有限责任公司", CODE, LEGAL_ID,
                LocalDate.of(2035, 3, 1)), recognition(CODE, LEGAL_ID, ADMIN_ID)));
        assertThat(results).extracting(CheckResult::getOutcome).containsOnly(CheckOutcome.PASS);
        assertThat(results).extracting(CheckResult::getRule).contains("CREDIT_CODE_CHECKSUM", "RESIDENT_ID_CHECKSUM",
                "ENTERPRISE_TYPE_ALLOWED", "DOCUMENTS_VALID", "OCR_CONFIRMS");
    }

    @Test
    void eachBrokenRuleFailsWithItsOwnFieldAndNoPersonalValueInItsMessage() {
        List<CheckResult> results = rulebook.evaluate(file(submission("个体工商户", "91330106MA27U4KB9K",
                "330106198503150017", LocalDate.of(2026, 11, 28)), recognition(CODE, LEGAL_ID, ADMIN_ID)));
        assertThat(failed(results)).containsExactlyInAnyOrder("CREDIT_CODE_CHECKSUM:enterprise.creditCode",
                "RESIDENT_ID_CHECKSUM:legalRepresentative.idNumber", "ENTERPRISE_TYPE_ALLOWED:enterprise.enterpriseType",
                "DOCUMENTS_VALID:legalRepresentative.idValidTo",
                // the confirmed reads (the true values) differ from what was typed
                "OCR_CONFIRMS:enterprise.creditCode", "OCR_CONFIRMS:legalRepresentative.idNumber");
        assertThat(results).allSatisfy(r -> assertThat(r.getMessageEn() + r.getMessageZh())
                .doesNotContain("330106198503150017").doesNotContain("张伟"));
    }

    @Test
    void aDocumentValidUntilTodayIsStillValid() {
        List<CheckResult> results = rulebook.evaluate(file(submission("有限责任公司", CODE, LEGAL_ID, TODAY),
                recognition(CODE, LEGAL_ID, ADMIN_ID)));
        assertThat(failed(results)).isEmpty();
    }

    @Test
    void whatOcrCouldNotReadOrReadDifferentlyWithoutConfirmationIsUnverified() {
        List<CheckResult> results = rulebook.evaluate(file(submission("有限责任公司", CODE, LEGAL_ID,
                LocalDate.of(2035, 3, 1)), recognition(null, "11010519491231002X", ADMIN_ID, false)));
        assertThat(results).filteredOn(r -> r.getOutcome() == CheckOutcome.UNVERIFIED)
                .extracting(r -> r.getFields().get(0) + ":" + r.getMessageEn())
                .containsExactlyInAnyOrder("enterprise.creditCode:OCR could not read the credit code on the business licence",
                        "legalRepresentative.idNumber:the number on the legal representative's ID card differs from the form"
                                + " (the read is not confirmed)",
                        "administrator.idNumber:the number on the administrator's ID card matches the form, but the read"
                                + " is not confirmed");
        CheckResult unread = results.stream().filter(r -> r.getRule().equals("OCR_CONFIRMS"))
                .filter(r -> r.getFields().get(0).equals("enterprise.creditCode"))
                .findFirst().orElseThrow();
        assertThat(unread.getEvidence()).singleElement().satisfies(e -> {
            assertThat(e.getNote()).isEqualTo("no label found");
            assertThat(e.getDocument()).isEqualTo(DocumentType.BUSINESS_LICENCE);
        });
    }

    @Test
    void aConfirmedReadThatDiffersFromTheFormFailsWithItsEvidence() {
        List<CheckResult> results = rulebook.evaluate(file(submission("有限责任公司", CODE, LEGAL_ID,
                LocalDate.of(2035, 3, 1)), recognition(CODE, "11010519491231002X", ADMIN_ID, true)));
        assertThat(failed(results)).containsExactly("OCR_CONFIRMS:legalRepresentative.idNumber");
        CheckResult failure = results.stream().filter(r -> r.getOutcome() == CheckOutcome.FAIL).findFirst().orElseThrow();
        assertThat(failure.getEvidence()).singleElement().satisfies(e -> {
            assertThat(CIPHER.open(e.getSealedRead())).isEqualTo("11010519491231002X");
            assertThat(CIPHER.open(e.getSealedSubmitted())).isEqualTo(LEGAL_ID);
            assertThat(e.getAgreement()).isEqualTo(ReadAgreement.BOTH_AGREE);
            assertThat(e.getConfirmed()).isTrue();
        });
        assertThat(failure.getMessageEn()).doesNotContain(LEGAL_ID).doesNotContain("11010519491231002X");
    }

    @Test
    void confirmedReadsThatMatchTheFormPass() {
        List<CheckResult> results = rulebook.evaluate(file(submission("有限责任公司", CODE, LEGAL_ID,
                LocalDate.of(2035, 3, 1)), recognition(CODE, LEGAL_ID, ADMIN_ID, true)));
        assertThat(results).filteredOn(r -> r.getRule().equals("OCR_CONFIRMS"))
                .extracting(CheckResult::getOutcome).containsOnly(CheckOutcome.PASS).hasSize(3);
    }

    private static List<String> failed(List<CheckResult> results) {
        return results.stream().filter(r -> r.getOutcome() == CheckOutcome.FAIL)
                .map(r -> r.getRule() + ":" + r.getFields().get(0)).toList();
    }

    private static CaseFile file(SubmissionReceived submission, DocumentsRecognized recognition) {
        return new CaseFile(submission, recognition, TODAY, CIPHER);
    }

    static SubmissionReceived submission(String type, String creditCode, String legalId, LocalDate legalIdValidTo) {
        return SubmissionReceived.newBuilder().setEventId("e").setQualificationId("q").setAccountId("a")
                .setKind(QualificationKind.ORDINARY).setQualificationName("n").setSubmittedAt(Instant.EPOCH)
                .setEnterprise(new Enterprise("BUSINESS_LICENCE", "杭州示例科技有限公司", creditCode, null, type, null, null,
                        null, LocalDate.of(2018, 5, 10), LocalDate.of(2099, 12, 31)))
                .setLegalRepresentative(new Person(CIPHER.seal("张伟"), "RESIDENT_ID", CIPHER.seal(legalId),
                        LocalDate.of(2015, 3, 1), legalIdValidTo, null))
                .setAdministrator(new Person(CIPHER.seal("李娜"), "RESIDENT_ID", CIPHER.seal(ADMIN_ID),
                        LocalDate.of(2019, 6, 1), LocalDate.of(2039, 6, 1), CIPHER.seal("13800138000")))
                .setDocuments(List.of()).build();
    }

    static DocumentsRecognized recognition(String creditCode, String legalId, String adminId) {
        List<RecognizedDocument> documents = new ArrayList<>();
        documents.add(document(DocumentType.BUSINESS_LICENCE, "creditCode", creditCode));
        documents.add(document(DocumentType.LEGAL_REP_ID_FRONT, "idNumber", legalId));
        documents.add(document(DocumentType.ADMIN_ID_FRONT, "idNumber", adminId));
        return DocumentsRecognized.newBuilder().setEventId("r").setQualificationId("q").setRecognizedAt(Instant.EPOCH)
                .setEngine("test").setDocuments(documents).build();
    }

    static DocumentsRecognized recognition(String creditCode, String legalId, String adminId, boolean confirmed) {
        DocumentsRecognized recognition = recognition(creditCode, legalId, adminId);
        recognition.getDocuments().forEach(d -> d.getFields().forEach(f -> {
            f.setConfirmed(confirmed);
            f.setAgreement(confirmed ? ReadAgreement.BOTH_AGREE : ReadAgreement.ONE_ENGINE);
        }));
        return recognition;
    }

    private static RecognizedDocument document(DocumentType type, String field, String value) {
        RecognizedField read = value == null
                ? RecognizedField.newBuilder().setName(field).setSealedValue(null).setUnreadReason("no label found").build()
                : RecognizedField.newBuilder().setName(field).setSealedValue(CIPHER.seal(value)).setConfidence(0.99)
                        .setAgreement(ReadAgreement.BOTH_AGREE).setConfirmed(true).setEngines(List.of("a", "b")).build();
        return RecognizedDocument.newBuilder().setType(type).setSha256("sha").setOutcome(RecognitionOutcome.READ)
                .setSealedText(CIPHER.seal("text")).setFields(List.of(read)).setDurationMillis(10L).build();
    }
}
