package org.voicequal.expiry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Tracked qualifications and their documents' validity ends: expiry-worker's own tables. */
@RegisterConstructorMapper(ExpiryDao.Tracked.class)
@RegisterConstructorMapper(ExpiryDao.DocumentEnd.class)
public interface ExpiryDao {

    record Tracked(String qualificationId, String accountId, String replaces, boolean active,
                   java.time.Instant expiringNotifiedAt, java.time.Instant expiredNotifiedAt) {
    }

    record DocumentEnd(String document, LocalDate validTo) {
    }

    @SqlUpdate("""
            INSERT INTO tracked_qualification (qualification_id, account_id, replaces) VALUES (:id, :accountId, :replaces)
            ON CONFLICT (qualification_id) DO NOTHING""")
    void track(@Bind("id") String qualificationId, @Bind("accountId") String accountId, @Bind("replaces") String replaces);

    @SqlUpdate("""
            INSERT INTO tracked_document (qualification_id, document, valid_to) VALUES (:id, :document, :validTo)
            ON CONFLICT (qualification_id, document) DO UPDATE SET valid_to = EXCLUDED.valid_to""")
    void trackDocument(@Bind("id") String qualificationId, @Bind("document") String document, @Bind("validTo") LocalDate validTo);

    @SqlQuery("SELECT * FROM tracked_qualification WHERE qualification_id = :id")
    Optional<Tracked> find(@Bind("id") String qualificationId);

    @SqlUpdate("UPDATE tracked_qualification SET active = :active WHERE qualification_id = :id")
    int setActive(@Bind("id") String qualificationId, @Bind("active") boolean active);

    /**
     * Active qualifications with a document ending on or before {@code horizon} whose change is not yet
     * published. Locked and skipped when locked, so that scanners of several instances share the work.
     */
    @SqlQuery("""
            SELECT q.* FROM tracked_qualification q
            WHERE q.active AND q.expired_notified_at IS NULL
              AND EXISTS (SELECT 1 FROM tracked_document d
                          WHERE d.qualification_id = q.qualification_id AND d.valid_to <= :horizon)
            ORDER BY q.qualification_id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<Tracked> due(@Bind("horizon") LocalDate horizon, @Bind("limit") int limit);

    @SqlQuery("SELECT document, valid_to FROM tracked_document WHERE qualification_id = :id ORDER BY document")
    List<DocumentEnd> documents(@Bind("id") String qualificationId);

    @SqlUpdate("UPDATE tracked_qualification SET expiring_notified_at = now() WHERE qualification_id = :id")
    void markExpiringNotified(@Bind("id") String qualificationId);

    @SqlUpdate("""
            UPDATE tracked_qualification
            SET expired_notified_at = now(), expiring_notified_at = coalesce(expiring_notified_at, now()), active = false
            WHERE qualification_id = :id""")
    void markExpired(@Bind("id") String qualificationId);
}
