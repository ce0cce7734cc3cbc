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
 * 號碼申請公函橫線處必須填寫管理員姓名，必須與上傳身份證上的姓名一致; 落款處必須要有管理員姓名，身份證號: the
 * administrator named in the letter's blank and at its signature, and the ID number there, are the
 * administrator of the form (whose name and number the ID card rule ties to the card).
 */
public final class LetterAdministratorMatches implements Rule {

    @Override
    public String code() {
        return "LETTER_ADMIN_MATCHES";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        Person admin = file.submission().getAdministrator();
        if (!file.ordinary() || admin == null) {
            return List.of();
        }
        String name = file.open(admin.getSealedName());
        DocumentType letter = DocumentType.NUMBER_APPLICATION_LETTER;
        return Stream.of(
                Readings.compare(code(), file, "administrator.name", name, letter, Fields.ADMIN_NAME_IN_BLANK, Match.NAME.fromAnotherDocument(),
                        new Subject("號碼申請公函橫線處的管理員姓名", "administrator's name in the blank of the number-application letter")),
                Readings.compare(code(), file, "administrator.name", name, letter, Fields.ADMIN_NAME_AT_SIGNATURE, Match.NAME.fromAnotherDocument(),
                        new Subject("號碼申請公函落款處的管理員姓名", "administrator's name at the signature of the number-application letter")),
                Readings.compare(code(), file, "administrator.idNumber", file.open(admin.getSealedIdNumber()), letter,
                        Fields.ID_NUMBER, Match.CODE.fromAnotherDocument(),
                        new Subject("號碼申請公函落款處的身份證號", "ID number at the signature of the number-application letter")))
                .flatMap(Optional::stream).toList();
    }
}
