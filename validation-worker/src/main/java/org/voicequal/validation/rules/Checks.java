package org.voicequal.validation.rules;

import java.util.List;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.Evidence;

/** Builds check results; messages never contain a personal value, only what is wrong with it. */
final class Checks {

    private Checks() {
    }

    static CheckResult pass(String rule, List<String> fields, String zh, String en) {
        return result(rule, CheckOutcome.PASS, fields, zh, en, List.of());
    }

    static CheckResult fail(String rule, List<String> fields, String zh, String en) {
        return result(rule, CheckOutcome.FAIL, fields, zh, en, List.of());
    }

    static CheckResult unverified(String rule, List<String> fields, String zh, String en) {
        return result(rule, CheckOutcome.UNVERIFIED, fields, zh, en, List.of());
    }

    /** A PASS that travels with the approval as a warning, e.g. a validity end inside the reminder window. */
    static CheckResult warning(String rule, List<String> fields, String zh, String en) {
        return new CheckResult(rule, CheckOutcome.PASS, fields, zh, en, true, List.of());
    }

    static CheckResult result(String rule, CheckOutcome outcome, List<String> fields, String zh, String en,
            List<Evidence> evidence) {
        return new CheckResult(rule, outcome, fields, zh, en, false, evidence);
    }
}
