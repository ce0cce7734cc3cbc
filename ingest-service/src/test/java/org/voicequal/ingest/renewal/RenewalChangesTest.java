package org.voicequal.ingest.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.voicequal.ingest.submission.FieldError;
import org.voicequal.ingest.submission.SubmissionForm;

class RenewalChangesTest {

    private static SubmissionForm form(String name, String type, String creditCode, String organizationCode,
            String qualificationName, Boolean consent, LocalDate idValidTo) {
        return new SubmissionForm(null, "ORDINARY", qualificationName, "owner@example.com",
                new SubmissionForm.Enterprise("BUSINESS_LICENCE", name, creditCode, organizationCode, type,
                        "浙江省杭州市西湖区文三路100号", "浙江省", "杭州市", LocalDate.of(2018, 5, 10), LocalDate.of(2099, 12, 31)),
                new SubmissionForm.Person("张伟", "RESIDENT_ID", "330106198503150016", LocalDate.of(2015, 3, 1), idValidTo, null),
                null, null, null, null, consent, null);
    }

    private static final SubmissionForm OLD = form("杭州示例科技有限公司", "有限责任公司", "91330106MA27U4KB9J", null,
            "示例科技语音资质", true, LocalDate.of(2025, 3, 1));

    @Test
    void newDatesAndDocumentsAreWhatARenewalIsFor() {
        assertThat(RenewalChanges.of(OLD, form("杭州示例科技有限公司", "有限责任公司", "91330106MA27U4KB9J", null,
                "示例科技语音资质", true, LocalDate.of(2045, 3, 1)))).isEmpty();
    }

    @Test
    void theSameNameInTraditionalScriptOrWithFullWidthSpacesIsNoChange() {
        assertThat(RenewalChanges.of(OLD, form("杭州示例科技有限公司 ", "有限責任公司", "91330106MA27U4KB9J", "MA27U4KB9",
                "示例科技語音資質", true, null))).isEmpty();
    }

    @Test
    void everyFixedFieldThatChangesIsNamed() {
        SubmissionForm changed = form("杭州另一家科技有限公司", "股份有限公司", "91330106MA27U4KB9J", "12345678X",
                "新的资质", null, null);
        assertThat(RenewalChanges.of(OLD, changed)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "enterprise.name", "enterprise.enterpriseType", "enterprise.organizationCode", "qualificationName",
                "authorizationConsent");
        assertThat(RenewalChanges.of(OLD, changed)).extracting(FieldError::code).containsOnly("immutable-in-renewal");
    }

    @Test
    void theOrganizationCodeIsTheOneInsideTheCreditCodeWhenNotTyped() {
        assertThat(RenewalChanges.organizationCode(OLD.enterprise())).isEqualTo("MA27U4KB9");
    }
}
