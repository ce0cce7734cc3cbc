package org.voicequal.review.audit;

import java.time.Clock;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;
import org.voicequal.pipeline.Json;
import org.voicequal.pipeline.jdbi.Daos;

/**
 * Records every access of a reviewer to the tasks, which hold personal data (ID numbers, ID photos): who, what,
 * which task, when, and how it ended. A read is recorded before its data leaves, so there is no unrecorded
 * access; a change is recorded in its own transaction, so the trail and the change agree. The detail names
 * the request's shape, never a personal value nor the comment's text.
 */
@Component
public class Audit {

    public enum Action {
        /** the queue was listed */
        LIST,
        /** a task was opened, masked */
        VIEW,
        /** a task was opened with clear values */
        REVEAL,
        /** a document image was shown */
        DOCUMENT,
        CLAIM,
        RELEASE,
        DECIDE
    }

    public enum Outcome {
        DONE, REFUSED, NOT_FOUND
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public Audit(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** In the caller's transaction. */
    public void record(Handle transaction, String reviewer, Action action, String qualificationId, Outcome outcome,
            Map<String, ?> detail) {
        Daos.attach(transaction, AuditDao.class).record(reviewer, action.name(), qualificationId, outcome.name(),
                Json.write(detail), clock.instant());
    }

    /** On its own. */
    public void record(String reviewer, Action action, String qualificationId, Outcome outcome, Map<String, ?> detail) {
        jdbi.useHandle(handle -> record(handle, reviewer, action, qualificationId, outcome, detail));
    }
}
