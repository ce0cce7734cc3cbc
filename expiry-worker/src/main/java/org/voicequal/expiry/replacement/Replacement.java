package org.voicequal.expiry.replacement;

import java.time.Clock;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.voicequal.expiry.ExpiryDao;
import org.voicequal.expiry.ExpiryEvents;
import org.voicequal.expiry.Stage;
import org.voicequal.pipeline.jdbi.Daos;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Topics;

/**
 * A renewal, once approved, replaces the qualification it names when both belong to one account: the old one
 * moves to REPLACED (and so gets no reminder again) and the new one is tracked in its place.
 *
 * <p>The two qualifications' events travel on different partitions, so the old one's approval may arrive
 * after the renewal's. The renewal then leaves its id on the old row ({@code replaced_by}), and the old
 * one's approval moves it straight to REPLACED instead of ACTIVE.
 */
public class Replacement {

    private static final Logger log = LoggerFactory.getLogger(Replacement.class);

    private final Clock clock;
    private final Outbox outbox;

    public Replacement(Clock clock, Outbox outbox) {
        this.clock = clock;
        this.outbox = outbox;
    }

    /** Called whenever a renewal's row changes: replaces what it renews once it is approved and both are known. */
    public void renewalChanged(Handle tx, String renewalId) {
        ExpiryDao dao = Daos.attach(tx, ExpiryDao.class);
        ExpiryDao.Tracked renewal = dao.lock(renewalId).orElseThrow();
        if (renewal.replaces() == null || renewal.stage() == Stage.PENDING || renewal.stage() == Stage.CLOSED
                || renewal.accountId() == null) {
            return; // not a renewal, not approved, or its submission (which names the account) has not arrived
        }
        dao.track(renewal.replaces(), null, null);
        ExpiryDao.Tracked old = dao.lock(renewal.replaces()).orElseThrow();
        if (old.stage().replaceable()) {
            replace(tx, old, renewalId, renewal.accountId());
        } else if (old.stage() == Stage.PENDING && old.replacedBy() == null) {
            dao.replacedBy(old.qualificationId(), renewalId); // its approval has not arrived yet
        }
    }

    /** Called when a qualification is approved: true if an approved renewal already replaced it. */
    public boolean approvedAfterItsRenewal(Handle tx, ExpiryDao.Tracked approved) {
        if (approved.replacedBy() == null) {
            return false;
        }
        ExpiryDao.Tracked renewal = Daos.attach(tx, ExpiryDao.class).lock(approved.replacedBy()).orElseThrow();
        // it was approved a moment ago: that is the status the replacement follows
        ExpiryDao.Tracked asApproved = new ExpiryDao.Tracked(approved.qualificationId(), approved.accountId(),
                approved.replaces(), approved.replacedBy(), Stage.ACTIVE, null);
        return replace(tx, asApproved, renewal.qualificationId(), renewal.accountId());
    }

    private boolean replace(Handle tx, ExpiryDao.Tracked old, String renewalId, String renewalAccount) {
        if (old.accountId() != null && !Objects.equals(old.accountId(), renewalAccount)) {
            // ids only: which accounts they are is for the operator to look up
            log.warn("renewal {} names {} of another account: not replaced", renewalId, old.qualificationId());
            return false;
        }
        Daos.attach(tx, ExpiryDao.class).moveTo(old.qualificationId(), Stage.REPLACED, clock.instant(), null);
        outbox.append(tx, Topics.STATUS_CHANGED, old.qualificationId(), ExpiryEvents.replaced(old.qualificationId(),
                old.accountId() == null ? renewalAccount : old.accountId(), old.stage(), renewalId, clock.instant()));
        return true;
    }
}
