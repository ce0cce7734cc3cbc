package org.voicequal.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.validation.rules.Cases.verdicts;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.DocumentType;
import org.voicequal.events.SubmissionReceived;

class Number400AndRenewalRulesTest {

    @Nested
    class NumbersWithinLimitTest {

        private final Rule rule = new NumbersWithinLimit();

        @Test
        void oneToFiveDistinctWellFormedNumbersPass() {
            assertThat(verdicts(Cases.number400("4001234567", "4007654321", "4000000001", "4000000002", "4000000003")
                    .check(rule))).containsExactly("PASS numberApplication.numbers");
        }

        @Test
        void sixNumbersFailAndSoDoNoneAMalformedOneAndADuplicate() {
            assertThat(verdicts(Cases.number400("4000000001", "4000000002", "4000000003", "4000000004", "4000000005",
                    "4000000006").check(rule))).containsExactly("FAIL numberApplication.numbers");
            assertThat(verdicts(Cases.number400().check(rule))).containsExactly("FAIL numberApplication.numbers");
            assertThat(verdicts(Cases.number400("800123456").check(rule))).containsExactly("FAIL numberApplication.numbers");
            assertThat(verdicts(Cases.number400("4001234567", "4001234567").check(rule)))
                    .containsExactly("FAIL numberApplication.numbers");
        }

        @Test
        void anOrdinaryApplicationHasNoNumbersToCheck() {
            assertThat(Cases.clean().check(rule)).isEmpty();
        }
    }

    @Nested
    class NumbersNotHeldTest {

        private final Rule rule = new NumbersNotHeld();

        @Test
        void aNumberHeldByAnotherLiveQualificationFails() {
            assertThat(verdicts(Cases.number400("4001234567").check(rule))).containsExactly("PASS numberApplication.numbers");
            List<CheckResult> held = Cases.number400("4001234567", "4007654321").held(Map.of("4007654321", "q-other"))
                    .check(rule);
            assertThat(verdicts(held)).containsExactly("FAIL numberApplication.numbers");
            assertThat(held.get(0).getMessageEn()).contains("4007654321").doesNotContain("q-other");
        }
    }

    @Nested
    class ThreeInOneDocumentsTest {

        private final Rule rule = new ThreeInOneDocuments();

        @Test
        void threeInOneNeedsTheOneSealedCertificate() {
            assertThat(verdicts(Cases.number400("4001234567").check(rule))).containsExactly("PASS documents.BUSINESS_LICENCE");
        }

        @Test
        void otherwiseAllThreeCertificatesEachSealed() {
            Cases c = Cases.number400("4001234567").form(s -> s.getNumberApplication().setThreeInOne(false));
            assertThat(verdicts(c.check(rule))).containsExactly("PASS documents.BUSINESS_LICENCE",
                    "FAIL documents.TAX_REGISTRATION_CERTIFICATE", "FAIL documents.ORGANIZATION_CODE_CERTIFICATE");
            c.read(DocumentType.TAX_REGISTRATION_CERTIFICATE, "taxNumber", "91330106MA27U4KB9J")
                    .read(DocumentType.ORGANIZATION_CODE_CERTIFICATE, "organizationCode", "MA27U4KB-9")
                    .unsealed(DocumentType.ORGANIZATION_CODE_CERTIFICATE);
            assertThat(verdicts(c.check(rule))).containsExactly("PASS documents.BUSINESS_LICENCE",
                    "PASS documents.TAX_REGISTRATION_CERTIFICATE", "UNVERIFIED documents.ORGANIZATION_CODE_CERTIFICATE");
        }
    }

    @Nested
    class RenewalUnchangedTest {

        private final Rule rule = new RenewalUnchanged();

        private SubmissionReceived old() {
            return Cases.clean().form(s -> s.setQualificationId("q-old").setDocuments(List.<DocumentRef>of())).file().submission();
        }

        @Test
        void aFirstSubmissionIsNoRenewal() {
            assertThat(Cases.clean().check(rule)).isEmpty();
        }

        @Test
        void aRenewalKeepingEverythingPassesEvenWithNewDocumentsAndDates() {
            assertThat(verdicts(Cases.clean().renews(old()).legal(p -> p.setIdValidTo(java.time.LocalDate.of(2045, 1, 1)))
                    .check(rule))).containsExactly("PASS replacesQualificationId");
        }

        @Test
        void aRenewalChangingTheNameTypeOrQualificationNameFailsListingWhatChanged() {
            List<CheckResult> results = Cases.clean().renews(old()).enterprise(e -> e.setName("杭州另一科技有限公司"))
                    .enterprise(e -> e.setEnterpriseType("股份有限公司")).form(s -> s.setQualificationName("新名字")).check(rule);
            assertThat(results).singleElement().satisfies(r -> assertThat(r.getFields())
                    .containsExactly("enterprise.name", "enterprise.enterpriseType", "qualificationName"));
            assertThat(verdicts(results).get(0)).startsWith("FAIL");
        }

        @Test
        void anotherAccountsQualificationCannotBeRenewed() {
            assertThat(verdicts(Cases.clean().renews(old()).form(s -> s.setAccountId("acct-other")).check(rule)))
                    .containsExactly("FAIL accountId");
        }

        @Test
        void aRenewalOfAQualificationNeverSeenGoesToAPerson() {
            Cases c = Cases.clean().form(s -> s.setReplacesQualificationId("q-unknown"));
            assertThat(verdicts(c.check(rule))).containsExactly("UNVERIFIED replacesQualificationId");
        }
    }
}
