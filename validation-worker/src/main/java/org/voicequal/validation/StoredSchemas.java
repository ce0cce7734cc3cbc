package org.voicequal.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The writer schemas of everything validation-worker stores, kept in its own table. Case files are Avro
 * single-object encodings, which name their writer schema only by fingerprint: a case stored before a
 * compatible schema change would otherwise be unreadable after it. With the writer schema at hand, Avro
 * resolves the old bytes to the current classes (new fields take their defaults).
 */
final class StoredSchemas implements SchemaStore {

    private final Jdbi jdbi;
    private final Map<Long, Schema> known = new ConcurrentHashMap<>();
    /** Writer schemas whose row has committed: they need no insert again. Keyed by the generated class's schema. */
    private final Map<Schema, Long> stored = new ConcurrentHashMap<>();

    StoredSchemas(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Records {@code schema} as a writer schema inside the caller's transaction, until a transaction that wrote
     * it has committed: only then is it known to be stored (a flag set before the commit could outlive a
     * rolled-back transaction). Fingerprinting, printing and inserting the schema for every event was 1.8 % of the
     * drain's CPU samples (JFR, docs/performance.md).
     */
    void remember(Handle tx, Schema schema) {
        if (stored.containsKey(schema)) {
            return;
        }
        long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
        tx.createUpdate("INSERT INTO stored_schema (fingerprint, schema) VALUES (:f, :s) ON CONFLICT DO NOTHING")
                .bind("f", fingerprint).bind("s", schema.toString()).execute();
        tx.afterCommit(() -> stored.put(schema, fingerprint));
    }

    @Override
    public Schema findByFingerprint(long fingerprint) {
        return known.computeIfAbsent(fingerprint, f -> jdbi.withHandle(h ->
                h.createQuery("SELECT schema FROM stored_schema WHERE fingerprint = :f").bind("f", f)
                        .mapTo(String.class).findOne().map(s -> new Schema.Parser().parse(s)).orElse(null)));
    }
}
