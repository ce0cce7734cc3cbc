package org.voicequal.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.voicequal.domain.InvalidIdentifierException;
import org.voicequal.domain.ResidentIdNumber;
import org.voicequal.events.CheckResult;
import org.voicequal.events.Person;

/** The legal representative's and administrator's resident ID numbers (GB 11643) are well formed. */
public final class ResidentIdChecksum implements Rule {

    @Override
    public String code() {
        return "RESIDENT_ID_CHECKSUM";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        List<CheckResult> results = new ArrayList<>();
        check(file, "legalRepresentative", "法人", file.submission().getLegalRepresentative(), results);
        check(file, "administrator", "管理員", file.submission().getAdministrator(), results);
        return results;
    }

    private void check(CaseFile file, String role, String roleZh, Person person, List<CheckResult> results) {
        if (person == null || !"RESIDENT_ID".equals(person.getIdType())) {
            return;
        }
        String field = role + ".idNumber";
        try {
            ResidentIdNumber.of(file.open(person.getSealedIdNumber()));
            results.add(Checks.pass(code(), List.of(field), roleZh + "身份證號碼校驗通過", role + " ID number is well formed"));
        } catch (InvalidIdentifierException e) {
            results.add(Checks.fail(code(), List.of(field), roleZh + "身份證號碼不正確",
                    role + " ID number is invalid (" + e.reason() + ")"));
        }
    }
}
