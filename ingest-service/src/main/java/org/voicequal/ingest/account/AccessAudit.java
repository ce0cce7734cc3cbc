package org.voicequal.ingest.account;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * The access audit trail (敏感信息查看記錄): every reveal, every reuse, and every read of a customer's data by
 * the platform's keys. An entry is written before the answer leaves, so nothing is shown unaudited.
 */
@Component
public class AccessAudit {

    /** What was done; stable names, listed to auditors. */
    public enum Action { READ, LIST, REVEAL, REVEAL_LIST, REUSE, RENEW, ISSUE_KEY, REVOKE_KEY, UPDATE_ACCOUNT }

    private final Jdbi jdbi;
    private final Clock clock;

    public AccessAudit(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void record(Caller caller, Action action, String accountId, UUID qualificationId) {
        jdbi.useExtension(AccountDao.class, dao -> dao.audit(new AccessAuditEntry(0,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), caller.keyId(), caller.name(), caller.role().name(),
                action.name(), accountId, qualificationId)));
    }

    /** Newest first; {@code accountId} null for every account's (operators). */
    public List<AccessAuditEntry> trail(String accountId, Long beforeSeq, int limit) {
        return jdbi.withExtension(AccountDao.class, dao -> dao.auditTrail(accountId,
                beforeSeq == null ? Long.MAX_VALUE : beforeSeq, limit));
    }
}
