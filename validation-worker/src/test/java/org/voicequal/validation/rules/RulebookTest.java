package org.voicequal.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;

class RulebookTest {

    private final Rulebook rulebook = new Rulebook();

    @Test
    void aCleanApplicationThatOcrConfirmsPassesEveryRuleOfAnOrdinaryApplication() {
        List<CheckResult> results = rulebook.evaluate(Cases.clean().file());
        assertThat(results).filteredOn(r -> r.getOutcome() != CheckOutcome.PASS).isEmpty();
        assertThat(results).extracting(CheckResult::getRule).containsOnly("CREDIT_CODE_CHECKSUM", "CREDIT_CODE_MATCHES",
                "ENTERPRISE_NAME_MATCHES", "CERTIFICATE_TYPE_MATCHES", "ENTERPRISE_TYPE_ALLOWED", "ENTERPRISE_TYPE_MATCHES",
                "BUSINESS_TERM_MATCHES", "RESIDENT_ID_CHECKSUM", "LEGAL_REP_MATCHES", "ADMIN_MATCHES", "DOCUMENTS_VALID",
                "ID_VALIDITY_MATCHES", "LETTER_DATES", "LETTER_ADMIN_MATCHES", "COMMITMENT_NAMES_COMPANY", "LETTERS_SEALED",
                "ID_IMAGES_SEALED");
        assertThat(results).noneMatch(CheckResult::getWarning);
    }

    @Test
    void aClean400ApplicationPassesItsOwnRulesAndSkipsTheLetters() {
        List<CheckResult> results = rulebook.evaluate(Cases.number400("4001234567").file());
        assertThat(results).filteredOn(r -> r.getOutcome() != CheckOutcome.PASS).isEmpty();
        assertThat(results).extracting(CheckResult::getRule).contains("NUMBERS_WITHIN_LIMIT", "NUMBERS_NOT_HELD",
                "THREE_IN_ONE_DOCUMENTS").doesNotContain("LETTER_DATES", "LETTERS_SEALED", "ADMIN_MATCHES");
    }

    @Test
    void ruleCodesAreUnique() {
        Set<String> codes = new HashSet<>();
        rulebook.rules().forEach(rule -> assertThat(codes.add(rule.code())).as(rule.code()).isTrue());
    }

    @Test
    void noMessageEverCarriesAPersonalValueWhateverFails() {
        List<CheckResult> results = rulebook.evaluate(Cases.clean()
                .read(DocumentType.LEGAL_REP_ID_FRONT, Fields.NAME, "王芳")
                .read(DocumentType.ADMIN_ID_FRONT, Fields.ID_NUMBER, "11010519491231002X")
                .read(DocumentType.NUMBER_APPLICATION_LETTER, Fields.ADMIN_NAME_IN_BLANK, "李那")
                .legal(p -> p.setSealedIdNumber(Cases.CIPHER.seal("330106198503150017"))).file());
        assertThat(results).filteredOn(r -> r.getOutcome() == CheckOutcome.FAIL).hasSizeGreaterThanOrEqualTo(4);
        for (CheckResult r : results) {
            for (String personal : List.of(Cases.LEGAL_NAME, Cases.ADMIN_NAME, "王芳", "李那", Cases.LEGAL_ID, Cases.ADMIN_ID,
                    "11010519491231002X", "330106198503150017")) {
                assertThat(r.getMessageZh() + r.getMessageEn()).as(r.getRule()).doesNotContain(personal);
            }
        }
    }

    @Test
    void everyEvidenceValueTravelsSealed() {
        List<CheckResult> results = rulebook.evaluate(Cases.clean().file());
        assertThat(results).flatExtracting(CheckResult::getEvidence).allSatisfy(e -> {
            if (e.getSealedSubmitted() != null) {
                assertThat(Cases.CIPHER.open(e.getSealedSubmitted())).isNotBlank();
            }
            if (e.getSealedRead() != null) {
                assertThat(Cases.CIPHER.open(e.getSealedRead())).isNotBlank();
            }
        });
    }
}
