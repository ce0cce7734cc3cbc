package org.voicequal.ingest.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The qualification aggregate of ingest-service: the submission, its documents and its status history. */
@RegisterConstructorMapper(QualificationDao.QualificationRow.class)
@RegisterConstructorMapper(QualificationDao.DocumentRow.class)
@RegisterConstructorMapper(QualificationDao.StatusRow.class)
@RegisterConstructorMapper(QualificationDao.IdempotencyRow.class)
public interface QualificationDao {

    record QualificationRow(UUID id, String accountId, String kind, String name, String enterpriseName,
                            String creditCode, String status, String sealedApplication, String sealedNotificationEmail,
                            Instant submittedAt, Instant updatedAt) {
    }

    record DocumentRow(UUID qualificationId, String type, String blobKey, String sha256, String contentType,
                       long sizeBytes) {
    }

    /** @param reasons JSON array of {code, messageZh, messageEn} */
    record StatusRow(String eventId, UUID qualificationId, String status, String reasons, String source,
                     Instant occurredAt) {
    }

    @SqlUpdate("""
            INSERT INTO qualification (id, account_id, kind, name, enterprise_name, credit_code, status,
                                       sealed_application, sealed_notification_email, submitted_at, updated_at)
            VALUES (:id, :accountId, :kind, :name, :enterpriseName, :creditCode, :status,
                    :sealedApplication, :sealedNotificationEmail, :submittedAt, :updatedAt)""")
    void insert(@BindMethods QualificationRow row);

    record IdempotencyRow(String requestSha256, UUID qualificationId) {
    }

    /** 0 when another request already holds the key (then the caller's transaction must not commit). */
    @SqlUpdate("""
            INSERT INTO idempotency_key (account_id, idempotency_key, request_sha256, qualification_id, created_at)
            VALUES (:account, :key, :hash, :qualificationId, :at)
            ON CONFLICT (account_id, idempotency_key) DO NOTHING""")
    int claimIdempotencyKey(@Bind("account") String account, @Bind("key") String key, @Bind("hash") String requestHash,
            @Bind("qualificationId") UUID qualificationId, @Bind("at") Instant at);

    @SqlQuery("""
            SELECT request_sha256, qualification_id FROM idempotency_key
            WHERE account_id = :account AND idempotency_key = :key""")
    Optional<IdempotencyRow> idempotencyKey(@Bind("account") String account, @Bind("key") String key);

    @SqlUpdate("""
            INSERT INTO qualification_document (qualification_id, type, blob_key, sha256, content_type, size_bytes)
            VALUES (:qualificationId, :type, :blobKey, :sha256, :contentType, :sizeBytes)""")
    void insertDocument(@BindMethods DocumentRow row);

    /** As {@link #insertDocument}, all in one JDBC batch (one round trip instead of one per document). */
    @org.jdbi.v3.sqlobject.statement.SqlBatch("""
            INSERT INTO qualification_document (qualification_id, type, blob_key, sha256, content_type, size_bytes)
            VALUES (:qualificationId, :type, :blobKey, :sha256, :contentType, :sizeBytes)""")
    void insertDocuments(@BindMethods List<DocumentRow> rows);

    @SqlQuery("SELECT * FROM qualification WHERE id = :id")
    Optional<QualificationRow> find(@Bind("id") UUID id);

    /** Newest first, after the keyset ({@code afterAt}, {@code afterId}); every filter optional (null). */
    @SqlQuery("""
            SELECT * FROM qualification
            WHERE (CAST(:account AS TEXT) IS NULL OR account_id = :account)
              AND (CAST(:status AS TEXT) IS NULL OR status = :status)
              AND (CAST(:kind AS TEXT) IS NULL OR kind = :kind)
              AND (CAST(:name AS TEXT) IS NULL OR name ILIKE :name OR enterprise_name ILIKE :name)
              AND (CAST(:afterAt AS TIMESTAMPTZ) IS NULL OR (submitted_at, id) < (:afterAt, :afterId))
            ORDER BY submitted_at DESC, id DESC
            LIMIT :limit""")
    List<QualificationRow> page(@Bind("account") String account, @Bind("status") String status, @Bind("kind") String kind,
            @Bind("name") String namePattern, @Bind("afterAt") Instant afterAt, @Bind("afterId") UUID afterId,
            @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM qualification_document WHERE qualification_id = :id ORDER BY type")
    List<DocumentRow> documents(@Bind("id") UUID id);

    /** Returns 0 when the event is already in the history (its own submission event, or a redelivery). */
    @SqlUpdate("""
            INSERT INTO status_history (event_id, qualification_id, status, reasons, source, occurred_at)
            VALUES (:eventId, :qualificationId, :status, CAST(:reasons AS jsonb), :source, :occurredAt)
            ON CONFLICT (event_id) DO NOTHING""")
    int appendStatus(@BindMethods StatusRow row);

    /**
     * The current status is the last one to arrive: status events are keyed by qualification, so they arrive
     * in the order they were caused; comparing the timestamps of different workers' clocks would not be safer.
     */
    @SqlUpdate("UPDATE qualification SET status = :status, updated_at = :occurredAt WHERE id = :id")
    int updateStatus(@Bind("id") UUID id, @Bind("status") String status, @Bind("occurredAt") Instant occurredAt);

    /** @param documentEnds JSON array of {document, validTo, origin} */
    @SqlUpdate("UPDATE status_history SET document_ends = CAST(:documentEnds AS jsonb) WHERE event_id = :eventId")
    void setDocumentEnds(@Bind("eventId") String eventId, @Bind("documentEnds") String documentEnds);

    /** The document ends of the latest status entry, as JSON ({@code []} when it names none). */
    @SqlQuery("""
            SELECT document_ends::text FROM status_history WHERE qualification_id = :id ORDER BY seq DESC LIMIT 1""")
    Optional<String> currentDocumentEnds(@Bind("id") UUID id);

    @SqlQuery("""
            SELECT event_id, qualification_id, status, reasons::text AS reasons, source, occurred_at
            FROM status_history WHERE qualification_id = :id ORDER BY seq""")
    List<StatusRow> history(@Bind("id") UUID id);
}
