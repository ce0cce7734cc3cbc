package org.voicequal.ingest.renewal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.voicequal.domain.UnifiedSocialCreditCode;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.ingest.submission.FieldError;
import org.voicequal.ingest.submission.SubmissionForm;

/**
 * What a renewal (資質續期) may not change: enterprise name, organization code, enterprise type, qualification
 * name and the authorization. The seed lets such a renewal fail in review; refusing it at once, naming every
 * changed field, saves the applicant a working day. Names compare as {@link ComparableText} (script and
 * full-width forms do not count as changes).
 */
public final class RenewalChanges {

    private RenewalChanges() {
    }

    /** One error per field that differs between the qualification renewed and its renewal; empty when none. */
    public static List<FieldError> of(SubmissionForm old, SubmissionForm renewal) {
        List<FieldError> changed = new ArrayList<>();
        SubmissionForm.Enterprise before = old.enterprise();
        SubmissionForm.Enterprise after = renewal.enterprise();
        if (after == null) {
            return changed; // reported as required by the form's own checks
        }
        compareText(changed, "enterprise.name", before.name(), after.name());
        compareText(changed, "enterprise.enterpriseType", before.enterpriseType(), after.enterpriseType());
        compareText(changed, "qualificationName", old.qualificationName(), renewal.qualificationName());
        if (!Objects.equals(organizationCode(before), organizationCode(after))) {
            changed.add(change("enterprise.organizationCode"));
        }
        if (!Objects.equals(old.authorizationConsent(), renewal.authorizationConsent())) {
            changed.add(change("authorizationConsent"));
        }
        return changed;
    }

    private static void compareText(List<FieldError> changed, String field, String before, String after) {
        boolean beforeBlank = before == null || before.isBlank();
        boolean afterBlank = after == null || after.isBlank();
        if (beforeBlank != afterBlank || !beforeBlank && !ComparableText.same(before, after)) {
            changed.add(change(field));
        }
    }

    /** The organization code typed, else the one inside the credit code (characters 9 to 17). */
    static String organizationCode(SubmissionForm.Enterprise e) {
        if (e.organizationCode() != null && !e.organizationCode().isBlank()) {
            return e.organizationCode().strip().toUpperCase().replace("-", "");
        }
        if (e.creditCode() != null && UnifiedSocialCreditCode.isValid(e.creditCode().strip().toUpperCase())) {
            return UnifiedSocialCreditCode.of(e.creditCode().strip().toUpperCase()).organizationCode();
        }
        return null;
    }

    private static FieldError change(String field) {
        return new FieldError(field, "immutable-in-renewal", "cannot change in a renewal; submit a new qualification instead",
                "續期時不可修改;如需修改請提交新的資質");
    }
}
