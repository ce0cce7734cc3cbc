package org.voicequal.validation.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.Person;
import org.voicequal.schemas.Fields;
import org.voicequal.validation.rules.Readings.Match;
import org.voicequal.validation.rules.Readings.Subject;

/**
 * 法人姓名、法人證件號碼: as on the licence. The name typed equals the licence's 法定代表人 (經營者, 負責人) and the
 * name on the legal representative's ID card; the number equals the card's (or the passport's, read from its
 * machine-readable zone). A Chinese passport prints the name in Hanzi above its pinyin, and that name is compared
 * like the card's; a passport whose name was read only in Latin letters (the zone, any other passport) cannot be
 * compared with a name typed in Hanzi, so only its number is.
 */
public final class LegalRepresentativeMatches implements Rule {

    @Override
    public String code() {
        return "LEGAL_REP_MATCHES";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        Person legal = file.submission().getLegalRepresentative();
        String name = file.open(legal.getSealedName());
        boolean passport = "PASSPORT".equals(legal.getIdType());
        Optional<CheckResult> onLicence = Readings.compare(code(), file, "legalRepresentative.name", name,
                DocumentType.BUSINESS_LICENCE, Fields.LEGAL_REPRESENTATIVE,
                Match.NAME.alsoOn(DocumentType.LEGAL_REP_ID_FRONT, Fields.NAME),
                new Subject("營業證件上的法人姓名", "legal representative's name on the business certificate"));
        Optional<CheckResult> onCard = passport && !nameReadInHanzi(file) ? Optional.empty()
                : Readings.compare(code(), file, "legalRepresentative.name", name, DocumentType.LEGAL_REP_ID_FRONT,
                        Fields.NAME, Match.NAME.alsoOn(DocumentType.BUSINESS_LICENCE, Fields.LEGAL_REPRESENTATIVE),
                        passport ? new Subject("法人護照上的姓名", "name on the legal representative's passport")
                                : new Subject("法人身份證上的姓名", "name on the legal representative's ID card"));
        Optional<CheckResult> number = Readings.compare(code(), file, "legalRepresentative.idNumber",
                file.open(legal.getSealedIdNumber()), DocumentType.LEGAL_REP_ID_FRONT,
                passport ? Fields.PASSPORT_NUMBER : Fields.ID_NUMBER, Match.CODE,
                passport ? new Subject("法人護照上的號碼", "number on the legal representative's passport")
                        : new Subject("法人身份證上的號碼", "number on the legal representative's ID card"));
        return Stream.of(onLicence, onCard, number).flatMap(Optional::stream).toList();
    }

    private static boolean nameReadInHanzi(CaseFile file) {
        return file.reading(DocumentType.LEGAL_REP_ID_FRONT, Fields.NAME)
                .filter(read -> read.getSealedValue() != null).map(read -> file.open(read.getSealedValue()))
                .filter(value -> value.codePoints().anyMatch(
                        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .isPresent();
    }
}
