package org.voicequal.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.voicequal.events.CheckResult;
import org.voicequal.events.Person;

/**
 * The business licence, the legal representative's ID and the administrator's ID are all still valid:
 * a qualification is expired as soon as any one of them is.
 */
public final class DocumentsValid implements Rule {

    @Override
    public String code() {
        return "DOCUMENTS_VALID";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        List<CheckResult> results = new ArrayList<>();
        check(file.today(), file.submission().getEnterprise().getTermEnd(), "enterprise.termEnd", "營業執照", "business licence", results);
        Person legal = file.submission().getLegalRepresentative();
        check(file.today(), legal.getIdValidTo(), "legalRepresentative.idValidTo", "法人身份證", "legal representative's ID", results);
        Person admin = file.submission().getAdministrator();
        if (admin != null) {
            check(file.today(), admin.getIdValidTo(), "administrator.idValidTo", "管理員身份證", "administrator's ID", results);
        }
        return results;
    }

    private void check(LocalDate today, LocalDate end, String field, String zh, String en, List<CheckResult> results) {
        if (end == null) {
            results.add(Checks.fail(code(), List.of(field), zh + "缺少有效期", en + " has no validity end"));
        } else if (end.isBefore(today)) {
            results.add(Checks.fail(code(), List.of(field), zh + "已過期", en + " expired on " + end));
        } else {
            results.add(Checks.pass(code(), List.of(field), zh + "在有效期內", en + " is valid until " + end));
        }
    }
}
