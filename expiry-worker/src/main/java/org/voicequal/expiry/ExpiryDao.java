package org.voicequal.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.voicequal.events.DocumentType;

/**
 * Tracked qualifications and their documents' validity ends: expiry-worker's own tables. Every writer
 * upserts, because the submission, its recognition and its approval may arrive in any order.
 */
@RegisterConstructorMapper(ExpiryDao.Tracked.class)
@RegisterConstructorMapper(ExpiryDao.DocumentRow.class)
public interface ExpiryDao {

    record Tracked(String qualificationId, String accountId, String replaces, String replacedBy, Stage stage,
                   Instant nextDueAt) {
    }

    record DocumentRow(String qualificationId, DocumentType document, LocalDate typedTo, LocalDate readTo,
                       boolean readLongTerm) {

        ValidityEnd end() {
            return ValidityEnd.of(document, typedTo, readTo, readLongTerm);
        }
    }

    /** Makes sure the qualification has a row; fills in the account and renewal once they are known. */
    @SqlUpdate("""
            INSERT INTO tracked_qualification (qualification_id, account_id, replaces) VALUES (:id, :accountId, :replaces)
            ON CONFLICT (qualification_id) DO UPDATE
              SET account_id = coalesce(tracked_qualification.account_id, EXCLUDED.account_id),
                  replaces = coalesce(tracked_qualification.replaces, EXCLUDED.replaces)""")
    void track(@Bind("id") String qualificationId, @Bind("accountId") String accountId, @Bind("replaces") String replaces);

    @SqlUpdate("""
            INSERT INTO tracked_document (qualification_id, document, typed_to) VALUES (:id, :document, :typedTo)
            ON CONFLICT (qualification_id, document) DO UPDATE SET typed_to = EXCLUDED.typed_to""")
    void typedEnd(@Bind("id") String qualificationId, @Bind("document") DocumentType document,
            @Bind("typedTo") LocalDate typedTo);

    @SqlUpdate("""
            INSERT INTO tracked_document (qualification_id, document, read_to, read_long_term)
            VALUES (:id, :document, :readTo, :longTerm)
            ON CONFLICT (qualification_id, document) DO UPDATE
              SET read_to = EXCLUDED.read_to, read_long_term = EXCLUDED.read_long_term""")
    void readEnd(@Bind("id") String qualificationId, @Bind("document") DocumentType document,
            @Bind("readTo") LocalDate readTo, @Bind("longTerm") boolean longTerm);

    /** The row, locked until the transaction ends: its stage is read, decided on and written in one go. */
    @SqlQuery("SELECT * FROM tracked_qualification WHERE qualification_id = :id FOR UPDATE")
    Optional<Tracked> lock(@Bind("id") String qualificationId);

    @SqlQuery("SELECT * FROM tracked_document WHERE qualification_id = :id")
    List<DocumentRow> documents(@Bind("id") String qualificationId);

    @SqlQuery("SELECT * FROM tracked_document WHERE qualification_id IN (<ids>)")
    List<DocumentRow> documents(@BindList("ids") Collection<String> qualificationIds);

    @SqlUpdate("""
            UPDATE tracked_qualification SET stage = :stage, stage_since = :at, next_due_at = :nextDueAt
            WHERE qualification_id = :id""")
    void moveTo(@Bind("id") String qualificationId, @Bind("stage") Stage stage, @Bind("at") Instant at,
            @Bind("nextDueAt") Instant nextDueAt);

    @SqlUpdate("UPDATE tracked_qualification SET next_due_at = :nextDueAt WHERE qualification_id = :id")
    void reschedule(@Bind("id") String qualificationId, @Bind("nextDueAt") Instant nextDueAt);

    @SqlUpdate("UPDATE tracked_qualification SET replaced_by = :by WHERE qualification_id = :id")
    void replacedBy(@Bind("id") String qualificationId, @Bind("by") String replacement);

    /**
     * Due rows, oldest due first, through the partial index on {@code next_due_at}: the cost is the rows due,
     * whatever else is tracked. Locked and skipped when locked, so that several instances share the work.
     */
    @SqlQuery("""
            SELECT * FROM tracked_qualification
            WHERE next_due_at <= :now
            ORDER BY next_due_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<Tracked> due(@Bind("now") Instant now, @Bind("limit") int limit);

    /** Live rows without a schedule: migrated from V10, or whose schedule a crash never wrote. */
    @SqlQuery("""
            SELECT * FROM tracked_qualification
            WHERE next_due_at IS NULL AND stage IN ('ACTIVE', 'EXPIRING_SOON') AND qualification_id > :after
            ORDER BY qualification_id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<Tracked> unscheduled(@Bind("after") String after, @Bind("limit") int limit);
}
