package org.voicequal.validation.rules;

import java.util.List;
import java.util.Optional;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;
import org.voicequal.validation.rules.Readings.Match;
import org.voicequal.validation.rules.Readings.Subject;

/**
 * 企業名稱必須跟營業執照的名稱一致: the name typed equals the certificate's exactly, one character off is a
 * different enterprise. Script (Traditional/Simplified), full/half width and bracket forms do not count as
 * differences ({@code ComparableText}).
 */
public final class EnterpriseNameMatches implements Rule {

    @Override
    public String code() {
        return "ENTERPRISE_NAME_MATCHES";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        return Readings.compare(code(), file, "enterprise.name", file.submission().getEnterprise().getName(),
                DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_NAME,
                Match.NAME.alsoOn(DocumentType.COMMITMENT_LETTER, Fields.SIGNATORY_COMPANY),
                new Subject("營業證件上的企業名稱", "enterprise name on the business certificate"))
                .map(List::of).orElseGet(List::of);
    }
}
