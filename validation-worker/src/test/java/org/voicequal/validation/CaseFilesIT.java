package org.voicequal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.message.BinaryMessageEncoder;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.Enterprise;
import org.voicequal.events.NumberApplication;
import org.voicequal.events.Person;
import org.voicequal.events.QualificationKind;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.localinfra.LocalPostgres;

/** Case-file storage on real PostgreSQL with the worker's own migrations. */
class CaseFilesIT {

    private static LocalPostgres postgres;
    private static Jdbi jdbi;

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start(Files.createTempDirectory("validation-pg"));
        Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())
                .schemas("validation").defaultSchema("validation")
                .locations("classpath:db/pipeline", "classpath:db/validation").load().migrate();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        dataSource.setCurrentSchema("validation");
        jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    private static SubmissionReceived submission(String id, Instant at, String... numbers) {
        return SubmissionReceived.newBuilder().setEventId("e-" + id).setQualificationId(id).setAccountId("acct")
                .setKind(numbers.length > 0 ? QualificationKind.NUMBER_400 : QualificationKind.ORDINARY)
                .setQualificationName("资质").setSubmittedAt(at)
                .setEnterprise(new Enterprise("BUSINESS_LICENCE", "杭州示例科技有限公司", "91330106MA27U4KB9J", null, null,
                        null, null, null, null, null))
                .setLegalRepresentative(new Person("sealed-name", "RESIDENT_ID", "sealed-id", null, null, null))
                .setDocuments(List.of())
                .setNumberApplication(numbers.length == 0 ? null : new NumberApplication("CT", List.of(numbers), true, null))
                .build();
    }

    private static DocumentsRecognized recognition(String id) {
        return DocumentsRecognized.newBuilder().setEventId("r-" + id).setQualificationId(id).setRecognizedAt(Instant.EPOCH)
                .setEngine("test").setDocuments(List.of()).build();
    }

    @Test
    void aCaseStoredWithAnOlderSchemaIsReadWithItAndResolvedToTheCurrentOne() throws Exception {
        // the schema of SubmissionReceived as it was before the 400 form's part was added
        Schema current = SubmissionReceived.getClassSchema();
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : current.getFields()) {
            if (!f.name().equals("numberApplication")) {
                fields.add(new Schema.Field(f, f.schema()));
            }
        }
        Schema older = Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
        SubmissionReceived now = submission("q-old-schema", Instant.parse("2026-06-01T02:00:00Z"));
        // the same submission as a writer of the older schema would have written it
        GenericRecord old = new GenericDatumReader<GenericRecord>(current, older)
                .read(null, DecoderFactory.get().binaryDecoder(rawBytes(now), null));
        ByteBuffer bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(old);
        byte[] stored = new byte[bytes.remaining()];
        bytes.get(stored);

        StoredSchemas schemas = new StoredSchemas(jdbi);
        CaseFiles cases = new CaseFiles(schemas);
        jdbi.useTransaction(tx -> {
            schemas.remember(tx, older);
            tx.attach(CaseFileDao.class).putSubmission("q-old-schema", stored);
            cases.putRecognition(tx, recognition("q-old-schema"));
        });

        // a fresh instance, as after a restart: nothing known in memory
        CaseFiles restarted = new CaseFiles(new StoredSchemas(jdbi));
        CaseFiles.Complete complete = jdbi.inTransaction(tx -> restarted.lockIfComplete(tx, "q-old-schema")).orElseThrow();
        assertThat(complete.submission().getEnterprise().getName()).isEqualTo("杭州示例科技有限公司");
        assertThat(complete.submission().getNumberApplication()).isNull();
        assertThat(complete.recognition().getQualificationId()).isEqualTo("q-old-schema");
    }

    @Test
    void aWriterSchemaIsWrittenUntilATransactionThatWroteItCommits() {
        Schema schema = Schema.createRecord("OnlyHere", null, "org.voicequal.test", false,
                List.of(new Schema.Field("x", Schema.create(Schema.Type.INT))));
        long fingerprint = org.apache.avro.SchemaNormalization.parsingFingerprint64(schema);
        StoredSchemas schemas = new StoredSchemas(jdbi);
        jdbi.useTransaction(tx -> {
            schemas.remember(tx, schema);
            tx.rollback();
        });
        assertThat(rows(fingerprint)).as("rolled back").isZero();
        jdbi.useTransaction(tx -> schemas.remember(tx, schema));
        assertThat(rows(fingerprint)).as("written again after the rollback, and committed").isOne();
        assertThat(new StoredSchemas(jdbi).findByFingerprint(fingerprint)).isEqualTo(schema);

        // once committed it is known: an operator's deletion of the row is not repaired by this process
        jdbi.useHandle(h -> h.execute("DELETE FROM stored_schema WHERE fingerprint = ?", fingerprint));
        jdbi.useTransaction(tx -> schemas.remember(tx, schema));
        assertThat(rows(fingerprint)).as("not written again").isZero();
        // a restarted process writes it again
        jdbi.useTransaction(tx -> new StoredSchemas(jdbi).remember(tx, schema));
        assertThat(rows(fingerprint)).isOne();
    }

    private static int rows(long fingerprint) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM stored_schema WHERE fingerprint = :f")
                .bind("f", fingerprint).mapTo(Integer.class).one());
    }

    private static byte[] rawBytes(SubmissionReceived record) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.apache.avro.io.BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<SubmissionReceived>(SubmissionReceived.class).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static Map<String, String> evaluate(CaseFiles cases, SubmissionReceived submission) {
        return jdbi.inTransaction(tx -> {
            cases.putSubmission(tx, submission);
            Map<String, String> held = cases.numbersHeldElsewhere(tx, submission);
            cases.hold(tx, submission, held);
            return held;
        });
    }

    private static Map<String, String> heldElsewhere(CaseFiles cases, SubmissionReceived submission) {
        return jdbi.inTransaction(tx -> cases.numbersHeldElsewhere(tx, submission));
    }

    @Test
    void aNumberIsHeldByTheFirstLiveQualificationToAskUntilItIsReleased() {
        CaseFiles cases = new CaseFiles(new StoredSchemas(jdbi));
        Instant t = Instant.parse("2026-11-01T02:00:00Z");
        SubmissionReceived first = submission("q-first", t, "4001234567", "4001111111");
        SubmissionReceived second = submission("q-second", t.plusSeconds(60), "4001234567", "4002222222");
        SubmissionReceived renewal = SubmissionReceived.newBuilder(submission("q-renewal", t.plusSeconds(120), "4001234567"))
                .setReplacesQualificationId("q-first").build();
        // each evaluated in turn, as the Evaluator does: look who holds, then hold what is free
        Map<String, String> firstSaw = evaluate(cases, first);
        Map<String, String> secondSaw = evaluate(cases, second);
        Map<String, String> renewalSaw = evaluate(cases, renewal);
        assertThat(firstSaw).as("first come").isEmpty();
        assertThat(secondSaw).isEqualTo(Map.of("4001234567", "q-first"));
        assertThat(renewalSaw).as("the qualification a renewal replaces passes its numbers on, and the refused second"
                + " never took the number").isEmpty();
        assertThat(heldElsewhere(cases, second)).as("the renewal holds it now too")
                .isEqualTo(Map.of("4001234567", "q-first"));

        jdbi.useTransaction(tx -> cases.releaseNumbers(tx, "q-first", t.plusSeconds(300)));
        jdbi.useTransaction(tx -> cases.releaseNumbers(tx, "q-renewal", t.plusSeconds(300)));
        assertThat(heldElsewhere(cases, second)).as("released by rejection or replacement").isEmpty();
    }
}
