package org.voicequal.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.RecognizedDocument;

/**
 * 身份證正反面復印件必須加蓋公司公章: every legal-rep and administrator ID image bears the red company seal,
 * copies and colour photos alike. The hand-held photo (手持身份證) needs one only when it is a black-and-white
 * copy: a colour photo of a person holding their card proves presence by itself.
 */
public final class IdImagesSealed implements Rule {

    private static final List<DocumentType> ALWAYS_SEALED = List.of(DocumentType.LEGAL_REP_ID_FRONT,
            DocumentType.LEGAL_REP_ID_BACK, DocumentType.ADMIN_ID_FRONT, DocumentType.ADMIN_ID_BACK);

    @Override
    public String code() {
        return "ID_IMAGES_SEALED";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        List<CheckResult> results = new ArrayList<>();
        for (DocumentType type : ALWAYS_SEALED) {
            if (file.submitted(type)) {
                results.add(Seals.sealed(code(), file, "documents." + type, type, zh(type), en(type)));
            }
        }
        if (file.submitted(DocumentType.ADMIN_ID_IN_HAND)) {
            String field = "documents." + DocumentType.ADMIN_ID_IN_HAND;
            Optional<Boolean> colour = file.document(DocumentType.ADMIN_ID_IN_HAND).map(RecognizedDocument::getColour);
            if (colour.orElse(false) == Boolean.TRUE) {
                results.add(Checks.result(code(), CheckOutcome.PASS, List.of(field),
                        "手持身份證為彩色照片，無需蓋章", "the hand-held photo is in colour and needs no seal",
                        List.of(Readings.about(field, DocumentType.ADMIN_ID_IN_HAND, "colour photo"))));
            } else {
                results.add(Seals.sealed(code(), file, field, DocumentType.ADMIN_ID_IN_HAND, "黑白手持身份證復印件",
                        "black-and-white copy of the hand-held photo"));
            }
        }
        return results;
    }

    private static String zh(DocumentType type) {
        return switch (type) {
            case LEGAL_REP_ID_FRONT -> "法人證件正面";
            case LEGAL_REP_ID_BACK -> "法人證件背面";
            case ADMIN_ID_FRONT -> "管理員身份證正面";
            default -> "管理員身份證背面";
        };
    }

    private static String en(DocumentType type) {
        return switch (type) {
            case LEGAL_REP_ID_FRONT -> "legal representative's ID front";
            case LEGAL_REP_ID_BACK -> "legal representative's ID back";
            case ADMIN_ID_FRONT -> "administrator's ID front";
            default -> "administrator's ID back";
        };
    }
}
