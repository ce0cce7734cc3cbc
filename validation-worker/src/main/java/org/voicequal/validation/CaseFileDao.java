package org.voicequal.validation;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Case files, one per qualification. The upserts take the row lock, so when the two halves arrive at once on
 * two consumer threads, the second waits for the first and then sees both: a case is never left waiting.
 */
@RegisterConstructorMapper(CaseFileDao.Row.class)
public interface CaseFileDao {

    record Row(String qualificationId, byte[] submission, byte[] recognition, java.time.Instant evaluatedAt) {
    }

    @SqlUpdate("""
            INSERT INTO case_file (qualification_id, submission) VALUES (:id, :submission)
            ON CONFLICT (qualification_id) DO UPDATE SET submission = EXCLUDED.submission""")
    void putSubmission(@Bind("id") String qualificationId, @Bind("submission") byte[] submission);

    @SqlUpdate("""
            INSERT INTO case_file (qualification_id, recognition) VALUES (:id, :recognition)
            ON CONFLICT (qualification_id) DO UPDATE SET recognition = EXCLUDED.recognition""")
    void putRecognition(@Bind("id") String qualificationId, @Bind("recognition") byte[] recognition);

    @SqlQuery("SELECT qualification_id, submission, recognition, evaluated_at FROM case_file WHERE qualification_id = :id FOR UPDATE")
    Optional<Row> lock(@Bind("id") String qualificationId);

    @SqlUpdate("UPDATE case_file SET evaluated_at = now(), outcome = :outcome WHERE qualification_id = :id")
    void markEvaluated(@Bind("id") String qualificationId, @Bind("outcome") String outcome);
}
