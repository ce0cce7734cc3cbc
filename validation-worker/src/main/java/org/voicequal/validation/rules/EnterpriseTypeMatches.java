package org.voicequal.validation.rules;

import java.util.List;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;
import org.voicequal.validation.rules.Readings.Match;
import org.voicequal.validation.rules.Readings.Subject;

/**
 * 企業類型: as on the licence. Only a business licence prints a type (類型); a public-institution or USCC
 * certificate has none to compare with.
 */
public final class EnterpriseTypeMatches implements Rule {

    @Override
    public String code() {
        return "ENTERPRISE_TYPE_MATCHES";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        var enterprise = file.submission().getEnterprise();
        if (!CertificateTypeMatches.BUSINESS_LICENCE.equals(enterprise.getCertificateType())) {
            return List.of();
        }
        return Readings.compare(code(), file, "enterprise.enterpriseType", enterprise.getEnterpriseType(),
                DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_TYPE, Match.NAME,
                new Subject("營業執照上的企業類型", "enterprise type on the business licence"))
                .map(List::of).orElseGet(List::of);
    }
}
