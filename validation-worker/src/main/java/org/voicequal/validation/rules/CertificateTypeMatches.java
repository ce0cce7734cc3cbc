package org.voicequal.validation.rules;

import java.util.List;
import java.util.Map;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;
import org.voicequal.validation.rules.Readings.Match;
import org.voicequal.validation.rules.Readings.Subject;

/**
 * 證件類型: the certificate type chosen on the form is the kind of certificate uploaded. OCR tells the kind
 * from the page's title and layout, which no second engine confirms: a mismatch goes to a person, never
 * rejects.
 */
public final class CertificateTypeMatches implements Rule {

    static final String BUSINESS_LICENCE = "BUSINESS_LICENCE";
    /** OCR's licence kind → the form's certificate type. */
    private static final Map<String, String> FORM_TYPE_OF_KIND = Map.of("CORPORATE", BUSINESS_LICENCE,
            EnterpriseTypeAllowed.INDIVIDUAL_BUSINESS, BUSINESS_LICENCE,
            "PUBLIC_INSTITUTION", "PUBLIC_INSTITUTION_CERTIFICATE", "USCC_CERTIFICATE", "USCC_CERTIFICATE");

    @Override
    public String code() {
        return "CERTIFICATE_TYPE_MATCHES";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        return Readings.compare(code(), file, "enterprise.certificateType",
                file.submission().getEnterprise().getCertificateType(), DocumentType.BUSINESS_LICENCE,
                Fields.LICENCE_KIND, Match.TEXT.withSame((typed, kind) -> typed.equals(FORM_TYPE_OF_KIND.get(kind))),
                new Subject("上傳的營業證件種類", "kind of the uploaded business certificate"))
                .map(List::of).orElseGet(List::of);
    }
}
