package org.voicequal.pipeline.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.localinfra.ApicurioRegistry;
import org.voicequal.localinfra.KafkaFixture;
import org.voicequal.localinfra.LocalPostgres;
import org.voicequal.pipeline.PipelineProperties;
import org.voicequal.pipeline.consume.EventProcessing;
import org.voicequal.pipeline.consume.InboxRetention;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import org.voicequal.schemas.registry.SchemaRegistryClient;

/**
 * The outbox and the inbox on real parts: PostgreSQL with the shared migrations, the Kafka test fixture
 * and Apicurio Registry. What a rolled-back transaction wrote never leaves; what a committed one wrote
 * leaves once, in order; a row the broker cannot take is parked without stopping other keys; an event seen
 * before is recognised, until the inbox's retention forgets it.
 */
class OutboxIT {

    private static KafkaFixture kafka;
    private static LocalPostgres postgres;
    private static ApicurioRegistry registry;
    private static Jdbi jdbi;
    private static AvroEventSerde serde;
    private static OutboxRelay relay;

    @BeforeAll
    static void start() throws Exception {
        kafka = KafkaFixture.start();
        postgres = LocalPostgres.start(null);
        registry = ApicurioRegistry.start(null, Files.createTempDirectory("registry").resolve("registry.log"));
        Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())
                .schemas("it").defaultSchema("it").locations("classpath:db/pipeline").load().migrate();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        dataSource.setCurrentSchema("it");
        jdbi = Jdbi.create(dataSource);
        serde = new AvroEventSerde(new SchemaRegistryClient(registry.confluentCompatibleUrl()), true);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.STATUS_CHANGED.name(), 1, (short) 1))).all().get();
        }
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(), "key.serializer", StringSerializer.class,
                "value.serializer", ByteArraySerializer.class, "enable.idempotence", true, "acks", "all")));
        relay = new OutboxRelay(jdbi, template, new PipelineProperties.Outbox(Duration.ofMillis(50), 100, Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stop() throws Exception {
        registry.close();
        postgres.close();
        kafka.close();
    }

    @Test
    void onlyCommittedEventsArePublishedInOrderAndOnce() throws Exception {
        Outbox outbox = new Outbox(serde);
        assertThatThrownBy(() -> jdbi.useTransaction(tx -> {
            outbox.append(tx, Topics.STATUS_CHANGED, "q1", event("rolled-back", QualificationStatus.APPROVED));
            throw new IllegalStateException("the state change failed");
        })).isInstanceOf(IllegalStateException.class);
        jdbi.useTransaction(tx -> {
            outbox.append(tx, Topics.STATUS_CHANGED, "q1", event("first", QualificationStatus.UNDER_REVIEW));
            outbox.append(tx, Topics.STATUS_CHANGED, "q1", event("second", QualificationStatus.APPROVED));
        });

        assertThat(relay.publishBatch()).isEqualTo(2);
        assertThat(relay.publishBatch()).as("published rows are gone").isZero();

        List<ConsumerRecord<String, byte[]>> records = readAll(Topics.STATUS_CHANGED.name());
        assertThat(records).extracting(r -> serde.deserialize(Topics.STATUS_CHANGED, r.value()).getEventId())
                .containsExactly("first", "second");
        assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo("q1"));
        assertThat(new String(records.get(0).headers().lastHeader("event-id").value())).isEqualTo("first");
    }

    @Test
    void theInboxRecognisesAnEventItHasSeen() {
        boolean first = jdbi.inTransaction(tx -> EventProcessing.firstDelivery(tx, "group-a", "event-1"));
        boolean again = jdbi.inTransaction(tx -> EventProcessing.firstDelivery(tx, "group-a", "event-1"));
        boolean otherGroup = jdbi.inTransaction(tx -> EventProcessing.firstDelivery(tx, "group-b", "event-1"));
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(otherGroup).as("each consumer group processes every event").isTrue();
    }

    @Test
    void aRowTheBrokerCannotTakeIsParkedAndOnlyItsKeyWaits() throws Exception {
        String topic = "outbox-parking-it";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        // Given a row over the producer's 1 MB request limit, then rows of other keys and a later row of its key
        insertRaw(topic, "big", new byte[2 * 1024 * 1024], "too-large");
        insertRaw(topic, "other-1", "small".getBytes(), "other-1");
        insertRaw(topic, "big", "small".getBytes(), "big-later");
        insertRaw(topic, "other-2", "small".getBytes(), "other-2");

        // When the relay publishes
        assertThat(relay.publishBatch()).as("the rows of other keys leave").isEqualTo(2);

        // Then the too-large row is parked with its reason, and its key's later row waits behind it
        assertThat(readAll(topic)).extracting(ConsumerRecord::key).containsExactly("other-1", "other-2");
        Map<String, String> parked = jdbi.withHandle(h -> h.createQuery(
                        "SELECT event_id, parked_reason FROM outbox WHERE parked_at IS NOT NULL")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list())
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(parked).containsOnlyKeys("too-large", "big-later");
        assertThat(parked.get("too-large")).contains("RecordTooLargeException");
        assertThat(parked.get("big-later")).startsWith("held behind parked outbox row");

        // and a row of that key written later waits too, while a new key still flows
        insertRaw(topic, "big", "small".getBytes(), "big-even-later");
        insertRaw(topic, "other-3", "small".getBytes(), "other-3");
        assertThat(relay.publishBatch()).isEqualTo(1);
        OutboxMonitor.Snapshot snapshot = new OutboxMonitor(jdbi, relay).snapshot();
        assertThat(snapshot.parked()).isEqualTo(3);
        assertThat(snapshot.backlog()).isZero();

        // Once the operator releases the key (after raising the limit, or deleting the row), it flows in order
        jdbi.useHandle(h -> h.execute("DELETE FROM outbox WHERE event_id = 'too-large'"));
        jdbi.useHandle(h -> h.execute("UPDATE outbox SET parked_at = NULL, parked_reason = NULL WHERE record_key = 'big'"));
        assertThat(relay.publishBatch()).isEqualTo(2);
        assertThat(readAll(topic)).extracting(ConsumerRecord::key).containsExactly("other-1", "other-2", "other-3", "big", "big");
        assertThat(readAll(topic).subList(3, 5)).extracting(r -> new String(r.headers().lastHeader("event-id").value()))
                .containsExactly("big-later", "big-even-later");
    }

    @Test
    void theInboxForgetsEventsOlderThanItsRetentionInBatches() {
        // Given 2 500 old inbox rows (more than two batches) and a few recent ones
        jdbi.useHandle(h -> h.execute("""
                INSERT INTO processed_event (consumer, event_id, processed_at)
                SELECT 'retention', 'old-' || n, now() - interval '15 days' FROM generate_series(1, 2500) n"""));
        jdbi.useHandle(h -> h.execute("""
                INSERT INTO processed_event (consumer, event_id, processed_at)
                SELECT 'retention', 'recent-' || n, now() - interval '13 days' FROM generate_series(1, 3) n"""));
        InboxRetention retention = new InboxRetention(jdbi,
                new PipelineProperties.Inbox(Duration.ofDays(14), Duration.ofHours(1), 1000));

        // When the retention runs, Then the old rows go, in bounded batches, and the recent ones stay
        assertThat(retention.purge()).isEqualTo(2500);
        List<String> left = jdbi.withHandle(h -> h.createQuery("SELECT event_id FROM processed_event WHERE consumer = 'retention'")
                .mapTo(String.class).list());
        assertThat(left).containsExactlyInAnyOrder("recent-1", "recent-2", "recent-3");
        assertThat(retention.purge()).as("nothing more to delete").isZero();
        // and a remembered event is still recognised
        boolean again = jdbi.inTransaction(tx -> EventProcessing.firstDelivery(tx, "retention", "recent-1"));
        assertThat(again).isFalse();
    }

    private static void insertRaw(String topic, String key, byte[] payload, String eventId) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO outbox (topic, record_key, payload, event_id) VALUES (:t, :k, :p, :e)")
                .bind("t", topic).bind("k", key).bind("p", payload).bind("e", eventId).execute());
    }

    private static QualificationStatusChanged event(String id, QualificationStatus status) {
        return QualificationStatusChanged.newBuilder().setEventId(id).setQualificationId("q1").setAccountId("a")
                .setStatus(status).setOccurredAt(Instant.parse("2026-11-29T00:00:00Z")).setReasons(List.of())
                .setDocuments(List.of()).setSource("it").build();
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
