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
 * 管理員姓名、管理員身份證號碼: the administrator's name and ID number typed equal those on the ID card, and on
 * the card held in the hand-held photo (手持身份證), so that the photo shows the same person's card.
 */
public final class AdministratorMatches implements Rule {

    @Override
    public String code() {
        return "ADMIN_MATCHES";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        Person admin = file.submission().getAdministrator();
        if (admin == null) {
            return List.of();
        }
        String name = file.open(admin.getSealedName());
        String number = file.open(admin.getSealedIdNumber());
        return Stream.of(
                Readings.compare(code(), file, "administrator.name", name, DocumentType.ADMIN_ID_FRONT, Fields.NAME,
                        Match.NAME.alsoOn(DocumentType.ADMIN_ID_IN_HAND, Fields.NAME)
                                .alsoOn(DocumentType.NUMBER_APPLICATION_LETTER, Fields.ADMIN_NAME_IN_BLANK)
                                .alsoOn(DocumentType.NUMBER_APPLICATION_LETTER, Fields.ADMIN_NAME_AT_SIGNATURE), new Subject("管理員身份證上的姓名", "name on the administrator's ID card")),
                Readings.compare(code(), file, "administrator.idNumber", number, DocumentType.ADMIN_ID_FRONT,
                        Fields.ID_NUMBER, Match.CODE.alsoOn(DocumentType.ADMIN_ID_IN_HAND, Fields.ID_NUMBER)
                                .alsoOn(DocumentType.NUMBER_APPLICATION_LETTER, Fields.ID_NUMBER),
                        new Subject("管理員身份證上的號碼", "number on the administrator's ID card")),
                Readings.compare(code(), file, "administrator.name", name, DocumentType.ADMIN_ID_IN_HAND, Fields.NAME,
                        Match.NAME.fromAnotherDocument(), new Subject("手持身份證照片中證件上的姓名", "name on the card in the hand-held photo")),
                Readings.compare(code(), file, "administrator.idNumber", number, DocumentType.ADMIN_ID_IN_HAND,
                        Fields.ID_NUMBER, Match.CODE.fromAnotherDocument(),
                        new Subject("手持身份證照片中證件上的號碼", "number on the card in the hand-held photo")))
                .flatMap(Optional::stream).toList();
    }
}
