package org.voicequal.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voicequal.domain.EnterpriseTypes;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.RecognizedField;
import org.voicequal.schemas.Fields;

/**
 * 個體戶、自然人獨資、個人獨資公司不支持語音服務的使用 — whatever the wording (有限責任公司(自然人獨資), 個體工商戶,
 * 個人獨資企業), typed on the form or printed on the licence. A forbidden type typed is a fact and FAILs at once;
 * one read from the licence FAILs only when the read is confirmed, else a person looks. A licence whose title
 * reads 個體工商戶 is an individual business whatever the form says.
 */
public final class EnterpriseTypeAllowed implements Rule {

    static final String INDIVIDUAL_BUSINESS = "INDIVIDUAL_BUSINESS";

    @Override
    public String code() {
        return "ENTERPRISE_TYPE_ALLOWED";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        List<CheckResult> results = new ArrayList<>();
        String field = "enterprise.enterpriseType";
        Optional<String> typed = EnterpriseTypes.forbiddenTerm(file.submission().getEnterprise().getEnterpriseType());
        typed.ifPresent(term -> results.add(Checks.fail(code(), List.of(field), term + "不支持語音服務的使用",
                "enterprises of type " + term + " may not use voice services")));
        Optional<RecognizedField> readType = file.reading(DocumentType.BUSINESS_LICENCE, Fields.ENTERPRISE_TYPE)
                .filter(f -> f.getSealedValue() != null);
        Optional<String> readTerm = readType.flatMap(f -> EnterpriseTypes.forbiddenTerm(file.open(f.getSealedValue())));
        boolean individualTitle = file.read(DocumentType.BUSINESS_LICENCE, Fields.LICENCE_KIND)
                .filter(INDIVIDUAL_BUSINESS::equals).isPresent();
        if (readTerm.isPresent() && typed.isEmpty()) {
            boolean confirmed = readType.get().getConfirmed();
            results.add(Checks.result(code(), confirmed ? CheckOutcome.FAIL : CheckOutcome.UNVERIFIED, List.of(field),
                    "營業執照上的企業類型為" + readTerm.get() + (confirmed ? "，不支持語音服務的使用" : "（識別未經確認）"),
                    "the licence reads enterprise type " + readTerm.get()
                            + (confirmed ? ", which may not use voice services" : " (the read is not confirmed)"),
                    List.of(Readings.about(field, DocumentType.BUSINESS_LICENCE, "licence enterprise type"))));
        } else if (individualTitle && typed.isEmpty()) {
            // the title is recognised from the page's layout, which no second engine confirms
            results.add(Checks.result(code(), CheckOutcome.UNVERIFIED, List.of(field), "營業執照看似個體工商戶營業執照",
                    "the licence looks like an individual business's (個體工商戶) licence",
                    List.of(Readings.about(field, DocumentType.BUSINESS_LICENCE, "licence title: individual business"))));
        }
        if (results.isEmpty()) {
            results.add(Checks.pass(code(), List.of(field), "企業類型允許", "enterprise type is allowed"));
        }
        return results;
    }
}
