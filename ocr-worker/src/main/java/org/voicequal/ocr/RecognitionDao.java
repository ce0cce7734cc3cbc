package org.voicequal.ocr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;
import org.voicequal.pipeline.Json;

/** Recognitions by image content and engine: ocr-worker's own table. */
@RegisterConstructorMapper(RecognitionDao.RecognitionRow.class)
public interface RecognitionDao {

    /** @param sealedFields JSON object of field name to sealed value */
    record RecognitionRow(String sha256, String engine, String outcome, String sealedText, String sealedFields,
                          String failure, long durationMillis) {

        static RecognitionRow of(RecognizedDocument d, String engine) {
            Map<String, String> fields = new LinkedHashMap<>();
            d.getFields().forEach(f -> fields.put(f.getName(), f.getSealedValue()));
            return new RecognitionRow(d.getSha256(), engine, d.getOutcome().name(), d.getSealedText(),
                    Json.write(fields), d.getFailure(), d.getDurationMillis());
        }

        RecognizedDocument toDocument(DocumentRef ref) {
            List<RecognizedField> fields = Json.readStringMap(sealedFields).entrySet().stream()
                    .map(f -> new RecognizedField(f.getKey(), f.getValue())).toList();
            return new RecognizedDocument(ref.getType(), sha256, RecognitionOutcome.valueOf(outcome), failure,
                    sealedText, fields, 0L);
        }
    }

    @SqlQuery("""
            SELECT sha256, engine, outcome, sealed_text, sealed_fields::text AS sealed_fields, failure, duration_millis
            FROM recognition WHERE sha256 = :sha256 AND engine = :engine""")
    Optional<RecognitionRow> find(@Bind("sha256") String sha256, @Bind("engine") String engine);

    @SqlUpdate("""
            INSERT INTO recognition (sha256, engine, outcome, sealed_text, sealed_fields, failure, duration_millis)
            VALUES (:sha256, :engine, :outcome, :sealedText, CAST(:sealedFields AS jsonb), :failure, :durationMillis)
            ON CONFLICT (sha256, engine) DO NOTHING""")
    void save(@BindMethods RecognitionRow row);
}
