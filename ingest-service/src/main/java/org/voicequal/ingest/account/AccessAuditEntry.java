package org.voicequal.ingest.account;

import java.time.Instant;
import java.util.UUID;

/**
 * One access in the audit trail: who (key id, name, role), did what ({@code REVEAL}, {@code READ}, ...), to
 * which account's data and which qualification, when. Never what was seen.
 *
 * @param seq the entry's position, the paging cursor; 0 before it is stored
 */
public record AccessAuditEntry(long seq, Instant occurredAt, String actorKeyId, String actorName, String actorRole,
                               String action, String accountId, UUID qualificationId) {
}
