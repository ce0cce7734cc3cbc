package org.voicequal.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voicequal.events.IntakeDocument;
import org.voicequal.events.IntakeResult;
import org.voicequal.events.SubmissionIntake;
import org.voicequal.ingest.IngestFixture;
import org.voicequal.ingest.submission.ImageDimensionsTest;
import org.voicequal.localinfra.Multipart;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kafka intake on the running service and a real broker: documents uploaded ahead over HTTP, a
 * {@code SubmissionIntake} record authenticated by its header, and an answer on the intake-result topic for every
 * record, good or bad; refused and unreadable records in the dead-letter topic without the key.
 */
@ExtendWith(IngestFixture.Shared.class)
class IntakeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static IngestFixture ingest;
    private static String application;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaConsumer<String, byte[]> results;
    private static KafkaConsumer<String, byte[]> deadLetters;
    private static final Map<String, IntakeResult> answers = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, ConsumerRecord<String, byte[]>> dead = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void connect(IngestFixture fixture) throws IOException {
        ingest = fixture;
        application = Files.readString(IngestFixture.APPLICATION);
        String bootstrap = ingest.bean(org.springframework.core.env.Environment.class).getProperty("spring.kafka.bootstrap-servers");
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "key.serializer", StringSerializer.class,
                "value.serializer", ByteArraySerializer.class));
        results = consumer(bootstrap, Topics.INTAKE_RESULT.name());
        deadLetters = consumer(bootstrap, Topics.INTAKE.deadLetterTopic());
    }

    @AfterAll
    static void close() {
        producer.close();
        results.close();
        deadLetters.close();
    }

    @Test
    void aGoodRecordIsAcceptedOnceAndARetryAnswersTheSameQualification() throws Exception {
        List<IntakeDocument> documents = upload(ingest.key("applicant"));
        String portalId = "portal-" + UUID.randomUUID();
        long before = qualifications();

        send(portalId, intake(portalId, application, documents), ingest.key("applicant"));
        IntakeResult accepted = answer(portalId);

        assertThat(accepted.getAccepted()).as(accepted.toString()).isTrue();
        assertThat(accepted.getAccountId()).isEqualTo(IngestFixture.ACCOUNT);
        String id = accepted.getQualificationId();
        HttpResponse<String> view = ingest.get("/v1/qualifications/" + id);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(view.body()).get("documents")).hasSize(8);
        assertThat(qualifications()).isEqualTo(before + 1);
        // each document is the uploaded image as recorded at upload (not read again), and the store verifies it
        List<String> uploadedIds = documents.stream().map(d -> d.getDocumentId().toString()).toList();
        List<Map<String, Object>> stored = ingest.jdbi().withHandle(h -> h.createQuery("""
                        SELECT type, blob_key, sha256, content_type, size_bytes FROM qualification_document
                        WHERE qualification_id = CAST(:id AS uuid) ORDER BY type""").bind("id", id).mapToMap().list());
        List<Map<String, Object>> uploaded = ingest.jdbi().withHandle(h -> h.createQuery("""
                        SELECT type, blob_key, sha256, content_type, size_bytes FROM uploaded_document
                        WHERE CAST(id AS text) IN (<ids>) ORDER BY type""").bindList("ids", uploadedIds).mapToMap().list());
        assertThat(stored).isEqualTo(uploaded);
        org.voicequal.pipeline.blob.BlobStore blobs = ingest.bean(org.voicequal.pipeline.blob.BlobStore.class);
        assertThat(stored).allSatisfy(row -> assertThat(org.voicequal.pipeline.blob.FileSystemBlobStore.sha256(
                blobs.get((String) row.get("blob_key")))).isEqualTo(row.get("sha256")));

        // the portal retries (a new record, the same submission): the same answer, nothing new
        answers.remove(portalId);
        send(portalId, intake(portalId, application, documents), ingest.key("applicant"));
        assertThat(answer(portalId).getQualificationId()).isEqualTo(id);
        assertThat(qualifications()).isEqualTo(before + 1);
    }

    @Test
    void aRecordBreakingAFieldRuleIsRefusedWithTheSameReasonsAsHttpAndDeadLetteredWithoutItsKey() throws Exception {
        List<IntakeDocument> documents = upload(ingest.key("applicant"));
        String portalId = "portal-" + UUID.randomUUID();
        String bad = application.replace("91330106MA27U4KB9J", "91330106MA27U4KB9X");
        long before = qualifications();

        send(portalId, intake(portalId, bad, documents), ingest.key("applicant"));
        IntakeResult refused = answer(portalId);

        assertThat(refused.getAccepted()).isFalse();
        assertThat(refused.getErrors()).extracting(e -> e.getField() + ":" + e.getCode()).contains("enterprise.creditCode:checksum");
        assertThat(refused.toString()).doesNotContain("91330106MA27U4KB9X");
        assertThat(qualifications()).isEqualTo(before);
        ConsumerRecord<String, byte[]> deadLetter = deadLetter(portalId);
        assertThat(deadLetter.headers().lastHeader(Intake.KEY_HEADER)).as("the key is never copied").isNull();
        assertThat(deadLetter.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
    }

    @Test
    void withoutAnApplicantsKeyOrWithAnotherAccountsDocumentsItIsRefused() throws Exception {
        List<IntakeDocument> documents = upload(ingest.key("applicant"));
        String anonymous = "portal-" + UUID.randomUUID();
        send(anonymous, intake(anonymous, application, documents), null);
        assertThat(answer(anonymous).getErrors()).extracting(e -> e.getField() + ":" + e.getCode())
                .containsExactly("x-api-key:unauthenticated");

        String auditor = "portal-" + UUID.randomUUID();
        send(auditor, intake(auditor, application, documents), ingest.key("auditor"));
        assertThat(answer(auditor).getAccepted()).isFalse();

        String foreign = "portal-" + UUID.randomUUID();
        send(foreign, intake(foreign, application, documents), ingest.key("other-applicant"));
        assertThat(answer(foreign).getErrors()).extracting(e -> e.getCode()).containsOnly("not-found").hasSize(8);
    }

    @Test
    void garbageOnTheIntakeTopicIsAnsweredAsUnreadableAndTheTopicKeepsFlowing() throws Exception {
        String garbage = "portal-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(Topics.INTAKE.name(), garbage, "not avro".getBytes(StandardCharsets.UTF_8))).get();
        assertThat(answer(garbage).getErrors()).extracting(e -> e.getField() + ":" + e.getCode())
                .containsExactly("record:unreadable");

        List<IntakeDocument> documents = upload(ingest.key("applicant"));
        String after = "portal-" + UUID.randomUUID();
        send(after, intake(after, application, documents), ingest.key("applicant"));
        assertThat(answer(after).getAccepted()).isTrue();
    }

    @Test
    void anUploadIsOneCheckedImageNamedByItsDocument() throws Exception {
        Multipart unknown = new Multipart().part("SELFIE", "x.png", "image/png",
                Files.readAllBytes(IngestFixture.DOCUMENTS.resolve("BUSINESS_LICENCE.png")));
        HttpResponse<String> refused = ingest.post("/v1/documents", unknown.contentType(), unknown.body());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("unknown-document");

        Multipart bomb = new Multipart().part("ADMIN_ID_FRONT", "x.png", "image/png", ImageDimensionsTest.png(40_000, 40_000));
        HttpResponse<String> bombRefused = ingest.post("/v1/documents", bomb.contentType(), bomb.body());
        assertThat(bombRefused.statusCode()).isEqualTo(400);
        assertThat(bombRefused.body()).contains("dimensions");

        Multipart auditor = new Multipart().part("BUSINESS_LICENCE", "x.png", "image/png",
                Files.readAllBytes(IngestFixture.DOCUMENTS.resolve("BUSINESS_LICENCE.png")));
        assertThat(ingest.post("/v1/documents", auditor.contentType(), auditor.body(), ingest.key("auditor"), Map.of())
                .statusCode()).isEqualTo(403);
    }

    private static List<IntakeDocument> upload(String key) throws IOException {
        List<IntakeDocument> documents = new ArrayList<>();
        try (var files = Files.list(IngestFixture.DOCUMENTS)) {
            for (Path file : files.sorted().toList()) {
                String type = file.getFileName().toString().replace(".png", "");
                Multipart part = new Multipart().part(type, type + ".png", "image/png", Files.readAllBytes(file));
                HttpResponse<String> uploaded = ingest.post("/v1/documents", part.contentType(), part.body(), key, Map.of());
                assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
                JsonNode body = JSON.readTree(uploaded.body());
                assertThat(body.get("type").asString()).isEqualTo(type);
                documents.add(new IntakeDocument(type, body.get("id").asString()));
            }
        }
        return documents;
    }

    private static SubmissionIntake intake(String portalId, String form, List<IntakeDocument> documents) {
        return SubmissionIntake.newBuilder().setEventId(UUID.randomUUID().toString()).setPortalSubmissionId(portalId)
                .setApplication(form).setDocuments(documents).setSentAt(Instant.now()).build();
    }

    private static void send(String portalId, SubmissionIntake intake, String key) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.INTAKE.name(), portalId,
                ingest.bean(AvroEventSerde.class).serialize(Topics.INTAKE, intake));
        if (key != null) {
            record.headers().add(Intake.KEY_HEADER, key.getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get();
    }

    private static IntakeResult answer(String portalId) {
        AvroEventSerde serde = ingest.bean(AvroEventSerde.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            synchronized (results) {
                for (ConsumerRecord<String, byte[]> r : results.poll(Duration.ofMillis(200))) {
                    answers.put(r.key(), serde.deserialize(Topics.INTAKE_RESULT, r.value()));
                }
            }
            return answers.containsKey(portalId);
        });
        return answers.get(portalId);
    }

    private static ConsumerRecord<String, byte[]> deadLetter(String portalId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (ConsumerRecord<String, byte[]> r : deadLetters.poll(Duration.ofMillis(200))) {
                dead.put(r.key(), r);
            }
            return dead.containsKey(portalId);
        });
        return dead.get(portalId);
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap, String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", "intake-it-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class, "value.deserializer", ByteArrayDeserializer.class));
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static long qualifications() {
        return ingest.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM qualification").mapTo(Long.class).one());
    }
}
