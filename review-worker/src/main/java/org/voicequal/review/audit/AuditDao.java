package org.voicequal.review.audit;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The reviewers' audit trail: insert only. */
public interface AuditDao {

    @SqlUpdate("""
            INSERT INTO review_audit (reviewer, action, qualification_id, outcome, detail, at)
            VALUES (:reviewer, :action, :qualificationId, :outcome, CAST(:detail AS jsonb), :at)""")
    void record(@Bind("reviewer") String reviewer, @Bind("action") String action,
                @Bind("qualificationId") String qualificationId, @Bind("outcome") String outcome,
                @Bind("detail") String detailJson, @Bind("at") Instant at);
}
