package org.voicequal.review.task;

import java.time.Instant;

/**
 * A task as queued by routing.
 *
 * @param evaluatedAt    when the clock started: the evaluation's time, so a redelivered or late event gets the
 *                       deadline it would have had
 * @param dueProvisional the deadline reached past the calendar's known years (see WorkingDays)
 * @param checksJson     every check of the evaluation ({@link TaskChecks.Check}), JSON
 * @param documentsJson  the document claim checks ({@link TaskChecks.Document}), JSON
 */
public record NewTask(String qualificationId, String accountId, String kind, String qualificationName,
                      String replacesQualificationId, Instant evaluatedAt, Instant dueAt, boolean dueProvisional,
                      String checksJson, String documentsJson, Instant createdAt) {
}
