package org.voicequal.review.task;

import java.util.List;

/**
 * What a reviewer decided.
 *
 * @param reasonCodes codes from the task's {@link ReasonCatalogue}; at least one to reject
 * @param comment     free text that reaches the applicant as the reason {@code REVIEWER_COMMENT}: it must
 *                    not contain personal data
 */
public record HumanDecision(Verdict verdict, List<String> reasonCodes, String comment) {

    public enum Verdict {
        APPROVE, REJECT
    }

    public HumanDecision {
        reasonCodes = reasonCodes == null ? List.of() : reasonCodes.stream().map(c -> c == null ? "" : c).toList();
    }
}
