package org.voicequal.validation.rules;

import java.util.List;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;

/** Builds check results; messages never contain a personal value, only what is wrong with it. */
final class Checks {

    private Checks() {
    }

    static CheckResult pass(String rule, List<String> fields, String zh, String en) {
        return new CheckResult(rule, CheckOutcome.PASS, fields, zh, en);
    }

    static CheckResult fail(String rule, List<String> fields, String zh, String en) {
        return new CheckResult(rule, CheckOutcome.FAIL, fields, zh, en);
    }

    static CheckResult unverified(String rule, List<String> fields, String zh, String en) {
        return new CheckResult(rule, CheckOutcome.UNVERIFIED, fields, zh, en);
    }
}
