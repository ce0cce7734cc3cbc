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
 * 營業期限: the business term typed is the one printed on the licence, so that an applicant cannot set their
 * own expiry date. A licence reading 長期 agrees with an end typed as 2099-12-31 (or any day of 2099).
 * Only a business licence prints a term.
 */
public final class BusinessTermMatches implements Rule {

    @Override
    public String code() {
        return "BUSINESS_TERM_MATCHES";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        var enterprise = file.submission().getEnterprise();
        if (!CertificateTypeMatches.BUSINESS_LICENCE.equals(enterprise.getCertificateType())) {
            return List.of();
        }
        Optional<CheckResult> start = Readings.compare(code(), file, "enterprise.termStart",
                Validity.iso(enterprise.getTermStart()), DocumentType.BUSINESS_LICENCE, Fields.TERM_FROM, Match.DATE,
                new Subject("營業執照上的營業期限起始日", "start of the business term on the licence"));
        Optional<CheckResult> end = Readings.compare(code(), file, "enterprise.termEnd",
                Validity.iso(enterprise.getTermEnd()), DocumentType.BUSINESS_LICENCE, Fields.TERM_TO,
                Match.DATE.withSame(Validity::sameTermEnd),
                new Subject("營業執照上的營業期限截止日", "end of the business term on the licence"));
        return Stream.of(start, end).flatMap(Optional::stream).toList();
    }
}
