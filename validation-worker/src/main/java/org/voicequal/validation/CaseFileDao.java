package org.voicequal.validation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Case files, one per qualification, and the 400 numbers they hold. The upserts take the row lock, so when the
 * two halves arrive at once on two consumer threads, the second waits for the first and then sees both: a case
 * is never left waiting.
 */
@RegisterConstructorMapper(CaseFileDao.Row.class)
@RegisterConstructorMapper(CaseFileDao.Holder.class)
interface CaseFileDao {

    record Row(String qualificationId, byte[] submission, byte[] recognition, Instant evaluatedAt) {
    }

    record Holder(String number, String qualificationId) {
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

    @SqlQuery("SELECT submission FROM case_file WHERE qualification_id = :id AND submission IS NOT NULL")
    Optional<byte[]> submission(@Bind("id") String qualificationId);

    @SqlUpdate("UPDATE case_file SET evaluated_at = now(), outcome = :outcome WHERE qualification_id = :id")
    void markEvaluated(@Bind("id") String qualificationId, @Bind("outcome") String outcome);

    @SqlBatch("""
            INSERT INTO held_number (number, qualification_id, received_at) VALUES (:number, :id, :receivedAt)
            ON CONFLICT DO NOTHING""")
    void hold(@Bind("number") List<String> numbers, @Bind("id") String qualificationId, @Bind("receivedAt") Instant receivedAt);

    /** Who else holds any of {@code numbers}: live holders other than the qualification itself and the one it renews. */
    @SqlQuery("""
            SELECT number, qualification_id FROM held_number
            WHERE number IN (<numbers>) AND released_at IS NULL
              AND qualification_id <> :id AND qualification_id <> COALESCE(:replaces, '')
            ORDER BY number, received_at""")
    List<Holder> holders(@BindList("numbers") List<String> numbers, @Bind("id") String qualificationId,
                         @Bind("replaces") String replaces);

    @SqlUpdate("UPDATE held_number SET released_at = :at WHERE qualification_id = :id AND released_at IS NULL")
    int release(@Bind("id") String qualificationId, @Bind("at") Instant at);
}
