package org.voicequal.review.task;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The review tasks. Claims and decisions are single conditional updates, so that of two reviewers acting at
 * once exactly one changes the row: PostgreSQL re-checks the condition on the row the first one committed.
 */
@RegisterConstructorMapper(ReviewTask.class)
public interface TaskDao {

    String COLUMNS = """
            qualification_id, account_id, kind, qualification_name, replaces_qualification_id, evaluated_at, due_at,
            due_provisional, checks::text AS checks, documents::text AS documents, claimed_by, claimed_at, decision,
            decision_reasons::text AS decision_reasons, comment, decided_by, decided_at, created_at,
            (SELECT count(*) FROM jsonb_array_elements(checks) c WHERE c->>'outcome' = 'UNVERIFIED') AS unverified_count,
            (SELECT count(*) FROM jsonb_array_elements(checks) c WHERE c->>'warning' = 'true') AS warning_count
            """;

    /** @return 0 when the qualification already has a task */
    @SqlUpdate("""
            INSERT INTO review_task (qualification_id, account_id, kind, qualification_name, replaces_qualification_id,
                                     evaluated_at, due_at, due_provisional, checks, documents, created_at)
            VALUES (:qualificationId, :accountId, :kind, :qualificationName, :replacesQualificationId, :evaluatedAt,
                    :dueAt, :dueProvisional, CAST(:checksJson AS jsonb), CAST(:documentsJson AS jsonb), :createdAt)
            ON CONFLICT (qualification_id) DO NOTHING""")
    int enqueue(@BindMethods NewTask task);

    @SqlQuery("SELECT " + COLUMNS + " FROM review_task WHERE qualification_id = :id")
    Optional<ReviewTask> find(@Bind("id") String qualificationId);

    /** Oldest deadline first; ties by id, which makes the order total and the cursor exact. */
    @SqlQuery("SELECT " + COLUMNS + """
             FROM review_task
            WHERE (decided_at IS NOT NULL) = :decided
              AND (CAST(:overdue AS BOOLEAN) IS NULL OR (decided_at IS NULL AND due_at < :now) = :overdue)
              AND (CAST(:claimed AS BOOLEAN) IS NULL OR (claimed_by IS NOT NULL) = :claimed)
              AND (CAST(:claimedBy AS TEXT) IS NULL OR claimed_by = :claimedBy)
              AND (CAST(:kind AS TEXT) IS NULL OR kind = :kind)
              AND (CAST(:afterDue AS TIMESTAMPTZ) IS NULL OR (due_at, qualification_id) > (:afterDue, :afterId))
            ORDER BY due_at, qualification_id
            LIMIT :limit""")
    List<ReviewTask> list(@BindMethods TaskQuery query, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE review_task SET claimed_by = :reviewer, claimed_at = :now
             WHERE qualification_id = :id AND claimed_by IS NULL AND decided_at IS NULL""")
    int claim(@Bind("id") String qualificationId, @Bind("reviewer") String reviewer, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE review_task SET claimed_by = NULL, claimed_at = NULL
             WHERE qualification_id = :id AND claimed_by = :reviewer AND decided_at IS NULL""")
    int release(@Bind("id") String qualificationId, @Bind("reviewer") String reviewer);

    /** Only the holder of the claim decides, and only once. */
    @SqlUpdate("""
            UPDATE review_task
               SET decision = :decision, decision_reasons = CAST(:reasons AS jsonb), comment = :comment,
                   decided_by = :reviewer, decided_at = :now
             WHERE qualification_id = :id AND claimed_by = :reviewer AND decided_at IS NULL""")
    int decide(@Bind("id") String qualificationId, @Bind("reviewer") String reviewer, @Bind("decision") String decision,
               @Bind("reasons") String reasonsJson, @Bind("comment") String comment, @Bind("now") Instant now);

    /** Open tasks whose deadline was computed past the calendar's known years. */
    @SqlQuery("SELECT qualification_id, evaluated_at FROM review_task WHERE due_provisional AND decided_at IS NULL")
    @RegisterConstructorMapper(ProvisionalDeadlines.Started.class)
    List<ProvisionalDeadlines.Started> provisional();

    @SqlUpdate("""
            UPDATE review_task SET due_at = :dueAt, due_provisional = :provisional
             WHERE qualification_id = :id AND due_provisional AND decided_at IS NULL""")
    int reschedule(@Bind("id") String qualificationId, @Bind("dueAt") Instant dueAt, @Bind("provisional") boolean provisional);
}
