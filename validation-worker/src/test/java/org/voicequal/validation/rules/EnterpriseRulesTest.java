package org.voicequal.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.validation.rules.Cases.verdicts;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;

class EnterpriseRulesTest {

    @Nested
    class EnterpriseNameMatchesTest {

        private final Rule rule = new EnterpriseNameMatches();

        @Test
        void theLicencesNameConfirmedPasses() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS enterprise.name");
        }

        @Test
        void oneCharacterOffFromAConfirmedReadFailsWithBothValuesAsEvidence() {
            List<CheckResult> results = Cases.clean().enterprise(e -> e.setName("杭州示例科技有限责任公司")).check(rule);
            assertThat(verdicts(results)).containsExactly("FAIL enterprise.name");
            assertThat(results.get(0).getEvidence()).singleElement().satisfies(e -> {
                assertThat(Cases.CIPHER.open(e.getSealedSubmitted())).isEqualTo("杭州示例科技有限责任公司");
                assertThat(Cases.CIPHER.open(e.getSealedRead())).isEqualTo(Cases.NAME);
                assertThat(e.getDocument()).isEqualTo(DocumentType.BUSINESS_LICENCE);
            });
        }

        @Test
        void traditionalScriptFullWidthBracketsAndSpacesAreNotDifferences() {
            assertThat(verdicts(Cases.clean().enterprise(e -> e.setName("杭州示例科技 有限公司"))
                    .read(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_NAME, "杭州示例科技有限公司").check(rule)))
                    .containsExactly("PASS enterprise.name");
            assertThat(verdicts(Cases.clean().enterprise(e -> e.setName("杭州示例(科技)有限公司"))
                    .read(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_NAME, "杭州示例（科技）有限公司").check(rule)))
                    .containsExactly("PASS enterprise.name");
        }

        @Test
        void anUnconfirmedReadNeverFailsAndAMatchingOneDoesNotPassEither() {
            assertThat(verdicts(Cases.clean().enterprise(e -> e.setName("杭州示例科技有限责任公司"))
                    .unsure(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_NAME, Cases.NAME).check(rule)))
                    .containsExactly("UNVERIFIED enterprise.name");
            assertThat(verdicts(Cases.clean().unsure(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_NAME, Cases.NAME)
                    .unread(DocumentType.COMMITMENT_LETTER, Fields.SIGNATORY_COMPANY, "no company at the signature")
                    .check(rule))).containsExactly("UNVERIFIED enterprise.name");
        }

        @Test
        void anUnconfirmedReadIsCorroboratedByTheSameNameReadOnTheCommitmentLetterButNotByAGuess() {
            List<CheckResult> results = Cases.clean().unsure(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_NAME, Cases.NAME)
                    .unsure(DocumentType.COMMITMENT_LETTER, Fields.SIGNATORY_COMPANY, Cases.NAME).check(rule);
            assertThat(verdicts(results)).containsExactly("PASS enterprise.name");
            assertThat(results.get(0).getEvidence()).extracting(e -> e.getDocument())
                    .containsExactly(DocumentType.BUSINESS_LICENCE, DocumentType.COMMITMENT_LETTER);
            assertThat(verdicts(Cases.clean().unsure(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_NAME, Cases.NAME)
                    .unsure(DocumentType.COMMITMENT_LETTER, Fields.SIGNATORY_COMPANY, Cases.NAME, 0.5).check(rule)))
                    .containsExactly("UNVERIFIED enterprise.name");
            assertThat(verdicts(Cases.clean().unsure(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_NAME, Cases.NAME, 0.5)
                    .check(rule))).as("a guess is not corroborated").containsExactly("UNVERIFIED enterprise.name");
        }

