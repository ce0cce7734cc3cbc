package org.voicequal.ingest.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Accounts, their keys and the access audit of ingest-service. */
@RegisterConstructorMapper(Account.class)
@RegisterConstructorMapper(AccountDao.KeyRow.class)
@RegisterConstructorMapper(AccessAuditEntry.class)
public interface AccountDao {

    record KeyRow(String keyHash, String keyId, String name, String role, String accountId, Instant createdAt,
                  Instant revokedAt) {
    }

    @SqlUpdate("""
            INSERT INTO account (id, display_name, number400_enabled, created_at, updated_at)
            VALUES (:id, :displayName, :number400Enabled, :createdAt, :updatedAt)
            ON CONFLICT (id) DO NOTHING""")
    int insert(@BindMethods Account account);

    @SqlUpdate("""
            UPDATE account SET display_name = :displayName, number400_enabled = :number400Enabled,
                               updated_at = :updatedAt
            WHERE id = :id""")
    int update(@BindMethods Account account);

    @SqlQuery("SELECT * FROM account WHERE id = :id")
    Optional<Account> find(@Bind("id") String id);

    @SqlUpdate("""
            INSERT INTO api_key (key_hash, key_id, name, role, account_id, created_at)
            VALUES (:keyHash, :keyId, :name, :role, :accountId, :createdAt)
            ON CONFLICT (key_hash) DO NOTHING""")
    int insertKey(@BindMethods KeyRow key);

    @SqlQuery("SELECT * FROM api_key WHERE key_hash = :hash AND revoked_at IS NULL")
    Optional<KeyRow> activeKey(@Bind("hash") String hash);

    @SqlQuery("SELECT * FROM api_key WHERE key_id = :keyId")
    Optional<KeyRow> keyById(@Bind("keyId") String keyId);

    @SqlQuery("SELECT * FROM api_key WHERE account_id = :accountId ORDER BY created_at")
    List<KeyRow> keysOf(@Bind("accountId") String accountId);

    @SqlUpdate("UPDATE api_key SET revoked_at = :at WHERE key_id = :keyId AND revoked_at IS NULL")
    int revoke(@Bind("keyId") String keyId, @Bind("at") Instant at);

    @SqlUpdate("""
            INSERT INTO access_audit (occurred_at, actor_key_id, actor_name, actor_role, action, account_id,
                                      qualification_id)
            VALUES (:occurredAt, :actorKeyId, :actorName, :actorRole, :action, :accountId, :qualificationId)""")
    void audit(@BindMethods AccessAuditEntry entry);

    /** Newest first, after the cursor {@code beforeSeq}; {@code accountId} null lists every account's. */
    @SqlQuery("""
            SELECT * FROM access_audit
            WHERE (CAST(:accountId AS TEXT) IS NULL OR account_id = :accountId) AND seq < :beforeSeq
            ORDER BY seq DESC LIMIT :limit""")
    List<AccessAuditEntry> auditTrail(@Bind("accountId") String accountId, @Bind("beforeSeq") long beforeSeq,
            @Bind("limit") int limit);
}
