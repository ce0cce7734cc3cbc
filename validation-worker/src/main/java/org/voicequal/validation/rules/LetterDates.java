package org.voicequal.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.RecognizedField;
import org.voicequal.schemas.Fields;
import org.voicequal.validation.rules.Readings.Match;
import org.voicequal.validation.rules.Readings.Subject;

/**
 * 公函申請時間、承諾書簽訂時間: both letters are dated (the seed: 填寫日期 at the signature), the dates typed are
 * the ones written on the letters, none lies after the day of submission, and none before the company was
 * established (成立日期 read from the licence) — a letter cannot be signed by a company that did not exist.
 */
public final class LetterDates implements Rule {

    @Override
    public String code() {
        return "LETTER_DATES";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        if (!file.ordinary()) {
            return List.of();
        }
        List<CheckResult> results = new ArrayList<>();
        letter(file, "letterDate", file.submission().getLetterDate(), DocumentType.NUMBER_APPLICATION_LETTER,
                "號碼申請公函", "number-application letter", results);
        letter(file, "commitmentDate", file.submission().getCommitmentDate(), DocumentType.COMMITMENT_LETTER,
                "入網承諾書", "commitment letter", results);
        return results;
    }

    private void letter(CaseFile file, String field, LocalDate typed, DocumentType document, String zh, String en,
            List<CheckResult> results) {
        if (typed == null) {
            results.add(Checks.fail(code(), List.of(field), zh + "缺少日期", "the " + en + " has no date"));
            return;
        }
        Readings.compare(code(), file, field, typed.toString(), document, Fields.LETTER_DATE, Match.DATE.fromAnotherDocument(),
                new Subject(zh + "上的日期", "date on the " + en)).ifPresent(results::add);
        if (typed.isAfter(file.today())) {
            results.add(Checks.fail(code(), List.of(field), zh + "日期晚於提交日期", "the " + en + " is dated after the submission"));
            return;
        }
        Optional<RecognizedField> established = file.reading(DocumentType.BUSINESS_LICENCE, Fields.ESTABLISHED_ON)
                .filter(f -> f.getSealedValue() != null);
        if (established.isPresent()) {
            LocalDate on = LocalDate.parse(file.open(established.get().getSealedValue()));
            if (typed.isBefore(on)) {
                boolean sure = established.get().getConfirmed();
                results.add(Checks.result(code(), sure ? CheckOutcome.FAIL : CheckOutcome.UNVERIFIED, List.of(field),
                        zh + "日期早於企業成立日期" + (sure ? "" : "（識別未經確認）"),
                        "the " + en + " is dated before the company was established" + (sure ? "" : " (the read is not confirmed)"),
                        List.of(Readings.about(field, DocumentType.BUSINESS_LICENCE, "establishment date on the licence"))));
                return;
            }
        }
        // without an establishment date read, the date is still checked against the letter and the submission day
        results.add(Checks.pass(code(), List.of(field), zh + "日期合理", "the " + en + " is dated plausibly"));
    }
}
