package org.voicequal.review.api;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.voicequal.events.ApiKeyChanged;

/**
 * The reviewers' keys that ingest-service issued, learnt from {@code access.api-keys.v1} (hashes only). Kept in
 * review-worker's own table, so every instance sees every key whichever of them consumed its record.
 */
public final class IssuedKeys {

    private final Jdbi jdbi;

    public IssuedKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Records the key's latest state; an older change arriving late is ignored. */
    public static void record(Handle handle, ApiKeyChanged change) {
        handle.createUpdate("""
                        INSERT INTO issued_key (key_hash, key_id, name, role, account_id, revoked, changed_at)
                        VALUES (:hash, :keyId, :name, :role, :accountId, :revoked, :changedAt)
                        ON CONFLICT (key_hash) DO UPDATE SET name = excluded.name, role = excluded.role,
                            account_id = excluded.account_id, revoked = excluded.revoked, changed_at = excluded.changed_at
                        WHERE issued_key.changed_at <= excluded.changed_at""")
                .bind("hash", change.getKeyHash()).bind("keyId", change.getKeyId()).bind("name", change.getName())
                .bind("role", change.getRole()).bind("accountId", change.getAccountId())
                .bind("revoked", change.getRevoked()).bind("changedAt", change.getChangedAt())
                .execute();
    }

    /** The reviewer holding the key of this hash, if it is an active reviewer's key. */
    Optional<Reviewer> reviewer(String keyHash) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT name FROM issued_key WHERE key_hash = :hash AND role = 'REVIEWER' AND NOT revoked""")
                .bind("hash", keyHash).mapTo(String.class).findOne().map(Reviewer::new));
    }
}
