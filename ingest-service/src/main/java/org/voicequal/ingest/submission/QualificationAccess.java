package org.voicequal.ingest.submission;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;
import org.voicequal.domain.QualificationId;
import org.voicequal.ingest.account.AccessAudit;
import org.voicequal.ingest.account.Caller;
import org.voicequal.ingest.account.ForbiddenException;
import org.voicequal.ingest.account.Role;

/**
 * Who may open which qualification, for every path under {@code /v1/qualifications/{id}}: the owning account's
 * keys and the platform's; anyone else gets the same 404 as for an id that does not exist. Reveals and the
 * platform's reads of a customer's data are audited here, before anything is answered.
 */
@Component
public class QualificationAccess {

    private final Jdbi jdbi;
    private final AccessAudit audit;

    public QualificationAccess(Jdbi jdbi, AccessAudit audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** The qualification {@code id} names, for a masked read. */
    public QualificationDao.QualificationRow read(Caller caller, String id) {
        QualificationDao.QualificationRow row = visible(caller, id);
        if (caller.readsAcrossAccounts(row.accountId())) {
            audit.record(caller, AccessAudit.Action.READ, row.accountId(), row.id());
        }
        return row;
    }

    /** The qualification {@code id} names, to be shown in clear: refused (403) to all but owner and reviewers. */
    public QualificationDao.QualificationRow reveal(Caller caller, String id) {
        QualificationDao.QualificationRow row = visible(caller, id);
        if (!caller.mayReveal(row.accountId())) {
            throw new ForbiddenException(caller.role(), Role.APPLICANT, Role.REVIEWER);
        }
        audit.record(caller, AccessAudit.Action.REVEAL, row.accountId(), row.id());
        return row;
    }

    /** The owner's own qualification, for what only its applicants may do (reuse, renewal), audited as {@code action}. */
    public QualificationDao.QualificationRow own(Caller caller, String id, AccessAudit.Action action) {
        caller.require(Role.APPLICANT);
        QualificationDao.QualificationRow row = visible(caller, id); // an applicant sees its own account's only
        audit.record(caller, action, row.accountId(), row.id());
        return row;
    }

    private QualificationDao.QualificationRow visible(Caller caller, String id) {
        return QualificationId.tryParse(id)
                .flatMap(q -> jdbi.withExtension(QualificationDao.class, dao -> dao.find(q.value())))
                .filter(row -> caller.maySee(row.accountId()))
                .orElseThrow(QualificationNotFoundException::new);
    }
}
