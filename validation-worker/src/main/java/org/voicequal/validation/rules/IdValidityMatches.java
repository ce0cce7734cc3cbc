package org.voicequal.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.Person;
import org.voicequal.schemas.Fields;
import org.voicequal.validation.rules.Readings.Match;
import org.voicequal.validation.rules.Readings.Subject;

/**
 * 證件有效期: the validity range typed for each ID is the one printed on its emblem side (the passport's expiry
 * date from its machine-readable zone), so that expiry is tracked on the document's dates, not on the
 * applicant's. A card reading 長期 agrees with any typed long range (the seed: 2002-09-01 to 2099-09-01).
 */
public final class IdValidityMatches implements Rule {

    @Override
    public String code() {
        return "ID_VALIDITY_MATCHES";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        List<CheckResult> results = new ArrayList<>();
        Person legal = file.submission().getLegalRepresentative();
        if ("PASSPORT".equals(legal.getIdType())) {
            Readings.compare(code(), file, "legalRepresentative.idValidTo", Validity.iso(legal.getIdValidTo()),
                    DocumentType.LEGAL_REP_ID_FRONT, Fields.EXPIRES_ON, Match.DATE,
                    new Subject("法人護照上的有效期", "expiry date on the legal representative's passport")).ifPresent(results::add);
        } else {
            card(file, legal, "legalRepresentative", DocumentType.LEGAL_REP_ID_BACK, "法人身份證", "legal representative's ID card", results);
        }
        Person admin = file.submission().getAdministrator();
        if (admin != null) {
            card(file, admin, "administrator", DocumentType.ADMIN_ID_BACK, "管理員身份證", "administrator's ID card", results);
        }
        return results;
    }

    private void card(CaseFile file, Person person, String role, DocumentType back, String zh, String en,
            List<CheckResult> results) {
        LocalDate from = person.getIdValidFrom();
        Readings.compare(code(), file, role + ".idValidFrom", Validity.iso(from), back, Fields.VALID_FROM, Match.DATE,
                new Subject(zh + "上的有效期起始日", "start of validity on the " + en)).ifPresent(results::add);
        Readings.compare(code(), file, role + ".idValidTo", Validity.iso(person.getIdValidTo()), back, Fields.VALID_TO,
                Match.DATE.withSame((typed, read) -> Validity.sameIdEnd(typed, read, from)),
                new Subject(zh + "上的有效期截止日", "end of validity on the " + en)).ifPresent(results::add);
    }
}
