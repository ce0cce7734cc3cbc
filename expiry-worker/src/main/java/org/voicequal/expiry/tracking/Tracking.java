package org.voicequal.expiry.tracking;

import java.time.Clock;
import org.jdbi.v3.core.Handle;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.expiry.ExpiryCheck;
import org.voicequal.expiry.ExpiryDao;
import org.voicequal.expiry.ExpiryEvents;
import org.voicequal.expiry.Stage;
import org.voicequal.expiry.replacement.Replacement;
import org.voicequal.pipeline.jdbi.Daos;

/**
 * Learns what to track from three topics whose events may arrive in any order: the typed ends from the
 * submission, the confirmed ends from recognition, and the approval (or rejection) from status changes.
 * Each handler upserts what it knows and then checks the qualification at once, so whichever event
 * completes the picture starts the schedule, and an approval already inside the window is expiring soon
 * without waiting for a scan.
 */
public class Tracking {

    private final ExpiryCheck check;
    private final Replacement replacement;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    public Tracking(ExpiryCheck check, Replacement replacement, PersonalDataCipher cipher, Clock clock) {
        this.check = check;
        this.replacement = replacement;
        this.cipher = cipher;
        this.clock = clock;
    }

    public void submitted(Handle tx, SubmissionReceived s) {
        ExpiryDao dao = Daos.attach(tx, ExpiryDao.class);
        dao.track(s.getQualificationId(), s.getAccountId(), s.getReplacesQualificationId());
        TrackedEnds.typed(s).forEach(e -> dao.typedEnd(s.getQualificationId(), e.document(), e.validTo()));
        check.settle(tx, s.getQualificationId());
        replacement.renewalChanged(tx, s.getQualificationId());
    }

    public void recognized(Handle tx, DocumentsRecognized r) {
        ExpiryDao dao = Daos.attach(tx, ExpiryDao.class);
        dao.track(r.getQualificationId(), null, null);
        TrackedEnds.recognized(r, cipher)
                .forEach(e -> dao.readEnd(r.getQualificationId(), e.document(), e.validTo(), e.longTerm()));
        check.settle(tx, r.getQualificationId());
    }

    public void statusChanged(Handle tx, QualificationStatusChanged change) {
        if (ExpiryEvents.SOURCE.equals(change.getSource())) {
            return; // written together with this worker's own state: nothing left to learn
        }
        String id = change.getQualificationId();
        ExpiryDao dao = Daos.attach(tx, ExpiryDao.class);
        dao.track(id, change.getAccountId(), null);
        ExpiryDao.Tracked q = dao.lock(id).orElseThrow();
        switch (change.getStatus()) {
            case APPROVED -> {
                if (q.stage() != Stage.PENDING || replacement.approvedAfterItsRenewal(tx, q)) {
                    return;
                }
                dao.moveTo(id, Stage.ACTIVE, clock.instant(), null);
                check.settle(tx, id);
                replacement.renewalChanged(tx, id);
            }
            case REJECTED, WITHDRAWN -> {
                if (q.stage() == Stage.PENDING || q.stage().live()) {
                    dao.moveTo(id, Stage.CLOSED, clock.instant(), null);
                }
            }
            case EXPIRED -> {
                if (q.stage().live()) {
                    dao.moveTo(id, Stage.EXPIRED, clock.instant(), null);
                }
            }
            case REPLACED -> {
                if (q.stage() != Stage.REPLACED) {
                    dao.moveTo(id, Stage.REPLACED, clock.instant(), null);
                }
            }
            default -> {
                // UNDER_REVIEW, NEEDS_MORE_MATERIAL: the row exists; nothing to schedule yet
            }
        }
    }
}
