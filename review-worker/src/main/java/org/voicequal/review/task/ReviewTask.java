package org.voicequal.review.task;

import java.time.Instant;

/**
 * A review task as stored: the evaluation a person settles, its deadline, its claim and, once decided, the
 * decision. {@code checks}, {@code documents} and {@code decisionReasons} are JSON ({@link TaskChecks}).
 *
 * @param unverifiedCount checks a person must settle
 * @param warningCount    passes that carry a warning
 */
public record ReviewTask(String qualificationId, String accountId, String kind, String qualificationName,
                         String replacesQualificationId, Instant evaluatedAt, Instant dueAt, boolean dueProvisional,
                         String checks, String documents, String claimedBy, Instant claimedAt, String decision,
                         String decisionReasons, String comment, String decidedBy, Instant decidedAt,
                         Instant createdAt, int unverifiedCount, int warningCount) {

    public boolean decided() {
        return decidedAt != null;
    }

    /** Past its deadline and still undecided. */
    public boolean overdue(Instant now) {
        return !decided() && now.isAfter(dueAt);
    }
}
