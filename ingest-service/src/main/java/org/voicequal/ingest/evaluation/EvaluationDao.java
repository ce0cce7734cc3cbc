package org.voicequal.ingest.evaluation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The evaluation aggregate of ingest-service: the latest evaluation of each qualification. */
@RegisterConstructorMapper(EvaluationDao.EvaluationRow.class)
public interface EvaluationDao {

    /** @param checks JSON array of {@link SealedCheck}, evidence values sealed */
    record EvaluationRow(UUID qualificationId, String eventId, Instant evaluatedAt, String checks) {
    }

    /**
     * Stores the evaluation unless one evaluated later (or at the same instant) is already there; returns 0
     * then. Comparing evaluatedAt is sound here, unlike for status changes: every evaluation of a
     * qualification comes from validation-worker, which stamps it when it evaluates.
     */
    @SqlUpdate("""
            INSERT INTO evaluation (qualification_id, event_id, evaluated_at, checks)
            VALUES (:qualificationId, :eventId, :evaluatedAt, CAST(:checks AS jsonb))
            ON CONFLICT (qualification_id) DO UPDATE
                SET event_id = EXCLUDED.event_id, evaluated_at = EXCLUDED.evaluated_at, checks = EXCLUDED.checks
                WHERE evaluation.evaluated_at < EXCLUDED.evaluated_at""")
    int keepLatest(@BindMethods EvaluationRow row);

    @SqlQuery("""
            SELECT qualification_id, event_id, evaluated_at, checks::text AS checks
            FROM evaluation WHERE qualification_id = :id""")
    Optional<EvaluationRow> find(@Bind("id") UUID id);
}
