package org.voicequal.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.voicequal.events.CheckResult;
import org.voicequal.events.NumberApplication;

/**
 * 400碼號(CT)單個企業資質最多可申請5個號碼: a 400 qualification asks for one to five distinct, well-formed
 * 400 numbers (400 followed by seven digits).
 */
public final class NumbersWithinLimit implements Rule {

    static final int MAXIMUM = 5;
    private static final Pattern NUMBER_400 = Pattern.compile("400\\d{7}");

    @Override
    public String code() {
        return "NUMBERS_WITHIN_LIMIT";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        if (file.ordinary()) {
            return List.of();
        }
        NumberApplication application = file.submission().getNumberApplication();
        List<String> numbers = application == null ? List.of() : application.getNumbers();
        String field = "numberApplication.numbers";
        List<CheckResult> results = new ArrayList<>();
        if (numbers.isEmpty()) {
            results.add(Checks.fail(code(), List.of(field), "未填寫申請的400號碼", "no 400 number was applied for"));
        } else if (numbers.size() > MAXIMUM) {
            results.add(Checks.fail(code(), List.of(field), "單個資質最多申請" + MAXIMUM + "個號碼（填寫了" + numbers.size() + "個）",
                    "at most " + MAXIMUM + " numbers per qualification (" + numbers.size() + " given)"));
        }
        Set<String> seen = new HashSet<>();
        for (String number : numbers) {
            if (!NUMBER_400.matcher(number).matches()) {
                results.add(Checks.fail(code(), List.of(field), "號碼" + number + "不是有效的400號碼",
                        number + " is not a valid 400 number"));
            } else if (!seen.add(number)) {
                results.add(Checks.fail(code(), List.of(field), "號碼" + number + "重複", number + " is listed twice"));
            }
        }
        if (results.isEmpty()) {
            results.add(Checks.pass(code(), List.of(field), "申請" + numbers.size() + "個400號碼",
                    numbers.size() + " valid 400 number(s) applied for"));
        }
        return results;
    }
}
