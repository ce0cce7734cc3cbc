package org.voicequal.validation.rules;

import java.util.List;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;

/** 入網承諾書、號碼申請公函: both letters bear the company seal (必須加蓋公司公章). */
public final class LettersSealed implements Rule {

    @Override
    public String code() {
        return "LETTERS_SEALED";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        if (!file.ordinary()) {
            return List.of();
        }
        return List.of(
                Seals.sealed(code(), file, "documents.COMMITMENT_LETTER", DocumentType.COMMITMENT_LETTER, "入網承諾書", "commitment letter"),
                Seals.sealed(code(), file, "documents.NUMBER_APPLICATION_LETTER", DocumentType.NUMBER_APPLICATION_LETTER,
                        "號碼申請公函", "number-application letter"));
    }
}
