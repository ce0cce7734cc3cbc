package org.voicequal.review.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voicequal.events.Reason;

/**
 * The reasons a reviewer may give, with the words the applicant reads: the codes of the rules in the task's
 * evaluation, and a few reviewer codes for what a person sees that no rule checks. A decision's reasons all
 * come from here, so that every status reason is a stable code with a Chinese and an English message and no
 * personal data; the reviewer's own words travel only as {@link #REVIEWER_COMMENT}.
 */
public final class ReasonCatalogue {

    /** The reason that carries the reviewer's comment; given by the comment, never chosen as a code. */
    public static final String REVIEWER_COMMENT = "REVIEWER_COMMENT";
    /** The reviewer code that needs a comment to say what it is. */
    public static final String OTHER = "OTHER";
    public static final int MAX_COMMENT_LENGTH = 500;

    /** What a person sees that no rule checks. */
    public static final List<Reason> REVIEWER_REASONS = List.of(
            new Reason("DOCUMENT_ILLEGIBLE", "證件或公函圖片無法辨認，請重新上傳清晰、完整的圖片",
                    "a document image cannot be read; please upload a clear and complete image"),
            new Reason("SEAL_MISSING", "證件複印件或公函缺少企業公章（紅章）",
                    "a document copy or letter lacks the company's red seal"),
            new Reason("NAME_MISMATCH", "填寫的名稱與證件上的名稱不一致",
                    "a name entered differs from the name on the documents"),
            new Reason("INFORMATION_INCONSISTENT", "填寫的信息與上傳的證件不一致",
                    "the information entered does not agree with the documents uploaded"),
            new Reason("DOCUMENT_EXPIRED", "證件已過期，請上傳有效期內的證件",
                    "a document has expired; please upload one that is valid"),
            new Reason(OTHER, "其他原因，詳見審核意見", "another reason; see the reviewer's comment"));

    /** Whether a reason was a rule of the evaluation or a reviewer code: shown to reviewers. */
    public enum Source {
        RULE, REVIEWER
    }

    public record Entry(Reason reason, Source source) {
    }

    private final Map<String, Entry> entries;

    private ReasonCatalogue(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * The catalogue for one task: its rule codes first, in evaluation order, then the reviewer codes. A rule's
     * message is that of its first result that did not pass (what the evaluation found); a rule that passed
     * everywhere gets a message saying the reviewer found otherwise.
     */
    public static ReasonCatalogue forChecks(List<TaskChecks.Check> checks) {
        Map<String, List<TaskChecks.Check>> byRule = new LinkedHashMap<>();
        checks.forEach(c -> byRule.computeIfAbsent(c.rule(), r -> new ArrayList<>()).add(c));
        Map<String, Entry> entries = new LinkedHashMap<>();
        byRule.forEach((rule, results) -> {
            Reason reason = results.stream().filter(c -> !c.passed()).findFirst()
                    .map(c -> new Reason(rule, c.messageZh(), c.messageEn()))
                    .orElseGet(() -> new Reason(rule, "審核員複核未通過：" + results.get(0).messageZh(),
                            "the reviewer found otherwise: " + results.get(0).messageEn()));
            entries.put(rule, new Entry(reason, Source.RULE));
        });
        for (Reason reason : REVIEWER_REASONS) {
            entries.putIfAbsent(reason.getCode(), new Entry(reason, Source.REVIEWER));
        }
        entries.remove(REVIEWER_COMMENT); // only the comment gives it
        return new ReasonCatalogue(entries);
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<Reason> find(String code) {
        return Optional.ofNullable(entries.get(code)).map(Entry::reason);
    }

    /**
     * The reasons a decision gives the applicant: the chosen codes, each once, then {@code travelling} (the
     * evaluation's warnings, on an approval), then the comment as {@link #REVIEWER_COMMENT}.
     *
     * @throws InvalidRequestException naming each field that is wrong: a rejection without a reason, an unknown
     *                                 code, {@code OTHER} without a comment, a comment that is too long
     */
    public List<Reason> reasonsFor(HumanDecision decision, List<Reason> travelling) {
        List<FieldError> errors = new ArrayList<>();
        if (decision.verdict() == HumanDecision.Verdict.REJECT && decision.reasonCodes().isEmpty()) {
            errors.add(new FieldError("reasons", "required", "a rejection needs at least one reason code",
                    "駁回時至少需要一個原因代碼"));
        }
        List<Reason> reasons = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < decision.reasonCodes().size(); i++) {
            String code = decision.reasonCodes().get(i);
            Optional<Reason> reason = find(code);
            if (reason.isEmpty()) {
                errors.add(new FieldError("reasons[" + i + "]", "unknown-reason",
                        "not a reason code of this task's catalogue", "不是此任務可用的原因代碼"));
            } else if (seen.add(code)) {
                reasons.add(reason.get());
            }
        }
        String comment = comment(decision);
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            errors.add(new FieldError("comment", "too-long", "at most " + MAX_COMMENT_LENGTH + " characters",
                    "最多" + MAX_COMMENT_LENGTH + "個字符"));
        }
        if (seen.contains(OTHER) && comment == null) {
            errors.add(new FieldError("comment", "required", "the reason OTHER needs a comment that says what it is",
                    "選擇「其他原因」時需填寫審核意見"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        travelling.stream().filter(r -> !seen.contains(r.getCode())).forEach(reasons::add);
        if (comment != null) {
            reasons.add(new Reason(REVIEWER_COMMENT, comment, comment));
        }
        return reasons;
    }

    private static String comment(HumanDecision decision) {
        return decision.comment() == null || decision.comment().isBlank() ? null : decision.comment().strip();
    }
}
