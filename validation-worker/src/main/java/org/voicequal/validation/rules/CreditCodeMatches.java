package org.voicequal.validation.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;
import org.voicequal.validation.rules.Readings.Match;
import org.voicequal.validation.rules.Readings.Subject;

/**
 * The credit code typed equals the one on the certificate (營業執照, 事業單位法人證書 or 統一社會信用代碼證書, all
 * uploaded as the licence image); on a 400 form that is not three-in-one, the organization code also equals
 * the one on the organization-code certificate (組織機構代碼證).
 */
public final class CreditCodeMatches implements Rule {

    @Override
    public String code() {
        return "CREDIT_CODE_MATCHES";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        var enterprise = file.submission().getEnterprise();
        Optional<CheckResult> licence = Readings.compare(code(), file, "enterprise.creditCode", enterprise.getCreditCode(),
                DocumentType.BUSINESS_LICENCE, Fields.CREDIT_CODE, Match.CODE,
                new Subject("營業證件上的統一社會信用代碼", "credit code on the business certificate"));
        Optional<CheckResult> organization = file.submitted(DocumentType.ORGANIZATION_CODE_CERTIFICATE)
                ? Readings.compare(code(), file, "enterprise.organizationCode", organizationCode(enterprise),
                        DocumentType.ORGANIZATION_CODE_CERTIFICATE, Fields.ORGANIZATION_CODE,
                        Match.CODE.withSame(CreditCodeMatches::sameOrganizationCode),
                        new Subject("組織機構代碼證上的代碼", "code on the organization-code certificate"))
                : Optional.empty();
        return Stream.of(licence, organization).flatMap(Optional::stream).toList();
    }

    private static String organizationCode(org.voicequal.events.Enterprise enterprise) {
        if (enterprise.getOrganizationCode() != null) {
            return enterprise.getOrganizationCode();
        }
        String code = enterprise.getCreditCode();
        return code != null && code.length() == 18 ? code.substring(8, 17) : null;
    }

    /** 12345678-9 and 123456789 are the same code: certificates print the hyphen, forms often omit it. */
    static boolean sameOrganizationCode(String a, String b) {
        return a.replace("-", "").strip().equalsIgnoreCase(b.replace("-", "").strip());
    }
}
