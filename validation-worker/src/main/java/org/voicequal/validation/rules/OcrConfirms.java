package org.voicequal.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.Person;

/**
 * The decisive fields agree with what OCR read from the images: the credit code on the licence, each ID
 * number on its card. Not read is UNVERIFIED (a human looks); read and different is also UNVERIFIED, with
 * the disagreement stated, because a misread that passes the checksum is rare but possible.
 */
public final class OcrConfirms implements Rule {

    @Override
    public String code() {
        return "OCR_CONFIRMS";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        List<CheckResult> results = new ArrayList<>();
        compare(file.submission().getEnterprise().getCreditCode(), file.read(DocumentType.BUSINESS_LICENCE, "creditCode"),
                "enterprise.creditCode", "營業執照上的統一社會信用代碼", "credit code on the business licence", results);
        Person legal = file.submission().getLegalRepresentative();
        compare(file.open(legal.getSealedIdNumber()), file.read(DocumentType.LEGAL_REP_ID_FRONT, "idNumber"),
                "legalRepresentative.idNumber", "法人身份證上的號碼", "number on the legal representative's ID card", results);
        Person admin = file.submission().getAdministrator();
        if (admin != null) {
            compare(file.open(admin.getSealedIdNumber()), file.read(DocumentType.ADMIN_ID_FRONT, "idNumber"),
                    "administrator.idNumber", "管理員身份證上的號碼", "number on the administrator's ID card", results);
        }
        return results;
    }

    private void compare(String submitted, Optional<String> read, String field, String zh, String en,
            List<CheckResult> results) {
        if (submitted == null) {
            return;
        }
        if (read.isEmpty()) {
            results.add(Checks.unverified(code(), List.of(field), "未能識別" + zh, "OCR could not read the " + en));
        } else if (read.get().equalsIgnoreCase(submitted)) {
            results.add(Checks.pass(code(), List.of(field), zh + "與填寫一致", "the " + en + " matches the form"));
        } else {
            results.add(Checks.unverified(code(), List.of(field), zh + "與填寫不一致", "the " + en + " differs from the form"));
        }
    }
}
