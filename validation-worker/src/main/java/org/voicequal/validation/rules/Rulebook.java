package org.voicequal.validation.rules;

import java.util.List;
import org.voicequal.events.CheckResult;

/** Every rule, in the order a reviewer reads them. */
public final class Rulebook {

    private final List<Rule> rules = List.of(new CreditCodeChecksum(), new ResidentIdChecksum(),
            new EnterpriseTypeAllowed(), new DocumentsValid(), new OcrConfirms());

    public List<CheckResult> evaluate(CaseFile file) {
        return rules.stream().flatMap(rule -> rule.check(file).stream()).toList();
    }
}
