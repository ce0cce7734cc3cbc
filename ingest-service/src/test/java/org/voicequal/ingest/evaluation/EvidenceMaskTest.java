package org.voicequal.ingest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.Evidence;
import org.voicequal.events.ReadAgreement;

/** Each evidence value is masked by the field it is evidence for; what nobody classified is hidden. */
class EvidenceMaskTest {

    private static final PersonalDataCipher CIPHER = cipher();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "enterprise.name, ENTERPRISE",
            "enterprise.enterpriseType, ENTERPRISE",
            "numberApplication.enterpriseName, ENTERPRISE",
            "legalRepresentative.name, NAME",
            "administrator.name, NAME",
            "numberApplicationLetter.administratorName, NAME",
            "legalRepresentative.idNumber, ID_NUMBER",
            "administrator.idNumber, ID_NUMBER",
            "legalRepresentative.passportNumber, ID_NUMBER",
            "enterprise.creditCode, CODE",
            "enterprise.organizationCode, CODE",
            "administrator.contact, CONTACT",
            "notificationEmail, CONTACT",
            "letterDate, SHOWN",
            "commitmentDate, SHOWN",
            "administrator.idValidTo, SHOWN",
            "legalRepresentative.idValidFrom, SHOWN",
            "enterprise.termEnd, SHOWN",
            "enterprise.term, SHOWN",
            "enterprise.certificateType, SHOWN",
            "qualificationName, SHOWN",
            "numberApplication.numbers, SHOWN",
            "enterprise.address, HIDDEN",
            "administrator.handHeldPhoto, HIDDEN",
            "somethingNew, HIDDEN"})
    void choosesTheMaskByTheField(String field, EvidenceMask expected) {
        assertThat(EvidenceMask.forField(field)).isEqualTo(expected);
    }

    @Test
    void aFieldWithoutANameIsHidden() {
        assertThat(EvidenceMask.forField(null)).isEqualTo(EvidenceMask.HIDDEN);
        assertThat(EvidenceMask.forField(" ")).isEqualTo(EvidenceMask.HIDDEN);
        assertThat(EvidenceMask.HIDDEN.apply("330106198503150016")).isEqualTo("******");
        assertThat(EvidenceMask.HIDDEN.apply(null)).isNull();
    }

    @Test
    void evidenceIsOpenedOnlyToBeMasked() {
        // Given the results of three rules, their evidence sealed as validation-worker sends it
        SealedCheck idCheck = SealedCheck.of(check("CREDIT_CODE_MATCHES", CheckOutcome.FAIL,
                evidence("legalRepresentative.idNumber", "330106198503150016", "330106198503150018")));
        SealedCheck nameCheck = SealedCheck.of(check("NAMES_MATCH", CheckOutcome.UNVERIFIED,
                evidence("administrator.name", "李娜", "李那"), evidence("enterprise.name", "杭州示例科技有限公司", null)));
        SealedCheck dateCheck = SealedCheck.of(check("LETTERS_DATED", CheckOutcome.PASS,
                evidence("letterDate", "2026-11-20", "2026-11-20")));

        // When they are shown
        EvaluationView.Check id = EvaluationViews.masked(idCheck, CIPHER);
        EvaluationView.Check names = EvaluationViews.masked(nameCheck, CIPHER);
        EvaluationView.Check date = EvaluationViews.masked(dateCheck, CIPHER);

        // Then personal values are masked, dates shown, and everything else passes through unchanged
        assertThat(id.evidence()).singleElement().satisfies(e -> {
            assertThat(e.submitted()).isEqualTo("330***********0016");
            assertThat(e.read()).isEqualTo("330***********0018");
            assertThat(e.document()).isEqualTo("LEGAL_REP_ID_FRONT");
            assertThat(e.engines()).containsExactly("tesseract", "ppocr");
            assertThat(e.confidence()).isEqualTo(0.97);
            assertThat(e.agreement()).isEqualTo("BOTH_AGREE");
            assertThat(e.confirmed()).isTrue();
        });
        assertThat(id.outcome()).isEqualTo("FAIL");
        assertThat(names.evidence()).extracting(EvaluationView.Evidence::submitted).containsExactly("李*", "杭州******公司");
        assertThat(names.evidence()).extracting(EvaluationView.Evidence::read).containsExactly("李*", null);
        assertThat(date.evidence()).singleElement()
                .satisfies(e -> assertThat(List.of(e.submitted(), e.read())).containsOnly("2026-11-20"));
    }

    @Test
    void theStoredFormKeepsTheValuesSealed() {
        SealedCheck check = SealedCheck.of(check("CREDIT_CODE_MATCHES", CheckOutcome.PASS,
                evidence("enterprise.creditCode", "91330106MA27U4KB9J", "91330106MA27U4KB9J")));

        String stored = SealedCheck.toJson(List.of(check));

        assertThat(stored).doesNotContain("91330106MA27U4KB9J").contains("pd1:");
        assertThat(SealedCheck.fromJson(stored)).containsExactly(check);
    }

    @Test
    void summaryCountsOutcomesAndWarnings() {
        List<EvaluationView.Check> checks = List.of(viewed("PASS", true), viewed("PASS", false), viewed("FAIL", false),
                viewed("UNVERIFIED", false));
        assertThat(EvaluationView.Summary.of(checks)).isEqualTo(new EvaluationView.Summary(4, 2, 1, 1, 1));
    }

    private static EvaluationView.Check viewed(String outcome, boolean warning) {
        return new EvaluationView.Check("R", outcome, List.of(), "zh", "en", warning, List.of());
    }

    static CheckResult check(String rule, CheckOutcome outcome, Evidence... evidence) {
        return CheckResult.newBuilder().setRule(rule).setOutcome(outcome).setFields(List.of(evidence[0].getField()))
                .setMessageZh("測試").setMessageEn("test").setEvidence(List.of(evidence)).build();
    }

    static Evidence evidence(String field, String submitted, String read) {
        return Evidence.newBuilder().setField(field).setDocument(DocumentType.LEGAL_REP_ID_FRONT).setReadField("value")
                .setSealedSubmitted(CIPHER.seal(submitted)).setSealedRead(CIPHER.seal(read))
                .setEngines(List.of("tesseract", "ppocr")).setConfidence(0.97).setAgreement(ReadAgreement.BOTH_AGREE)
                .setConfirmed(true).build();
    }

    private static PersonalDataCipher cipher() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new PersonalDataCipher(key);
    }
}
