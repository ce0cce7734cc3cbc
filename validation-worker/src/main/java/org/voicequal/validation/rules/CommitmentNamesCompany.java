package org.voicequal.validation.rules;

import java.util.List;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;
import org.voicequal.validation.rules.Readings.Match;
import org.voicequal.validation.rules.Readings.Subject;

/** 入網承諾書落款處必須要有公司完整名稱: the commitment letter is signed in the company's full name. */
public final class CommitmentNamesCompany implements Rule {

    @Override
    public String code() {
        return "COMMITMENT_NAMES_COMPANY";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        if (!file.ordinary()) {
            return List.of();
        }
        return Readings.compare(code(), file, "enterprise.name", file.submission().getEnterprise().getName(),
                DocumentType.COMMITMENT_LETTER, Fields.SIGNATORY_COMPANY, Match.NAME.fromAnotherDocument(),
                new Subject("入網承諾書落款處的公司名稱", "company named at the signature of the commitment letter"))
                .map(List::of).orElseGet(List::of);
    }
}
