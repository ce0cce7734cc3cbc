package org.voicequal.ingest.recognition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Recognition requests and their answers: one row per {@code POST /v1/recognitions}. */
@RegisterConstructorMapper(RecognitionDao.RecognitionRow.class)
public interface RecognitionDao {

    /**
     * @param accountId the requesting applicant's account
     * @param fields    JSON array of {@link StoredField}, values sealed; null while pending
     */
    record RecognitionRow(UUID requestId, String accountId, String documentType, String sha256, Instant requestedAt,
                          Instant completedAt, String outcome, String engine, String failure, String fields) {

        boolean answered() {
            return completedAt != null;
        }
    }

    @SqlUpdate("""
            INSERT INTO recognition (request_id, account_id, document_type, sha256, requested_at)
            VALUES (:requestId, :accountId, :documentType, :sha256, :requestedAt)""")
    void insert(@BindMethods RecognitionRow row);

    /** Records the answer; 0 when the request is unknown or already answered (the first answer stands). */
    @SqlUpdate("""
            UPDATE recognition SET completed_at = :completedAt, outcome = :outcome, engine = :engine,
                                   failure = :failure, fields = CAST(:fields AS jsonb)
            WHERE request_id = :requestId AND completed_at IS NULL""")
    int answer(@BindMethods RecognitionRow answer);

    @SqlQuery("""
            SELECT request_id, account_id, document_type, sha256, requested_at, completed_at, outcome, engine,
                   failure, fields::text AS fields
            FROM recognition WHERE request_id = :id""")
    Optional<RecognitionRow> find(@Bind("id") UUID requestId);

    @SqlQuery("SELECT request_id FROM recognition WHERE request_id IN (<ids>) AND completed_at IS NOT NULL")
    List<UUID> answeredAmong(@BindList("ids") List<UUID> requestIds);

    @SqlUpdate("DELETE FROM recognition WHERE requested_at < :before")
    int deleteRequestedBefore(@Bind("before") Instant before);
}
