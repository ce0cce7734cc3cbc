package org.voicequal.validation.rules;

import java.util.List;
import org.voicequal.domain.InvalidIdentifierException;
import org.voicequal.domain.OrganizationCode;
import org.voicequal.domain.UnifiedSocialCreditCode;
import org.voicequal.events.CheckResult;
import org.voicequal.events.Enterprise;

/** The credit code (GB 32100) or, without one, the organization code (GB 11714) is well formed. */
public final class CreditCodeChecksum implements Rule {

    @Override
    public String code() {
        return "CREDIT_CODE_CHECKSUM";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        Enterprise e = file.submission().getEnterprise();
        try {
            if (e.getCreditCode() != null) {
                UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(e.getCreditCode());
                if (e.getOrganizationCode() != null && !code.organizationCode().equals(OrganizationCode.of(e.getOrganizationCode()).value())) {
                    return List.of(Checks.fail(code(), List.of("enterprise.organizationCode"),
                            "組織機構代碼與統一社會信用代碼不一致", "the organization code differs from the one in the credit code"));
                }
                return List.of(Checks.pass(code(), List.of("enterprise.creditCode"), "統一社會信用代碼校驗通過",
                        "credit code check character is correct"));
            }
            OrganizationCode.of(e.getOrganizationCode());
            return List.of(Checks.pass(code(), List.of("enterprise.organizationCode"), "組織機構代碼校驗通過",
                    "organization code check character is correct"));
        } catch (InvalidIdentifierException | NullPointerException ex) {
            return List.of(Checks.fail(code(), List.of("enterprise.creditCode"), "統一社會信用代碼或組織機構代碼不正確",
                    "credit or organization code is invalid: " + ex.getMessage()));
        }
    }
}
