package org.voicequal.local;

import org.voicequal.localinfra.Multipart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.ReviewDecided;
import org.voicequal.events.ReviewDecision;
import org.voicequal.events.SubmissionEvaluated;
import org.voicequal.localinfra.FreePort;
import org.voicequal.localinfra.LocalMail;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import org.voicequal.schemas.registry.SchemaRegistryClient;

/**
 * The whole pipeline, end to end, on real parts: the KRaft broker, Apicurio Registry, PostgreSQL, GreenMail,
 * Tesseract, and every worker as it runs in the local default.
 */
class LocalPipelineIT {

    private static final ObjectMapper JSON = PipelineClient.JSON;
    private static final Path SAMPLES = Path.of("..", "samples");

    private static LocalPipeline pipeline;
    private static String application;
    private static Map<String, byte[]> documents;
    private static String legalRepId;
    private static String legalRepName;

    @BeforeAll
    static void start() throws Exception {
        pipeline = LocalPipeline.start(Files.createTempDirectory("pipeline-it"), FreePort.pick(), FreePort.pick(),
                Samples.settings());
        application = Samples.application(Samples.CLEAN);
        documents = Multipart.sampleDocuments(Samples.CLEAN);
        legalRepId = Samples.value(application, "/legalRepresentative/idNumber");
        legalRepName = Samples.value(application, "/legalRepresentative/name");
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    @Test
    void theSampleIsApprovedAutomaticallyAndItsOwnerIsEmailed() throws Exception {
        // Given the bundled sample, whose images OCR reads and whose every rule passes
        String email = "approved-" + UUID.randomUUID() + "@example.com";

        // When a portal submits it
        HttpResponse<String> accepted = submit(application.replace("owner@example.com", email));

        // Then it is accepted for review, and reaches APPROVED through every worker
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(accepted.body());
        String id = body.get("id").asText();
        assertThat(body.get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(accepted.headers().firstValue("Location")).hasValue("/v1/qualifications/" + id);

        JsonNode qualification = awaitStatus(id, "APPROVED");
        assertThat(qualification.get("history")).extracting(h -> h.get("status").asText())
                .containsExactly("UNDER_REVIEW", "APPROVED");
        assertThat(qualification.get("history").get(1).get("source").asText()).isEqualTo("review-worker");
        // masked by default
        assertThat(qualification.toString()).doesNotContain(legalRepId).doesNotContain(legalRepName)
                .contains(legalRepName.substring(0, 1) + "*");

        // and the owner gets one email
        MimeMessage message = awaitEmail(email);
        assertThat(message.getSubject()).contains("審核通過").contains("approved");
        assertThat(LocalMail.text(message)).contains(id);

        // and downstream systems see both changes as public events without personal data in clear
        List<ConsumerRecord<String, byte[]>> events = records(Topics.STATUS_CHANGED.name(), id, 2);
        AvroEventSerde serde = new AvroEventSerde(new SchemaRegistryClient(pipeline.registryUrl()), false);
        assertThat(events).extracting(r -> serde.deserialize(Topics.STATUS_CHANGED, r.value()).getStatus())
                .containsExactly(QualificationStatus.UNDER_REVIEW, QualificationStatus.APPROVED);
        for (ConsumerRecord<String, byte[]> event : events) {
            String raw = new String(event.value(), StandardCharsets.UTF_8);
            assertThat(raw).doesNotContain(legalRepId).doesNotContain(legalRepName).doesNotContain(email);
        }
    }

    @Test
    void anApplicationWhoseLicenceReadIsUnsureGoesToAPersonWithTheEvidence() throws Exception {
        // Given an application whose licence is a poor phone photo
        Path unsure = SAMPLES.resolve("applications").resolve("unsure-read");
        String json = Files.readString(unsure.resolve("application.json"));

        // When it is submitted
        String id = JSON.readTree(PipelineClient.submit(pipeline, json, Multipart.sampleDocuments(unsure)).body())
                .get("id").asText();

        // Then it waits for a person, and the evaluation says why, with what OCR did or did not read
        AvroEventSerde serde = new AvroEventSerde(new SchemaRegistryClient(pipeline.registryUrl()), false);
        ReviewDecided decided = serde.deserialize(Topics.REVIEW_DECIDED, records(Topics.REVIEW_DECIDED.name(), id, 1).get(0).value());
        assertThat(decided.getDecision()).isEqualTo(ReviewDecision.PENDING_HUMAN_REVIEW);
        assertThat(decided.getReasons()).extracting(r -> r.getCode()).contains("CREDIT_CODE_MATCHES");
        SubmissionEvaluated evaluated = serde.deserialize(Topics.SUBMISSION_EVALUATED,
                records(Topics.SUBMISSION_EVALUATED.name(), id, 1).get(0).value());
        CheckResult creditCode = evaluated.getChecks().stream()
                .filter(c -> c.getRule().equals("CREDIT_CODE_MATCHES") && c.getFields().contains("enterprise.creditCode"))
                .findFirst().orElseThrow();
        assertThat(creditCode.getOutcome()).isEqualTo(CheckOutcome.UNVERIFIED);
        assertThat(creditCode.getEvidence()).singleElement().satisfies(e -> {
            assertThat(e.getDocument()).isEqualTo(DocumentType.BUSINESS_LICENCE);
            assertThat(e.getConfirmed()).isFalse();
            assertThat(e.getSealedRead() != null || e.getNote() != null).as("a read or the reason there is none").isTrue();
        });
        // and the applicant's view says why it waits: a second UNDER_REVIEW entry with the rules a person must settle
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode history = awaitStatus(id, "UNDER_REVIEW").get("history");
            assertThat(history).hasSize(2);
            assertThat(history.get(1).get("reasons").findValuesAsText("code")).contains("CREDIT_CODE_MATCHES");
        });
    }

