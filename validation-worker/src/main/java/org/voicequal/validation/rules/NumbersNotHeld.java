package org.voicequal.validation.rules;

import java.util.List;
import java.util.Map;
import org.voicequal.events.CheckResult;
import org.voicequal.events.NumberApplication;

/**
 * A 400 number belongs to one enterprise: none of the numbers applied for is already held by another live
 * qualification (under review, approved, expiring or expired but not yet replaced). The qualification a
 * renewal replaces does not count: its numbers pass to the renewal.
 */
public final class NumbersNotHeld implements Rule {

    @Override
    public String code() {
        return "NUMBERS_NOT_HELD";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        NumberApplication application = file.submission().getNumberApplication();
        if (file.ordinary() || application == null || application.getNumbers().isEmpty()) {
            return List.of();
        }
        String field = "numberApplication.numbers";
        List<CheckResult> held = file.numbersHeldElsewhere().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Checks.fail(code(), List.of(field), "號碼" + e.getKey() + "已被其他資質使用",
                        e.getKey() + " is already held by another qualification")).toList();
        return held.isEmpty() ? List.of(Checks.pass(code(), List.of(field), "號碼均未被其他資質使用",
                "no number is held by another qualification")) : held;
    }
}