        @Test
        void aNameOcrCouldNotReadIsUnverifiedWithOcrsReason() {
            List<CheckResult> results = Cases.clean().unread(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_NAME,
                    "value under a seal").check(rule);
            assertThat(verdicts(results)).containsExactly("UNVERIFIED enterprise.name");
            assertThat(results.get(0).getEvidence().get(0).getNote()).isEqualTo("value under a seal");
            assertThat(verdicts(Cases.clean().unreadable(DocumentType.BUSINESS_LICENCE, "image too small").check(rule)))
                    .containsExactly("UNVERIFIED enterprise.name");
        }
    }

    @Nested
    class CreditCodeMatchesTest {

        private final Rule rule = new CreditCodeMatches();

        @Test
        void theConfirmedCodePasses() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS enterprise.creditCode");
        }

        @Test
        void aDifferentConfirmedCodeFails() {
            assertThat(verdicts(Cases.clean().read(DocumentType.BUSINESS_LICENCE, Fields.CREDIT_CODE,
                    "91330106MA27U4KB8Y").check(rule))).containsExactly("FAIL enterprise.creditCode");
        }

        @Test
        void withoutThreeInOneTheOrganizationCodeCertificateMustCarryTheCodeInsideTheCreditCode() {
            Cases c = Cases.number400("4001234567");
            c.form(s -> s.getNumberApplication().setThreeInOne(false))
                    .read(DocumentType.ORGANIZATION_CODE_CERTIFICATE, Fields.ORGANIZATION_CODE, "MA27U4KB-9");
            assertThat(verdicts(c.check(rule))).containsExactly("PASS enterprise.creditCode", "PASS enterprise.organizationCode");
            c.read(DocumentType.ORGANIZATION_CODE_CERTIFICATE, Fields.ORGANIZATION_CODE, "MA27U4KC-1");
            assertThat(verdicts(c.check(rule))).containsExactly("PASS enterprise.creditCode", "FAIL enterprise.organizationCode");
        }
    }

    @Nested
    class EnterpriseTypeAllowedTest {

        private final Rule rule = new EnterpriseTypeAllowed();

        @Test
        void anOrdinaryCompanyPasses() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS enterprise.enterpriseType");
        }

        @Test
        void aForbiddenTypeTypedInAnyWordingFailsAtOnce() {
            for (String type : List.of("个体工商户", "有限责任公司(自然人独资)", "有限責任公司（自然人獨資）", "个人独资企业", "個體戶")) {
                assertThat(Cases.outcomes(Cases.clean().enterprise(e -> e.setEnterpriseType(type))
                        .read(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_TYPE, type).check(rule)))
                        .as(type).containsExactly(CheckOutcome.FAIL);
            }
        }

        @Test
        void aForbiddenTypeReadFromTheLicenceFailsWhenConfirmedAndGoesToAPersonWhenNot() {
            assertThat(verdicts(Cases.clean().read(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_TYPE,
                    "有限责任公司(自然人独资)").check(rule))).containsExactly("FAIL enterprise.enterpriseType");
            assertThat(verdicts(Cases.clean().unsure(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_TYPE,
                    "有限责任公司(自然人独资)").check(rule))).containsExactly("UNVERIFIED enterprise.enterpriseType");
        }

        @Test
        void anIndividualBusinessLicenceTitleGoesToAPerson() {
            assertThat(verdicts(Cases.clean().read(DocumentType.BUSINESS_LICENCE, Fields.LICENCE_KIND,
                    "INDIVIDUAL_BUSINESS").check(rule))).containsExactly("UNVERIFIED enterprise.enterpriseType");
        }
    }

    @Nested
    class EnterpriseTypeMatchesTest {

        private final Rule rule = new EnterpriseTypeMatches();

        @Test
        void theLicencesTypePassesAndAnotherFails() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS enterprise.enterpriseType");
            assertThat(verdicts(Cases.clean().enterprise(e -> e.setEnterpriseType("股份有限公司")).check(rule)))
                    .containsExactly("FAIL enterprise.enterpriseType");
        }

        @Test
        void certificatesWithoutATypeAreNotCompared() {
            assertThat(Cases.clean().enterprise(e -> e.setCertificateType("PUBLIC_INSTITUTION_CERTIFICATE")).check(rule))
                    .isEmpty();
        }
    }

    @Nested
    class CertificateTypeMatchesTest {

        private final Rule rule = new CertificateTypeMatches();

        @Test
        void theKindOfTheUploadedCertificatePassesAndAnotherGoesToAPersonNeverRejects() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS enterprise.certificateType");
            assertThat(verdicts(Cases.clean().read(DocumentType.BUSINESS_LICENCE, Fields.LICENCE_KIND, "PUBLIC_INSTITUTION")
                    .check(rule))).containsExactly("UNVERIFIED enterprise.certificateType");
            assertThat(verdicts(Cases.clean().enterprise(e -> e.setCertificateType("PUBLIC_INSTITUTION_CERTIFICATE"))
                    .read(DocumentType.BUSINESS_LICENCE, Fields.LICENCE_KIND, "PUBLIC_INSTITUTION").check(rule)))
                    .containsExactly("PASS enterprise.certificateType");
        }
    }

    @Nested
    class BusinessTermMatchesTest {

        private final Rule rule = new BusinessTermMatches();

        @Test
        void aLongTermLicenceAgreesWithA2099End() {
            assertThat(verdicts(Cases.clean().check(rule))).containsExactly("PASS enterprise.termStart", "PASS enterprise.termEnd");
        }

        @Test
        void aTypedEndOtherThanTheLicencesFails() {
            assertThat(verdicts(Cases.clean().read(DocumentType.BUSINESS_LICENCE, Fields.TERM_TO, "2038-05-09")
                    .check(rule))).containsExactly("PASS enterprise.termStart", "FAIL enterprise.termEnd");
        }
    }

    @Nested
    class CreditCodeChecksumTest {

        private final Rule rule = new CreditCodeChecksum();

        @Test
        void aWellFormedCodePassesAndABrokenCheckCharacterFails() {
            assertThat(Cases.outcomes(Cases.clean().check(rule))).containsExactly(CheckOutcome.PASS);
            assertThat(verdicts(Cases.clean().enterprise(e -> e.setCreditCode("91330106MA27U4KB9K")).check(rule)))
                    .containsExactly("FAIL enterprise.creditCode");
        }

        @Test
        void anOrganizationCodeOtherThanTheOneInsideTheCreditCodeFails() {
            assertThat(verdicts(Cases.clean().enterprise(e -> e.setOrganizationCode("123456788")).check(rule)))
                    .containsExactly("FAIL enterprise.organizationCode");
        }
    }
}
