package org.voicequal.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.NumberApplication;

/**
 * 三證合一: a three-in-one licence is one certificate; otherwise the sealed business licence, tax-registration
 * certificate (稅務登記證) and organization-code certificate (組織機構代碼證) are all uploaded, each sealed.
 */
public final class ThreeInOneDocuments implements Rule {

    @Override
    public String code() {
        return "THREE_IN_ONE_DOCUMENTS";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        if (file.ordinary()) {
            return List.of();
        }
        NumberApplication application = file.submission().getNumberApplication();
        boolean threeInOne = application == null || application.getThreeInOne();
        List<DocumentType> required = threeInOne ? List.of(DocumentType.BUSINESS_LICENCE)
                : List.of(DocumentType.BUSINESS_LICENCE, DocumentType.TAX_REGISTRATION_CERTIFICATE,
                        DocumentType.ORGANIZATION_CODE_CERTIFICATE);
        List<CheckResult> results = new ArrayList<>();
        for (DocumentType type : required) {
            String field = "documents." + type;
            if (!file.submitted(type)) {
                results.add(Checks.fail(code(), List.of(field), "缺少" + zh(type), "the " + en(type) + " is missing"));
            } else {
                results.add(Seals.sealed(code(), file, field, type, zh(type), en(type)));
            }
        }
        return results;
    }

    private static String zh(DocumentType type) {
        return switch (type) {
            case TAX_REGISTRATION_CERTIFICATE -> "稅務登記證";
            case ORGANIZATION_CODE_CERTIFICATE -> "組織機構代碼證";
            default -> "營業執照";
        };
    }

    private static String en(DocumentType type) {
        return switch (type) {
            case TAX_REGISTRATION_CERTIFICATE -> "tax-registration certificate";
            case ORGANIZATION_CODE_CERTIFICATE -> "organization-code certificate";
            default -> "business licence";
        };
    }
}
