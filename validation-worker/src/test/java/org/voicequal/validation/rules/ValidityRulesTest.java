package org.voicequal.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.validation.rules.Cases.verdicts;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;

class ValidityRulesTest {

    @Nested
    class DocumentsValidTest {

        private final Rule rule = new DocumentsValid();

        @Test
        void allThreeValidPassAndADocumentValidUntilTodayIsStillValid() {
            assertThat(verdicts(Cases.clean().legal(p -> p.setIdValidTo(Cases.TODAY))
                    .read(DocumentType.LEGAL_REP_ID_BACK, Fields.VALID_TO, Cases.TODAY.toString()).check(rule)))
                    .containsExactly("PASS enterprise.termEnd", "PASS legalRepresentative.idValidTo", "PASS administrator.idValidTo");
        }

        @Test
        void aTypedEndInThePastFailsAtOnce() {
            assertThat(verdicts(Cases.clean().admin(p -> p.setIdValidTo(Cases.TODAY.minusDays(1))).check(rule)))
                    .contains("FAIL administrator.idValidTo");
        }

        @Test
        void anApplicantCannotTypeTheirWayPastAnExpiredCardConfirmedByOcr() {
            List<CheckResult> results = Cases.clean().read(DocumentType.ADMIN_ID_BACK, Fields.VALID_TO, "2026-10-01").check(rule);
            assertThat(verdicts(results)).contains("FAIL administrator.idValidTo");
            assertThat(results.get(2).getMessageEn()).contains("2026-10-01");
        }

        @Test
        void anUnconfirmedEarlierReadDoesNotExpireAnything() {
            assertThat(verdicts(Cases.clean().unsure(DocumentType.ADMIN_ID_BACK, Fields.VALID_TO, "2026-10-01").check(rule)))
                    .contains("PASS administrator.idValidTo");
        }
    }

    @Nested
    class IdValidityMatchesTest {

        private final Rule rule = new IdValidityMatches();

        @Test
        void theTypedRangesAreTheCardsRanges() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS legalRepresentative.idValidFrom",
                    "PASS legalRepresentative.idValidTo", "PASS administrator.idValidFrom", "PASS administrator.idValidTo");
        }

        @Test
        void aTypedEndLaterThanTheCardsFails() {
            assertThat(verdicts(Cases.clean().admin(p -> p.setIdValidTo(LocalDate.of(2049, 6, 1))).check(rule)))
                    .contains("FAIL administrator.idValidTo");
        }

        @Test
        void aLongTermCardAgreesWithAnyTypedLongRangeButNotWithADatedEnd() {
            Cases longTerm = Cases.clean().read(DocumentType.LEGAL_REP_ID_BACK, Fields.VALID_TO, Fields.LONG_TERM)
                    .read(DocumentType.LEGAL_REP_ID_BACK, Fields.VALID_FROM, "2002-09-01")
                    .legal(p -> p.setIdValidFrom(LocalDate.of(2002, 9, 1)));
            assertThat(verdicts(longTerm.legal(p -> p.setIdValidTo(LocalDate.of(2099, 9, 1))).check(rule)))
                    .contains("PASS legalRepresentative.idValidTo");
            assertThat(verdicts(longTerm.legal(p -> p.setIdValidTo(LocalDate.of(2060, 1, 1))).check(rule)))
                    .contains("PASS legalRepresentative.idValidTo");
            assertThat(verdicts(longTerm.legal(p -> p.setIdValidTo(LocalDate.of(2022, 9, 1))).check(rule)))
                    .contains("FAIL legalRepresentative.idValidTo");
        }

        @Test
        void aPassportsExpiryComesFromItsMachineReadableZone() {
            Cases c = Cases.clean().legal(p -> p.setIdType("PASSPORT"))
                    .read(DocumentType.LEGAL_REP_ID_FRONT, Fields.EXPIRES_ON, "2035-03-01");
            assertThat(verdicts(c.check(rule))).startsWith("PASS legalRepresentative.idValidTo");
            c.read(DocumentType.LEGAL_REP_ID_FRONT, Fields.EXPIRES_ON, "2031-03-01");
            assertThat(verdicts(c.check(rule))).startsWith("FAIL legalRepresentative.idValidTo");
        }
    }

    @Nested
    class ValidityEndsSoonTest {

        private final Rule rule = new ValidityEndsSoon(7);

        @Test
        void nothingEndingBeyondTheWindowSaysNothing() {
            assertThat(Cases.clean().check(rule)).isEmpty();
        }

        @Test
        void anEndWithinSevenDaysIsAWarningThatPasses() {
            List<CheckResult> results = Cases.clean().legal(p -> p.setIdValidTo(Cases.TODAY.plusDays(5)))
                    .read(DocumentType.LEGAL_REP_ID_BACK, Fields.VALID_TO, Cases.TODAY.plusDays(5).toString()).check(rule);
            assertThat(verdicts(results)).containsExactly("PASS legalRepresentative.idValidTo");
            assertThat(results.get(0).getWarning()).isTrue();
            assertThat(results.get(0).getMessageEn()).contains("5 days");
        }

        @Test
        void theWindowsLastDayCountsAndTheDayAfterDoesNot() {
            assertThat(Cases.clean().admin(p -> p.setIdValidTo(Cases.TODAY.plusDays(7))).check(rule)).hasSize(1);
            assertThat(Cases.clean().admin(p -> p.setIdValidTo(Cases.TODAY.plusDays(8))).check(rule)).isEmpty();
        }
    }
}
