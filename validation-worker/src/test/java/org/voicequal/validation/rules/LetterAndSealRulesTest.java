package org.voicequal.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.validation.rules.Cases.verdicts;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;

class LetterAndSealRulesTest {

    @Nested
    class LetterDatesTest {

        private final Rule rule = new LetterDates();

        @Test
        void datedLettersMatchingTheFormPass() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS letterDate", "PASS letterDate",
                    "PASS commitmentDate", "PASS commitmentDate");
        }

        @Test
        void aMissingDateFailsAndAFutureDateFails() {
            assertThat(verdicts(Cases.clean().form(s -> s.setLetterDate(null)).check(rule))).startsWith("FAIL letterDate");
            assertThat(verdicts(Cases.clean().form(s -> s.setCommitmentDate(Cases.TODAY.plusDays(1)))
                    .read(DocumentType.COMMITMENT_LETTER, Fields.LETTER_DATE, Cases.TODAY.plusDays(1).toString()).check(rule)))
                    .endsWith("PASS commitmentDate", "FAIL commitmentDate");
        }

        @Test
        void aLetterDatedBeforeTheCompanyExistedFails() {
            LocalDate before = Cases.ESTABLISHED.minusDays(1);
            assertThat(verdicts(Cases.clean().form(s -> s.setLetterDate(before))
                    .read(DocumentType.NUMBER_APPLICATION_LETTER, Fields.LETTER_DATE, before.toString()).check(rule)))
                    .startsWith("PASS letterDate", "FAIL letterDate");
        }

        @Test
        void aTypedDateOtherThanTheLettersFails() {
            assertThat(verdicts(Cases.clean().form(s -> s.setLetterDate(LocalDate.of(2026, 11, 21))).check(rule)))
                    .startsWith("FAIL letterDate");
        }

        @Test
        void aLetterWhoseDateCouldNotBeReadGoesToAPerson() {
            assertThat(verdicts(Cases.clean().unread(DocumentType.COMMITMENT_LETTER, Fields.LETTER_DATE, "no date found")
                    .check(rule))).contains("UNVERIFIED commitmentDate");
        }
    }

    @Nested
    class LetterAdministratorMatchesTest {

        private final Rule rule = new LetterAdministratorMatches();

        @Test
        void theBlankTheSignatureAndTheNumberNameTheAdministrator() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS administrator.name",
                    "PASS administrator.name", "PASS administrator.idNumber");
        }

        @Test
        void aBlankReadByOneEngineIsCorroboratedByTheIdCardsNameUnlessItIsAGuess() {
            Cases oneEngine = Cases.clean().unsure(DocumentType.NUMBER_APPLICATION_LETTER, Fields.ADMIN_NAME_IN_BLANK,
                    Cases.ADMIN_NAME);
            assertThat(verdicts(oneEngine.check(rule))).startsWith("PASS administrator.name");
            Cases guess = Cases.clean().unsure(DocumentType.NUMBER_APPLICATION_LETTER, Fields.ADMIN_NAME_IN_BLANK,
                    Cases.ADMIN_NAME, 0.5);
            assertThat(verdicts(guess.check(rule))).startsWith("UNVERIFIED administrator.name");
        }

        @Test
        void anotherNameReadByOneEngineGoesToAPersonNeverRejects() {
            assertThat(verdicts(Cases.clean().unsure(DocumentType.NUMBER_APPLICATION_LETTER, Fields.ADMIN_NAME_IN_BLANK,
                    "董霞晓").check(rule))).startsWith("UNVERIFIED administrator.name");
        }

        @Test
        void anotherNameInTheBlankFails() {
            assertThat(verdicts(Cases.clean().read(DocumentType.NUMBER_APPLICATION_LETTER, Fields.ADMIN_NAME_IN_BLANK, "李那")
                    .check(rule))).containsExactly("FAIL administrator.name", "PASS administrator.name",
                    "PASS administrator.idNumber");
        }
    }

    @Nested
    class CommitmentNamesCompanyTest {

        private final Rule rule = new CommitmentNamesCompany();

        @Test
        void theFullNamePassesAndAShortNameFails() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS enterprise.name");
            assertThat(verdicts(Cases.clean().read(DocumentType.COMMITMENT_LETTER, Fields.SIGNATORY_COMPANY, "杭州示例科技")
                    .check(rule))).containsExactly("FAIL enterprise.name");
        }
    }

    @Nested
    class LettersSealedTest {

        private final Rule rule = new LettersSealed();

        @Test
        void bothSealedPassAndAMissingSealGoesToAPersonNeverRejects() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS documents.COMMITMENT_LETTER",
                    "PASS documents.NUMBER_APPLICATION_LETTER");
            assertThat(verdicts(Cases.clean().unsealed(DocumentType.NUMBER_APPLICATION_LETTER).check(rule)))
                    .containsExactly("PASS documents.COMMITMENT_LETTER", "UNVERIFIED documents.NUMBER_APPLICATION_LETTER");
        }
    }

    @Nested
    class IdImagesSealedTest {

        private final Rule rule = new IdImagesSealed();

        @Test
        void everyIdImageSealedAndAColourHandHeldPhotoPass() {
            assertThat(verdicts(Cases.clean().unsealed(DocumentType.ADMIN_ID_IN_HAND).check(rule)))
                    .containsOnly("PASS documents.LEGAL_REP_ID_FRONT", "PASS documents.LEGAL_REP_ID_BACK",
                            "PASS documents.ADMIN_ID_FRONT", "PASS documents.ADMIN_ID_BACK", "PASS documents.ADMIN_ID_IN_HAND");
        }

        @Test
        void unsealedCopiesOfTheIdCardsAreFlaggedOneByOne() {
            assertThat(verdicts(Cases.clean().unsealed(DocumentType.LEGAL_REP_ID_FRONT).unsealed(DocumentType.ADMIN_ID_BACK)
                    .check(rule))).contains("UNVERIFIED documents.LEGAL_REP_ID_FRONT", "UNVERIFIED documents.ADMIN_ID_BACK",
                    "PASS documents.LEGAL_REP_ID_BACK");
        }

        @Test
        void aBlackAndWhiteHandHeldCopyNeedsASeal() {
            assertThat(verdicts(Cases.clean().colour(DocumentType.ADMIN_ID_IN_HAND, false).check(rule)))
                    .contains("PASS documents.ADMIN_ID_IN_HAND");
            assertThat(verdicts(Cases.clean().colour(DocumentType.ADMIN_ID_IN_HAND, false)
                    .unsealed(DocumentType.ADMIN_ID_IN_HAND).check(rule))).contains("UNVERIFIED documents.ADMIN_ID_IN_HAND");
        }
    }
}