    @Test
    void anExpiredIdCardIsRejectedWithItsReason() throws Exception {
        String email = "rejected-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> accepted = submit(Samples.with(Samples.with(application.replace("owner@example.com", email),
                "/legalRepresentative/idValidFrom", "2000-03-01"), "/legalRepresentative/idValidTo", "2020-03-01"));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = JSON.readTree(accepted.body()).get("id").asText();

        JsonNode qualification = awaitStatus(id, "REJECTED");
        JsonNode reasons = qualification.get("history").get(1).get("reasons");
        // expired as typed, and typed otherwise than the card reads
        assertThat(reasons.findValuesAsText("code")).contains("DOCUMENTS_VALID").containsOnly("DOCUMENTS_VALID",
                "ID_VALIDITY_MATCHES");
        assertThat(reasons.findValuesAsText("messageZh")).anySatisfy(m -> assertThat(m).contains("法人身份證已過期"));
        assertThat(awaitEmail(email).getSubject()).contains("審核不通過");
    }

    @Test
    void aFourHundredNumberApplicationIsEvaluatedByItsOwnRulesAndReachesItsOutcome() throws Exception {
        Path set = Path.of("..", "samples", "applications-400", "clean-three-in-one");
        HttpResponse<String> accepted = PipelineClient.submit(pipeline, Files.readString(set.resolve("application.json")),
                Multipart.sampleDocuments(set));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = JSON.readTree(accepted.body()).get("id").asText();

        // every worker took part: evaluated by the 400 form's rules, then decided or queued with its reasons
        JsonNode[] evaluation = new JsonNode[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    pipeline.ingestUrl() + "/v1/qualifications/" + id + "/evaluation"))
                    .header("X-Api-Key", pipeline.applicantKey()).build(), HttpResponse.BodyHandlers.ofString());
            evaluation[0] = JSON.readTree(response.body());
            assertThat(evaluation[0].get("status").asText()).isEqualTo("EVALUATED");
        });
        Map<String, String> outcomes = new java.util.HashMap<>();
        evaluation[0].get("checks").forEach(c -> outcomes.put(c.get("rule").asText(), c.get("outcome").asText()));
        assertThat(outcomes).containsEntry("NUMBERS_WITHIN_LIMIT", "PASS").containsEntry("NUMBERS_NOT_HELD", "PASS")
                .containsEntry("THREE_IN_ONE_DOCUMENTS", "PASS").containsEntry("CREDIT_CODE_CHECKSUM", "PASS")
                .doesNotContainKeys("LETTER_DATES");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode view = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    pipeline.ingestUrl() + "/v1/qualifications/" + id)).header("X-Api-Key", pipeline.applicantKey())
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(view.get("history").size()).as("decided, or queued for a person with why").isGreaterThanOrEqualTo(2);
            assertThat(view.get("kind").asText()).isEqualTo("NUMBER_400");
        });
    }

    @Test
    void anInvalidSubmissionIsRefusedFieldByField() throws Exception {
        String code = Samples.value(application, "/enterprise/creditCode");
        String wrongCode = code.substring(0, 17) + (code.endsWith("0") ? "1" : "0");
        String bad = Samples.with(Samples.with(application, "/enterprise/creditCode", wrongCode), "/authorizationConsent", false);
        Multipart form = new Multipart().json("application", bad);
        documents.forEach((name, bytes) -> {
            if (!name.equals("LEGAL_REP_ID_FRONT")) {
                form.part(name, name + ".png", "image/png", name.equals("COMMITMENT_LETTER") ? "not an image".getBytes() : bytes);
            }
        });
        HttpResponse<String> refused = form.post(pipeline.ingestUrl() + "/v1/qualifications", pipeline.applicantKey());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText() + ":" + e.get("code").asText())
                .containsExactlyInAnyOrder("enterprise.creditCode:checksum", "authorizationConsent:required", "LEGAL_REP_ID_FRONT:required", "COMMITMENT_LETTER:format");
        assertThat(refused.body()).doesNotContain(wrongCode);

        HttpResponse<String> notMultipart = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(pipeline.ingestUrl() + "/v1/qualifications")).header("Content-Type", "application/json")
                .header("X-Api-Key", pipeline.applicantKey())
                .POST(HttpRequest.BodyPublishers.ofString(application)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notMultipart.statusCode()).isEqualTo(415);
        assertThat(notMultipart.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheWorkersKeepFlowing() throws Exception {
        // Given garbage on every partition of the intake topic
        byte[] poison = "definitely not avro".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int p = 0; p < Topics.SUBMISSION_RECEIVED.partitions(); p++) {
                producer.send(new ProducerRecord<>(Topics.SUBMISSION_RECEIVED.name(), p, "poison-" + p, poison)).get();
            }
        }

        // When a good submission follows it
        String id = JSON.readTree(submit(application).body()).get("id").asText();

        // Then the good one still completes, and the garbage sits in the dead-letter topic with its cause
        awaitStatus(id, "APPROVED");
        List<ConsumerRecord<String, byte[]>> dead = records(Topics.SUBMISSION_RECEIVED.deadLetterTopic(), "poison-0", 1);
        assertThat(dead.get(0).value()).isEqualTo(poison);
        assertThat(new String(dead.get(0).headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8))
                .contains("magic byte");
    }

    @Test
    void garbageAndUnknownSchemaIdsOnEveryInputTopicAreDeadLetteredWithTheirCause() throws Exception {
        // Given, on every topic some worker consumes, a record that is no Avro at all and one framed for a
        // schema id the registry never issued
        java.util.Set<String> consumed = consumedTopics();
        assertThat(consumed).contains(Topics.SUBMISSION_RECEIVED.name(), Topics.STATUS_CHANGED.name(),
                Topics.INTAKE.name(), Topics.API_KEYS.name());
        byte[] unknownSchema = {0, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xf0, 2, 'x'};
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (String topic : consumed) {
                producer.send(new ProducerRecord<>(topic, 0, "garbage-" + topic, "not avro".getBytes(StandardCharsets.UTF_8))).get();
                producer.send(new ProducerRecord<>(topic, 0, "unknown-schema-" + topic, unknownSchema)).get();
            }
        }

        // Then each lands in the topic's dead-letter topic, byte for byte, with the cause in its headers
        for (String topic : consumed) {
            for (String key : List.of("garbage-" + topic, "unknown-schema-" + topic)) {
                ConsumerRecord<String, byte[]> dead = records(topic + "-dlt", key, 1).get(0);
                assertThat(dead.headers().lastHeader("kafka_dlt-exception-fqcn")).as(key).isNotNull();
                assertThat(dead.headers().lastHeader("kafka_dlt-original-topic").value())
                        .isEqualTo(topic.getBytes(StandardCharsets.UTF_8));
            }
        }
        // and the partitions behind them keep flowing
        awaitStatus(JSON.readTree(submit(application).body()).get("id").asText(), "APPROVED");
    }

    @Test
    void validAvroBreakingTheContractOnEveryInputTopicIsDeadLetteredAtOnceWithItsCause() throws Exception {
        // Given, on every consumed topic, records the registry and Avro accept but the contract does not: a
        // registered event of another type, and the topic's own type with a blank eventId, an id that is no UUID,
        // an instant no event can carry, or an enum symbol this consumer does not know
        SchemaRegistryClient registry = new SchemaRegistryClient(pipeline.registryUrl());
        AvroEventSerde serde = new AvroEventSerde(registry, true);
        byte[] otherType = serde.serialize(Topics.REVIEW_DECIDED, ReviewDecided.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setQualificationId(UUID.randomUUID().toString())
                .setDecidedAt(java.time.Instant.now()).setRoute(org.voicequal.events.ReviewRoute.AUTOMATIC)
                .setDecision(ReviewDecision.APPROVED).build());
        Map<String, Map<String, Breach>> breaches = new java.util.TreeMap<>();
        for (String name : consumedTopics()) {
            org.apache.avro.Schema schema = Topics.byName(name).orElseThrow().valueSchema();
            int id = registry.register(name + "-value", schema);
            Map<String, Breach> byKey = new java.util.LinkedHashMap<>();
            byKey.put("other-type-" + name, new Breach(otherType, SERIALIZATION,
                    "is org.voicequal.events.ReviewDecided, not " + schema.getFullName()));
            byKey.put("blank-event-id-" + name, new Breach(ContractBreaches.encode(id, ContractBreaches.valid(schema, r -> r.put("eventId", " "))),
                    POISON, schema.getName() + " has no eventId"));
            for (String field : List.of("qualificationId", "requestId")) {
                if (schema.getField(field) != null) {
                    byKey.put("not-a-uuid-" + name, new Breach(ContractBreaches.encode(id, ContractBreaches.valid(schema,
                            r -> r.put(field, "q-42"))), POISON, schema.getName() + "." + field + " is not a UUID"));
                }
            }
            for (String instant : ContractBreaches.firstInstantField(schema).stream().toList()) {
                byKey.put("impossible-instant-" + name, new Breach(ContractBreaches.encode(id, ContractBreaches.valid(schema,
                        r -> r.put(instant, Long.MAX_VALUE / 2))), POISON, schema.getName() + "." + instant + " is an instant outside"));
            }
            ContractBreaches.unknownSymbol(registry, name, schema).ifPresent(unknown -> byKey.put("unknown-symbol-" + name,
                    new Breach(unknown.value(), unknown.decodes() ? POISON : SERIALIZATION, unknown.cause())));
            breaches.put(name, byKey);
        }
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (var topic : breaches.entrySet()) {
                for (var breach : topic.getValue().entrySet()) {
                    producer.send(new ProducerRecord<>(topic.getKey(), 0, breach.getKey(), breach.getValue().value())).get();
                }
                // the last on the partition: once it is dead-lettered, every record before it was dealt with
                producer.send(new ProducerRecord<>(topic.getKey(), 0, "last-" + topic.getKey(), "not avro".getBytes(StandardCharsets.UTF_8))).get();
            }
        }

        // Then every consumer group of the topic dead-letters each, byte for byte, as poison (never retried) with a
        // cause that says why, and goes on to the last record of the partition
        Map<String, java.util.Set<String>> groups = consumerGroups();
        for (var topic : breaches.entrySet()) {
            java.util.Set<String> expected = groups.get(topic.getKey());
            records(topic.getKey() + "-dlt", "last-" + topic.getKey(), expected.size());
            List<ConsumerRecord<String, byte[]>> dead = allRecords(topic.getKey() + "-dlt");
            for (var breach : topic.getValue().entrySet()) {
                List<ConsumerRecord<String, byte[]>> letters = dead.stream().filter(r -> breach.getKey().equals(r.key())).toList();
                assertThat(letters).as(breach.getKey()).extracting(r -> header(r, "kafka_dlt-original-consumer-group"))
                        .containsExactlyInAnyOrderElementsOf(expected);
                for (ConsumerRecord<String, byte[]> letter : letters) {
                    assertThat(letter.value()).as(breach.getKey()).isEqualTo(breach.getValue().value());
                    assertThat(header(letter, "kafka_dlt-exception-cause-fqcn")).as(breach.getKey()).isEqualTo(breach.getValue().fqcn());
                    assertThat(header(letter, "kafka_dlt-exception-message")).as(breach.getKey()).contains(breach.getValue().cause());
                }
            }
        }
        // and the pipeline keeps flowing
        awaitStatus(JSON.readTree(submit(application).body()).get("id").asText(), "APPROVED");
    }

    @Test
    void oversizedRecordsOnEveryInputTopicAreDeadLetteredCutShortAndThePartitionsGoOn() throws Exception {
        // Given, on every consumed topic, a record just under the producer's 1 MiB, whose dead-letter copy (with the
        // cause in its headers) no longer fits, and a compressed one of 3 MB, above what any worker accepts
        java.util.Set<String> consumed = consumedTopics();
        byte[] nearLimit = new byte[1_048_000];
        new java.util.Random(7).nextBytes(nearLimit);
        nearLimit[0] = 'x'; // no magic byte: undecodable
        byte[] huge = new byte[3_000_000];
        huge[0] = 0; // the frame of a schema id, then zeros: compresses to almost nothing
        Properties compressing = new Properties();
        compressing.put("compression.type", "gzip");
        compressing.put("max.request.size", "4000000");
        try (KafkaProducer<String, byte[]> plain = producer(); KafkaProducer<String, byte[]> gzip = producer(compressing)) {
            for (String topic : consumed) {
                plain.send(new ProducerRecord<>(topic, 0, "near-limit-" + topic, nearLimit)).get();
                gzip.send(new ProducerRecord<>(topic, 0, "huge-" + topic, huge)).get();
                plain.send(new ProducerRecord<>(topic, 0, "after-" + topic, "not avro".getBytes(StandardCharsets.UTF_8))).get();
            }
        }

        // Then every consumer group of the topic dead-letters each as a copy cut to its first bytes that says what
        // was cut and why, and the small record behind them too: its partition went on
        Map<String, java.util.Set<String>> groups = consumerGroups();
        for (String topic : consumed) {
            int copies = groups.get(topic).size();
            records(topic + "-dlt", "after-" + topic, copies);
            Map<String, byte[]> originals = Map.of("near-limit-" + topic, nearLimit, "huge-" + topic, huge);
            for (var original : originals.entrySet()) {
                List<ConsumerRecord<String, byte[]>> cuts = records(topic + "-dlt", original.getKey(), copies);
                assertThat(cuts).extracting(r -> header(r, "kafka_dlt-original-consumer-group"))
                        .containsExactlyInAnyOrderElementsOf(groups.get(topic));
                for (ConsumerRecord<String, byte[]> cut : cuts) {
                    assertThat(cut.value()).as(original.getKey()).isEqualTo(java.util.Arrays.copyOf(original.getValue(), 1024));
                    assertThat(header(cut, "kafka_dlt-original-value-bytes")).as(original.getKey())
                            .isEqualTo(Integer.toString(original.getValue().length));
                    assertThat(header(cut, "kafka_dlt-truncated")).as(original.getKey())
                            .contains("of " + original.getValue().length + " bytes").contains("RecordTooLargeException");
                    assertThat(header(cut, "kafka_dlt-exception-cause-fqcn")).isEqualTo(SERIALIZATION);
                    assertThat(header(cut, "kafka_dlt-original-topic")).isEqualTo(topic);
                }
            }
            assertThat(header(records(topic + "-dlt", "huge-" + topic, 1).get(0), "kafka_dlt-exception-message"))
                    .contains("a value of 3000000 bytes, above the 1048576 a consumer accepts");
        }
        awaitStatus(JSON.readTree(submit(application).body()).get("id").asText(), "APPROVED");
    }

    private static final String POISON = org.voicequal.pipeline.consume.PoisonEventException.class.getName();
    private static final String SERIALIZATION = org.apache.kafka.common.errors.SerializationException.class.getName();

    /** A record breaking the contract, the class of the cause it must be dead-lettered with, and what its message says. */
    private record Breach(byte[] value, String fqcn, String cause) {
    }

    private static String header(ConsumerRecord<?, ?> record, String key) {
        var header = record.headers().lastHeader(key);
        assertThat(header).as(key + " on " + record.key()).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every topic some worker of the pipeline consumes. */
    private static java.util.Set<String> consumedTopics() {
        return new java.util.TreeSet<>(consumerGroups().keySet());
    }

    /** The consumer groups of every consumed topic. */
    private static Map<String, java.util.Set<String>> consumerGroups() {
        Map<String, java.util.Set<String>> groups = new java.util.TreeMap<>();
        for (var worker : pipeline.workers()) {
            for (var subscription : worker.getBeansOfType(org.voicequal.pipeline.consume.EventSubscription.class).values()) {
                groups.computeIfAbsent(subscription.topic().name(), t -> new java.util.TreeSet<>()).add(subscription.group());
            }
        }
        return groups;
    }

    @Test
    void aRedeliveredSubmissionIsRecognisedOnceAndNotifiedOnce() throws Exception {
        String email = "twice-" + UUID.randomUUID() + "@example.com";
        String id = JSON.readTree(submit(application.replace("owner@example.com", email)).body()).get("id").asText();
        awaitStatus(id, "APPROVED");
        awaitEmail(email);

        // When the submission event is delivered again, byte for byte (as after a relay crash)
        ConsumerRecord<String, byte[]> original = records(Topics.SUBMISSION_RECEIVED.name(), id, 1).get(0);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(original.topic(), original.key(), original.value())).get();
        }
        assertThat(records(Topics.SUBMISSION_RECEIVED.name(), id, 2)).hasSize(2);
        awaitConsumed("ocr-worker", Topics.SUBMISSION_RECEIVED.name());

        // Then OCR recognised it once, it was decided once, and the owner was emailed once
        assertThat(records(Topics.DOCUMENTS_RECOGNIZED.name(), id, 1)).hasSize(1);
        assertThat(records(Topics.STATUS_CHANGED.name(), id, 2)).hasSize(2);
        assertThat(pipeline.mail().messages().stream().filter(m -> PipelineClient.recipient(m).equals(email))
                .filter(PipelineClient::isDecision)).hasSize(1);
    }

    private static HttpResponse<String> submit(String applicationJson) throws Exception {
        return PipelineClient.submit(pipeline, applicationJson, documents);
    }

    private static JsonNode awaitStatus(String id, String status) {
        return PipelineClient.awaitStatus(pipeline, id, status);
    }

    private static MimeMessage awaitEmail(String to) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> pipeline.mail().messages().stream().filter(m -> PipelineClient.recipient(m).equals(to))
                        .filter(PipelineClient::isDecision).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    /** Every record of {@code topic} now. */
    private static List<ConsumerRecord<String, byte[]>> allRecords(String topic) {
        Properties props = new Properties();
        props.put("bootstrap.servers", pipeline.bootstrapServers());
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        return found;
    }

    /** Every record of {@code topic} with {@code key}, waiting until at least {@code atLeast} are there. */
    private static List<ConsumerRecord<String, byte[]>> records(String topic, String key, int atLeast) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            found.clear();
            allRecords(topic).stream().filter(r -> key.equals(r.key())).forEach(found::add);
            assertThat(found).hasSizeGreaterThanOrEqualTo(atLeast);
        });
        return found;
    }

    /** Waits until {@code group} has committed offsets at the end of every partition of {@code topic}. */
    private static void awaitConsumed(String group, String topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", pipeline.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                for (int p = 0; p < Topics.PARTITIONS; p++) {
                    latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
                }
                admin.listOffsets(latest).all().get().forEach((partition, end) -> {
                    long done = committed.containsKey(partition) ? committed.get(partition).offset() : 0;
                    assertThat(done).as("%s at %s", group, partition).isGreaterThanOrEqualTo(end.offset());
                });
            });
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        return producer(new Properties());
    }

    private static KafkaProducer<String, byte[]> producer(Properties settings) {
        Properties props = new Properties();
        props.putAll(settings);
        props.put("bootstrap.servers", pipeline.bootstrapServers());
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", ByteArraySerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    /** Records of a topic's own schema that Avro accepts and the contract does not. */
    static final class ContractBreaches {

        static final String INVENTED = "INVENTED_BY_A_NEWER_WRITER";

        /** A value this consumer cannot act on: its writer knows a symbol the reader does not. */
        record Unknown(byte[] value, boolean decodes, String cause) {
        }

        /** A record of {@code schema} as a producer of the pipeline writes one, then changed by {@code change}. */
        static org.apache.avro.generic.GenericRecord valid(org.apache.avro.Schema schema,
                java.util.function.Consumer<org.apache.avro.generic.GenericRecord> change) {
            org.apache.avro.generic.GenericRecord record = (org.apache.avro.generic.GenericRecord) minimal(schema);
            change.accept(record);
            return record;
        }

        private static Object minimal(org.apache.avro.Schema schema) {
            String logical = schema.getLogicalType() == null ? "" : schema.getLogicalType().getName();
            return switch (schema.getType()) {
                case RECORD -> {
                    var record = new org.apache.avro.generic.GenericData.Record(schema);
                    for (var field : schema.getFields()) {
                        record.put(field.pos(), List.of("eventId", "qualificationId", "requestId").contains(field.name())
                                ? UUID.randomUUID().toString()
                                : field.hasDefaultValue() ? org.apache.avro.generic.GenericData.get().getDefaultValue(field)
                                : minimal(field.schema()));
                    }
                    yield record;
                }
                case STRING -> "x";
                case LONG -> logical.equals("timestamp-millis") ? System.currentTimeMillis() : 0L;
                case INT -> logical.equals("date") ? (int) java.time.LocalDate.now().toEpochDay() : 0;
                case BOOLEAN -> false;
                case DOUBLE -> 0.0;
                case ENUM -> new org.apache.avro.generic.GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(0));
                case ARRAY -> new ArrayList<>();
                case UNION -> schema.getTypes().get(0).getType() == org.apache.avro.Schema.Type.NULL ? null
                        : minimal(schema.getTypes().get(0));
                default -> throw new IllegalArgumentException("no sample of " + schema);
            };
        }

        static java.util.Optional<String> firstInstantField(org.apache.avro.Schema schema) {
            return schema.getFields().stream().filter(f -> f.schema().getLogicalType() != null
                    && f.schema().getLogicalType().getName().equals("timestamp-millis")).findFirst().map(f -> f.name());
        }

        static byte[] encode(int schemaId, org.apache.avro.generic.GenericRecord record) throws java.io.IOException {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write(0);
            out.write(java.nio.ByteBuffer.allocate(4).putInt(schemaId).array());
            var encoder = org.apache.avro.io.EncoderFactory.get().directBinaryEncoder(out, null);
            new org.apache.avro.generic.GenericDatumWriter<org.apache.avro.generic.GenericRecord>(record.getSchema())
                    .write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        }

        /**
         * The topic's type written by a newer schema whose first enum outside arrays (one without a real default:
         * a placeholder UNKNOWN, or none) has one more symbol, and the record uses it; empty where there is none.
         */
        static java.util.Optional<Unknown> unknownSymbol(SchemaRegistryClient registry, String topic,
                org.apache.avro.Schema schema) throws java.io.IOException {
            List<String> path = new ArrayList<>();
            org.apache.avro.Schema symbols = enumAt(schema, path);
            if (symbols == null) {
                return java.util.Optional.empty();
            }
            String json = schema.toString();
            int definition = json.indexOf("\"name\":\"" + symbols.getName() + "\"");
            int end = json.indexOf(']', json.indexOf("\"symbols\":[", definition));
            org.apache.avro.Schema newer = new org.apache.avro.Schema.Parser().parse(
                    json.substring(0, end) + ",\"" + INVENTED + "\"" + json.substring(end));
            // under a subject of its own: the topic's subject keeps only what the pipeline wrote
            int id = registry.register("poison-it-" + topic + "-value", newer);
            org.apache.avro.generic.GenericRecord record = valid(newer, r -> { });
            org.apache.avro.generic.GenericRecord holder = record;
            for (String step : path.subList(0, path.size() - 1)) {
                holder = (org.apache.avro.generic.GenericRecord) holder.get(step);
            }
            org.apache.avro.Schema newerSymbols = enumAt(newer, new ArrayList<>());
            holder.put(path.get(path.size() - 1), new org.apache.avro.generic.GenericData.EnumSymbol(newerSymbols, INVENTED));
            boolean decodes = "UNKNOWN".equals(symbols.getEnumDefault());
            String where = schema.getName() + "." + String.join(".", path);
            return java.util.Optional.of(new Unknown(encode(id, record), decodes, decodes
                    ? where + " is a " + symbols.getName() + " this consumer does not know" : "cannot read schema id " + id));
        }

        /** The first enum reachable through records and unions, recording the field names to it in {@code path}. */
        private static org.apache.avro.Schema enumAt(org.apache.avro.Schema record, List<String> path) {
            for (var field : record.getFields()) {
                for (var type : field.schema().getType() == org.apache.avro.Schema.Type.UNION
                        ? field.schema().getTypes() : List.of(field.schema())) {
                    path.add(field.name());
                    if (type.getType() == org.apache.avro.Schema.Type.ENUM
                            && (type.getEnumDefault() == null || type.getEnumDefault().equals("UNKNOWN"))) {
                        return type;
                    }
                    if (type.getType() == org.apache.avro.Schema.Type.RECORD) {
                        org.apache.avro.Schema inside = enumAt(type, path);
                        if (inside != null) {
                            return inside;
                        }
                    }
                    path.remove(path.size() - 1);
                }
            }
            return null;
        }
    }
}
