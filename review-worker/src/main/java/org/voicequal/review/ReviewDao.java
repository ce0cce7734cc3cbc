package org.voicequal.review;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Routing decisions and the human review queue: review-worker's own tables. */
public interface ReviewDao {

    @SqlUpdate("""
            INSERT INTO review_decision (qualification_id, account_id, route, decision, reasons, decided_at)
            VALUES (:id, :accountId, :route, :decision, CAST(:reasons AS jsonb), :decidedAt)
            ON CONFLICT (qualification_id) DO NOTHING""")
    int decide(@Bind("id") String qualificationId, @Bind("accountId") String accountId, @Bind("route") String route,
               @Bind("decision") String decision, @Bind("reasons") String reasonsJson, @Bind("decidedAt") Instant decidedAt);

    /** @param checksJson the checks to settle, with their evidence ({@link TaskChecks}) */
    @SqlUpdate("""
            INSERT INTO review_task (qualification_id, due_at, checks) VALUES (:id, :dueAt, CAST(:checks AS jsonb))
            ON CONFLICT DO NOTHING""")
    void enqueue(@Bind("id") String qualificationId, @Bind("dueAt") Instant dueAt, @Bind("checks") String checksJson);
}
