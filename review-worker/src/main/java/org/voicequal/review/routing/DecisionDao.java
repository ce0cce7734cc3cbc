package org.voicequal.review.routing;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The routing decision of each qualification: review-worker's record of how it was routed and why. */
public interface DecisionDao {

    /**
     * @param checksJson the rule results the decision rests on ({@link Routing#drivers()})
     * @return 0 when the qualification was routed before: a re-evaluation does not route it twice
     */
    @SqlUpdate("""
            INSERT INTO review_decision (qualification_id, account_id, route, decision, reasons, checks, decided_at)
            VALUES (:id, :accountId, :route, :decision, CAST(:reasons AS jsonb), CAST(:checks AS jsonb), :decidedAt)
            ON CONFLICT (qualification_id) DO NOTHING""")
    int record(@Bind("id") String qualificationId, @Bind("accountId") String accountId, @Bind("route") String route,
               @Bind("decision") String decision, @Bind("reasons") String reasonsJson, @Bind("checks") String checksJson,
               @Bind("decidedAt") Instant decidedAt);
}
