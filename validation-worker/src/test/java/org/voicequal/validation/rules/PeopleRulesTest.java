package org.voicequal.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.validation.rules.Cases.verdicts;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;

class PeopleRulesTest {

    @Nested
    class LegalRepresentativeMatchesTest {

        private final Rule rule = new LegalRepresentativeMatches();

        @Test
        void nameOnTheLicenceAndTheCardAndTheNumberOnTheCardAllConfirmedPass() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS legalRepresentative.name",
                    "PASS legalRepresentative.name", "PASS legalRepresentative.idNumber");
        }

        @Test
        void aLicenceNamingSomeoneElseFailsOnTheLicenceComparisonOnly() {
            List<CheckResult> results = Cases.clean().read(DocumentType.BUSINESS_LICENCE, Fields.LEGAL_REPRESENTATIVE, "张玮")
                    .check(rule);
            assertThat(verdicts(results)).containsExactly("FAIL legalRepresentative.name", "PASS legalRepresentative.name",
                    "PASS legalRepresentative.idNumber");
            assertThat(results.get(0).getEvidence().get(0).getDocument()).isEqualTo(DocumentType.BUSINESS_LICENCE);
            assertThat(results.get(0).getMessageZh() + results.get(0).getMessageEn()).doesNotContain("张");
        }

        @Test
        void theLicenceAndTheCardReadingTheSameNameCorroborateEachOtherWhenTheSecondEngineMisreadsBoth() {
            Cases c = Cases.clean().unsure(DocumentType.BUSINESS_LICENCE, Fields.LEGAL_REPRESENTATIVE, Cases.LEGAL_NAME)
                    .unsure(DocumentType.LEGAL_REP_ID_FRONT, Fields.NAME, Cases.LEGAL_NAME);
            assertThat(verdicts(c.check(rule))).containsExactly("PASS legalRepresentative.name",
                    "PASS legalRepresentative.name", "PASS legalRepresentative.idNumber");
            // but one document alone, unconfirmed, is not enough
            c.unread(DocumentType.LEGAL_REP_ID_FRONT, Fields.NAME, "label not found");
            assertThat(verdicts(c.check(rule))).startsWith("UNVERIFIED legalRepresentative.name");
        }

        @Test
        void aNumberOtherThanTheCardsFails() {
            assertThat(verdicts(Cases.clean().read(DocumentType.LEGAL_REP_ID_FRONT, Fields.ID_NUMBER, "11010519491231002X")
                    .check(rule))).contains("FAIL legalRepresentative.idNumber");
        }

        @Test
        void aPassportReadInLatinLettersIsComparedByItsNumberAlone() {
            Cases c = Cases.clean().legal(p -> p.setIdType("PASSPORT")).legal(p -> p.setSealedIdNumber(Cases.CIPHER.seal("E12345678")))
                    .read(DocumentType.LEGAL_REP_ID_FRONT, Fields.NAME, "ZHANG WEI")
                    .read(DocumentType.LEGAL_REP_ID_FRONT, Fields.PASSPORT_NUMBER, "E12345678");
            assertThat(verdicts(c.check(rule))).containsExactly("PASS legalRepresentative.name", "PASS legalRepresentative.idNumber");
        }

        @Test
        void aChinesePassportsHanziNameIsComparedLikeTheCards() {
            Cases passport = Cases.clean().legal(p -> p.setIdType("PASSPORT"))
                    .legal(p -> p.setSealedIdNumber(Cases.CIPHER.seal("E12345678")))
                    .read(DocumentType.LEGAL_REP_ID_FRONT, Fields.PASSPORT_NUMBER, "E12345678");
            assertThat(verdicts(passport.check(rule))).containsExactly("PASS legalRepresentative.name",
                    "PASS legalRepresentative.name", "PASS legalRepresentative.idNumber");
            assertThat(verdicts(passport.read(DocumentType.LEGAL_REP_ID_FRONT, Fields.NAME, "王芳").check(rule)))
                    .contains("FAIL legalRepresentative.name");
        }
    }

    @Nested
    class AdministratorMatchesTest {

        private final Rule rule = new AdministratorMatches();

        @Test
        void theCardAndTheHandHeldCardBothConfirmedPass() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS administrator.name",
                    "PASS administrator.idNumber", "PASS administrator.name", "PASS administrator.idNumber");
        }

        @Test
        void aHandHeldPhotoOfSomeoneElsesCardFails() {
            assertThat(verdicts(Cases.clean().read(DocumentType.ADMIN_ID_IN_HAND, Fields.NAME, "王芳")
                    .read(DocumentType.ADMIN_ID_IN_HAND, Fields.ID_NUMBER, "11010519491231002X").check(rule)))
                    .containsExactly("PASS administrator.name", "PASS administrator.idNumber", "FAIL administrator.name",
                            "FAIL administrator.idNumber");
        }

        @Test
        void aHandHeldCardTooSmallToReadGoesToAPerson() {
            assertThat(verdicts(Cases.clean().unread(DocumentType.ADMIN_ID_IN_HAND, Fields.NAME, "no label found")
                    .unread(DocumentType.ADMIN_ID_IN_HAND, Fields.ID_NUMBER, "no label found").check(rule)))
                    .endsWith("UNVERIFIED administrator.name", "UNVERIFIED administrator.idNumber");
        }
    }

    @Nested
    class ResidentIdChecksumTest {

        private final Rule rule = new ResidentIdChecksum();

        @Test
        void wellFormedNumbersPassAndABadCheckDigitFails() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS legalRepresentative.idNumber",
                    "PASS administrator.idNumber");
            assertThat(verdicts(Cases.clean().admin(p -> p.setSealedIdNumber(Cases.CIPHER.seal("330102199208080027")))
                    .check(rule))).containsExactly("PASS legalRepresentative.idNumber", "FAIL administrator.idNumber");
        }
    }
}
