package org.voicequal.validation.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.voicequal.events.CheckResult;

/**
 * 資質過期前7天會通過郵件提醒: a document whose validity ends within the reminder window is flagged at once,
 * as a warning that travels with the approval, so that the qualification is marked 即將過期 as soon as it is
 * approved rather than when a scan happens to run. A warning never blocks: it is a PASS.
 */
public final class ValidityEndsSoon implements Rule {

    private final int reminderDays;

    public ValidityEndsSoon(int reminderDays) {
        this.reminderDays = reminderDays;
    }

    @Override
    public String code() {
        return "VALIDITY_ENDS_SOON";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        LocalDate horizon = file.today().plusDays(reminderDays);
        return DocumentsValid.ValidityEnd.of(file).stream()
                .filter(end -> end.typed() != null && !end.earliest().isBefore(file.today()) && !end.earliest().isAfter(horizon))
                .map(end -> {
                    long days = ChronoUnit.DAYS.between(file.today(), end.earliest());
                    return Checks.warning(code(), List.of(end.field()), end.zh() + "將在" + days + "天內到期（" + end.earliest() + "）",
                            "the " + end.en() + " expires in " + days + " days (" + end.earliest() + ")");
                }).toList();
    }
}
