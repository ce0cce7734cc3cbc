package org.voicequal.expiry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.voicequal.pipeline.jdbi.Daos;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Topics;

/**
 * Holds one live qualification against the clock, in the caller's transaction: applies the transition that
 * is due (recording the stage and appending the status change to the outbox together, so it is published
 * exactly once), then writes when it next needs a look. The scan calls it for due rows; tracking calls it as
 * soon as an approval or a new date arrives, so an approval already inside the window is expiring soon at once.
 */
public class ExpiryCheck {

    private final ExpiryRule rule;
    private final Clock clock;
    private final Outbox outbox;

    public ExpiryCheck(ExpiryRule rule, Clock clock, Outbox outbox) {
        this.rule = rule;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** Settles a row locked by the caller, with its documents' ends; returns whether a change was published. */
    public boolean settle(Handle tx, ExpiryDao.Tracked q, List<ValidityEnd> ends) {
        ExpiryDao dao = Daos.attach(tx, ExpiryDao.class);
        Instant now = clock.instant();
        Optional<ExpiryRule.Transition> due = rule.due(q.stage(), ends, now);
        if (due.isPresent()) {
            Stage to = due.get().to();
            dao.moveTo(q.qualificationId(), to, now, rule.nextDue(to, ends));
            outbox.append(tx, Topics.STATUS_CHANGED, q.qualificationId(), ExpiryEvents.expiry(q, due.get(), ends, now));
            return true;
        }
        Instant next = rule.nextDue(q.stage(), ends);
        if (!Objects.equals(next, q.nextDueAt())) {
            dao.reschedule(q.qualificationId(), next);
        }
        return false;
    }

    /** Locks and settles one qualification by id (tracking's way in). */
    public boolean settle(Handle tx, String qualificationId) {
        ExpiryDao dao = Daos.attach(tx, ExpiryDao.class);
        return dao.lock(qualificationId).filter(q -> q.stage().live())
                .map(q -> settle(tx, q, ends(dao.documents(qualificationId))))
                .orElse(false);
    }

    public static List<ValidityEnd> ends(List<ExpiryDao.DocumentRow> rows) {
        return rows.stream().map(ExpiryDao.DocumentRow::end).filter(Objects::nonNull).toList();
    }

    public ExpiryRule rule() {
        return rule;
    }
}
