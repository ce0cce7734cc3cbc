package org.voicequal.review.task;

import java.time.Instant;

/**
 * Which tasks a reviewer lists; a null filter does not filter.
 *
 * @param decided   false (the default): the open queue; true: decided tasks
 * @param overdue   past the deadline and undecided, or not
 * @param claimed   held by a reviewer, or free
 * @param claimedBy held by this reviewer
 * @param kind      ORDINARY or NUMBER_400
 * @param after     the cursor of the previous page
 * @param limit     at most this many
 */
public record TaskQuery(boolean decided, Boolean overdue, Boolean claimed, String claimedBy, String kind,
                        TaskCursor after, int limit) {

    public static final int MAX_LIMIT = 100;

    public Instant afterDue() {
        return after == null ? null : after.dueAt();
    }

    public String afterId() {
        return after == null ? null : after.qualificationId();
    }
}
