package org.voicequal.validation.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.DocumentType;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.Enterprise;
import org.voicequal.events.ImageBox;
import org.voicequal.events.NumberApplication;
import org.voicequal.events.Person;
import org.voicequal.events.QualificationKind;
import org.voicequal.events.ReadAgreement;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;
import org.voicequal.events.SealMark;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.schemas.Fields;

/**
 * Case files for the rule tests: {@link #clean()} is an ordinary application whose form says exactly what its
 * documents say, every field read and confirmed by both engines, every image sealed; each test then breaks
 * one thing. The values are invented (valid check digits, no real person).
 */
final class Cases {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final PersonalDataCipher CIPHER;
    static final String NAME = "杭州示例科技有限公司";
    static final String CODE = "91330106MA27U4KB9J";
    static final String TYPE = "有限责任公司(自然人投资或控股)";
    static final String LEGAL_NAME = "张伟";
    static final String LEGAL_ID = "330106198503150016";
    static final String ADMIN_NAME = "李娜";
    static final String ADMIN_ID = "330102199208080026";
    static final LocalDate ESTABLISHED = LocalDate.of(2018, 5, 10);

    static {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 3);
        CIPHER = new PersonalDataCipher(key);
    }

    final SubmissionReceived.Builder submission;
    final Map<DocumentType, RecognizedDocument.Builder> documents = new EnumMap<>(DocumentType.class);
    Optional<SubmissionReceived> replaced = Optional.empty();
    Map<String, String> heldElsewhere = Map.of();

    private Cases() {
        submission = SubmissionReceived.newBuilder().setEventId("e").setQualificationId("q").setAccountId("acct")
                .setKind(QualificationKind.ORDINARY).setQualificationName("示例语音资质").setSubmittedAt(Instant.EPOCH)
                .setEnterprise(new Enterprise("BUSINESS_LICENCE", NAME, CODE, null, TYPE, "杭州市西湖区文三路1号",
                        "浙江省", "杭州市", ESTABLISHED, LocalDate.of(2099, 12, 31)))
                .setLegalRepresentative(new Person(CIPHER.seal(LEGAL_NAME), "RESIDENT_ID", CIPHER.seal(LEGAL_ID),
                        LocalDate.of(2015, 3, 1), LocalDate.of(2035, 3, 1), null))
                .setAdministrator(new Person(CIPHER.seal(ADMIN_NAME), "RESIDENT_ID", CIPHER.seal(ADMIN_ID),
                        LocalDate.of(2019, 6, 1), LocalDate.of(2039, 6, 1), CIPHER.seal("13800138000")))
                .setLetterDate(LocalDate.of(2026, 11, 20)).setCommitmentDate(LocalDate.of(2026, 11, 20))
                .setDocuments(List.of());
    }

    static Cases clean() {
        Cases c = new Cases();
        c.read(DocumentType.BUSINESS_LICENCE, Fields.LICENCE_KIND, "CORPORATE").read(DocumentType.BUSINESS_LICENCE,
                Fields.ENTERPRISE_NAME, NAME).read(DocumentType.BUSINESS_LICENCE, Fields.CREDIT_CODE, CODE)
                .read(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_TYPE, TYPE)
                .read(DocumentType.BUSINESS_LICENCE, Fields.LEGAL_REPRESENTATIVE, LEGAL_NAME)
                .read(DocumentType.BUSINESS_LICENCE, Fields.ESTABLISHED_ON, ESTABLISHED.toString())
                .read(DocumentType.BUSINESS_LICENCE, Fields.TERM_FROM, ESTABLISHED.toString())
                .read(DocumentType.BUSINESS_LICENCE, Fields.TERM_TO, Fields.LONG_TERM_DATE);
        c.read(DocumentType.LEGAL_REP_ID_FRONT, Fields.NAME, LEGAL_NAME).read(DocumentType.LEGAL_REP_ID_FRONT,
                Fields.ID_NUMBER, LEGAL_ID);
        c.read(DocumentType.LEGAL_REP_ID_BACK, Fields.VALID_FROM, "2015-03-01").read(DocumentType.LEGAL_REP_ID_BACK,
                Fields.VALID_TO, "2035-03-01");
        c.read(DocumentType.ADMIN_ID_FRONT, Fields.NAME, ADMIN_NAME).read(DocumentType.ADMIN_ID_FRONT, Fields.ID_NUMBER,
                ADMIN_ID);
        c.read(DocumentType.ADMIN_ID_BACK, Fields.VALID_FROM, "2019-06-01").read(DocumentType.ADMIN_ID_BACK,
                Fields.VALID_TO, "2039-06-01");
        c.read(DocumentType.ADMIN_ID_IN_HAND, Fields.NAME, ADMIN_NAME).read(DocumentType.ADMIN_ID_IN_HAND,
                Fields.ID_NUMBER, ADMIN_ID);
        c.read(DocumentType.COMMITMENT_LETTER, Fields.SIGNATORY_COMPANY, NAME).read(DocumentType.COMMITMENT_LETTER,
                Fields.LETTER_DATE, "2026-11-20");
        c.read(DocumentType.NUMBER_APPLICATION_LETTER, Fields.ADMIN_NAME_IN_BLANK, ADMIN_NAME)
                .read(DocumentType.NUMBER_APPLICATION_LETTER, Fields.ADMIN_NAME_AT_SIGNATURE, ADMIN_NAME)
                .read(DocumentType.NUMBER_APPLICATION_LETTER, Fields.ID_NUMBER, ADMIN_ID)
                .read(DocumentType.NUMBER_APPLICATION_LETTER, Fields.LETTER_DATE, "2026-11-20");
        c.colour(DocumentType.ADMIN_ID_IN_HAND, true);
        c.submission.setDocuments(c.documents.keySet().stream().map(t -> new DocumentRef(t, "sha256/" + t, "x",
                "image/png", 1L)).toList());
        return c;
    }

    /** A 400-number application: no administrator, no letters; three-in-one unless said otherwise. */
    static Cases number400(String... numbers) {
        Cases c = clean();
        c.submission.setKind(QualificationKind.NUMBER_400).setAdministrator(null).setLetterDate(null).setCommitmentDate(null)
                .setNumberApplication(new NumberApplication("CT", List.of(numbers), true, "客服热线"));
        for (DocumentType t : List.of(DocumentType.ADMIN_ID_FRONT, DocumentType.ADMIN_ID_BACK, DocumentType.ADMIN_ID_IN_HAND,
                DocumentType.COMMITMENT_LETTER, DocumentType.NUMBER_APPLICATION_LETTER)) {
            c.documents.remove(t);
        }
        c.submission.setDocuments(c.documents.keySet().stream().map(t -> new DocumentRef(t, "sha256/" + t, "x",
                "image/png", 1L)).toList());
        return c;
    }

    Cases form(Consumer<SubmissionReceived.Builder> change) {
        change.accept(submission);
        return this;
    }

    Cases enterprise(Consumer<Enterprise> change) {
        change.accept(submission.getEnterprise());
        return this;
    }

    Cases legal(Consumer<Person> change) {
        change.accept(submission.getLegalRepresentative());
        return this;
    }

    Cases admin(Consumer<Person> change) {
        change.accept(submission.getAdministrator());
        return this;
    }

    /** Both engines read {@code value} and agree: confirmed. */
    Cases read(DocumentType type, String field, String value) {
        return put(type, RecognizedField.newBuilder().setName(field).setSealedValue(CIPHER.seal(value)).setConfidence(0.99)
                .setAgreement(ReadAgreement.BOTH_AGREE).setConfirmed(true).setEngines(List.of("ppocr", "tesseract")).build());
    }

    /** Only the lead engine read {@code value}: not confirmed. */
    Cases unsure(DocumentType type, String field, String value) {
        return unsure(type, field, value, 0.7);
    }

    /** Only the lead engine read {@code value}, this sure (at most 0.5: extraction's guess). */
    Cases unsure(DocumentType type, String field, String value, double confidence) {
        return put(type, RecognizedField.newBuilder().setName(field).setSealedValue(CIPHER.seal(value)).setConfidence(confidence)
                .setAgreement(ReadAgreement.ONE_ENGINE).setConfirmed(false).setEngines(List.of("ppocr")).build());
    }

    Cases unread(DocumentType type, String field, String reason) {
        return put(type, RecognizedField.newBuilder().setName(field).setSealedValue(null).setUnreadReason(reason).build());
    }

    Cases unsealed(DocumentType type) {
        document(type).setSeals(List.of());
        return this;
    }

    Cases colour(DocumentType type, Boolean colour) {
        document(type).setColour(colour);
        return this;
    }

    Cases unreadable(DocumentType type, String failure) {
        document(type).setOutcome(RecognitionOutcome.FAILED).setFailure(failure).setFields(List.of());
        return this;
    }

    Cases renews(SubmissionReceived old) {
        submission.setReplacesQualificationId(old.getQualificationId());
        replaced = Optional.of(old);
        return this;
    }

    Cases held(Map<String, String> numbers) {
        heldElsewhere = numbers;
        return this;
    }

    CaseFile file() {
        DocumentsRecognized recognition = DocumentsRecognized.newBuilder().setEventId("r").setQualificationId("q")
                .setRecognizedAt(Instant.EPOCH).setEngine("test")
                .setDocuments(documents.values().stream().map(RecognizedDocument.Builder::build).toList()).build();
        return new CaseFile(submission.build(), recognition, TODAY, CIPHER, replaced, heldElsewhere);
    }

    List<CheckResult> check(Rule rule) {
        return rule.check(file());
    }

    private Cases put(DocumentType type, RecognizedField field) {
        RecognizedDocument.Builder doc = document(type);
        List<RecognizedField> fields = new java.util.ArrayList<>(doc.getFields().stream()
                .filter(f -> !f.getName().equals(field.getName())).toList());
        fields.add(field);
        doc.setFields(fields);
        return this;
    }

    private RecognizedDocument.Builder document(DocumentType type) {
        return documents.computeIfAbsent(type, t -> RecognizedDocument.newBuilder().setType(t).setSha256("sha-" + t)
                .setOutcome(RecognitionOutcome.READ).setSealedText(CIPHER.seal("text")).setFields(List.of())
                .setDurationMillis(10L).setColour(false)
                .setSeals(List.of(new SealMark(new ImageBox(10, 10, 120, 120), 0.9, false))));
    }

    // assertions' vocabulary

    static List<CheckOutcome> outcomes(List<CheckResult> results) {
        return results.stream().map(CheckResult::getOutcome).toList();
    }

    /** "OUTCOME field" per result, e.g. "FAIL enterprise.name". */
    static List<String> verdicts(List<CheckResult> results) {
        return results.stream().map(r -> r.getOutcome() + " " + String.join(",", r.getFields())).toList();
    }
}
