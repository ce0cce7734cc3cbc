package org.voicequal.expiry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.ds.PGSimpleDataSource;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.DocumentType;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.Enterprise;
import org.voicequal.events.Person;
import org.voicequal.events.QualificationKind;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.ReadAgreement;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.localinfra.ApicurioRegistry;
import org.voicequal.localinfra.LocalPostgres;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Fields;
import org.voicequal.schemas.StatusChanges;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import org.voicequal.schemas.registry.SchemaRegistryClient;

/**
 * Real PostgreSQL with the worker's real migrations (a fresh schema per test) and a real registry behind the
 * outbox's serde; plus the events the worker reads, built the way their producers build them.
 */
final class ExpiryFixture implements AutoCloseable {

    static final PersonalDataCipher CIPHER = PersonalDataCipher.fromBase64(
            java.util.Base64.getEncoder().encodeToString(new byte[32]));
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    final LocalPostgres postgres;
    final ApicurioRegistry registry;
    final AvroEventSerde serde;

    ExpiryFixture() throws Exception {
        Path work = Files.createTempDirectory("expiry-it");
        postgres = LocalPostgres.start(null);
        registry = ApicurioRegistry.start(null, work.resolve("registry.log"));
        serde = new AvroEventSerde(new SchemaRegistryClient(registry.confluentCompatibleUrl()), true);
    }

    /** A database schema of its own, migrated as production migrates it. */
    Jdbi freshSchema() {
        String schema = "expiry_" + SCHEMAS.incrementAndGet();
        Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())
                .schemas(schema).defaultSchema(schema).locations("classpath:db/pipeline", "classpath:db/expiry")
                .load().migrate();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        dataSource.setCurrentSchema(schema);
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
    }

    Outbox outbox() {
        return new Outbox(serde);
    }

    /** The status changes waiting in the outbox, oldest first; taken out, as the relay would. */
    List<QualificationStatusChanged> published(Jdbi jdbi) {
        return jdbi.inTransaction(tx -> {
            List<byte[]> payloads = tx.createQuery("SELECT payload FROM outbox WHERE topic = :topic ORDER BY id")
                    .bind("topic", Topics.STATUS_CHANGED.name()).mapTo(byte[].class).list();
            tx.execute("DELETE FROM outbox");
            return payloads.stream().map(p -> serde.deserialize(Topics.STATUS_CHANGED, p)).toList();
        });
    }

    static SubmissionReceived submission(String id, String account, LocalDate licenceEnd, LocalDate idEnd,
            String replaces) {
        return SubmissionReceived.newBuilder().setEventId("s-" + id).setQualificationId(id).setAccountId(account)
                .setKind(QualificationKind.values()[0]).setQualificationName("示例資質").setSubmittedAt(Instant.EPOCH)
                .setEnterprise(Enterprise.newBuilder().setCertificateType("BUSINESS_LICENCE").setName("sealed")
                        .setTermEnd(licenceEnd).build())
                .setLegalRepresentative(Person.newBuilder().setSealedName("sealed").setIdType("RESIDENT_ID")
                        .setSealedIdNumber("sealed").setIdValidTo(idEnd).build())
                .setDocuments(List.<DocumentRef>of()).setReplacesQualificationId(replaces).build();
    }

    /** Recognition of the licence's term end, confirmed or not. */
    static DocumentsRecognized recognized(String id, String termTo, boolean confirmed) {
        RecognizedField field = RecognizedField.newBuilder().setName(Fields.TERM_TO).setSealedValue(CIPHER.seal(termTo))
                .setConfidence(0.99).setAgreement(ReadAgreement.BOTH_AGREE).setConfirmed(confirmed).build();
        return DocumentsRecognized.newBuilder().setEventId("r-" + id).setQualificationId(id).setRecognizedAt(Instant.EPOCH)
                .setEngine("test").setDocuments(List.of(RecognizedDocument.newBuilder().setType(DocumentType.BUSINESS_LICENCE)
                        .setSha256("00").setOutcome(RecognitionOutcome.READ).setFields(List.of(field))
                        .setDurationMillis(1).build())).build();
    }

    static QualificationStatusChanged status(String id, String account, QualificationStatus status) {
        return StatusChanges.of("review-worker", id, account, QualificationStatus.UNDER_REVIEW, status).at(Instant.EPOCH);
    }

    @Override
    public void close() {
        registry.close();
        postgres.close();
    }
}
