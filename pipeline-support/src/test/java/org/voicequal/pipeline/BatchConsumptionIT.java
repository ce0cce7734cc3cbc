package org.voicequal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.support.KafkaHeaders;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.localinfra.ApicurioRegistry;
import org.voicequal.localinfra.KafkaFixture;
import org.voicequal.localinfra.LocalPostgres;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.consume.PoisonEventException;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import org.voicequal.schemas.registry.SchemaRegistryClient;

/**
 * A poll's records in one transaction (EventProcessing.processPoll), on real parts. Every record below is on the
 * broker before the worker starts, so that each scenario's records arrive in one poll. Each handler writes one
 * row per event it handles into {@code batch_effect}, with the id of the transaction it ran in: a row exists only
 * if its transaction committed, so a count of one per event is "processed once", and a shared transaction id is
 * "committed together".
 */
class BatchConsumptionIT {

    private static final String POISON_GROUP = "batch-it-poison";
    private static final String OUTAGE_GROUP = "batch-it-outage";
    /** The outage scenario's event whose handler loses its database connection the first two times it runs. */
    private static final AtomicInteger killsLeft = new AtomicInteger(2);
    private static volatile String killedEventId;

    private static TestWorker worker;
    private static final List<String> poisonScenario = new ArrayList<>();
    private static final List<String> outageScenario = new ArrayList<>();
    private static final List<Long> poisonOffsets = new ArrayList<>();
    private static String poisonKey;

    /** Two consumer groups on one topic, each handling only its own scenario's events (told by accountId). */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(PipelineConfiguration.class)
    static class Worker {
        @Bean
        EventSubscription<QualificationStatusChanged> poisonScenarioConsumer() {
            return EventSubscription.on(Topics.STATUS_CHANGED, POISON_GROUP, (transaction, event) -> {
                if (event.getAccountId().equals("poison")) {
                    effect(transaction, POISON_GROUP, event);
                }
            });
        }

        @Bean
        EventSubscription<QualificationStatusChanged> outageScenarioConsumer() {
            return EventSubscription.on(Topics.STATUS_CHANGED, OUTAGE_GROUP, (transaction, event) -> {
                if (!event.getAccountId().equals("outage")) {
                    return;
                }
                if (event.getEventId().equals(killedEventId) && killsLeft.getAndDecrement() > 0) {
                    // a real loss of the database connection, in the middle of the batch's transaction (57P01)
                    transaction.createQuery("SELECT pg_terminate_backend(pg_backend_pid())").mapTo(Boolean.class).one();
                }
                effect(transaction, OUTAGE_GROUP, event);
            });
        }

        private static void effect(org.jdbi.v3.core.Handle transaction, String group, QualificationStatusChanged event) {
            transaction.createUpdate("""
                            INSERT INTO public.batch_effect (consumer, event_id, tx) VALUES (:group, :eventId, txid_current())""")
                    .bind("group", group).bind("eventId", event.getEventId()).execute();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        KafkaFixture kafka = KafkaFixture.start();
        LocalPostgres postgres = LocalPostgres.start(null);
        ApicurioRegistry registry = ApicurioRegistry.start(null, Files.createTempDirectory("registry").resolve("registry.log"));
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password())) {
            c.createStatement().execute("""
                    CREATE TABLE public.batch_effect (id BIGSERIAL PRIMARY KEY, consumer TEXT NOT NULL, event_id TEXT NOT NULL,
                                                      tx BIGINT NOT NULL)""");
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.STATUS_CHANGED.name(), Topics.STATUS_CHANGED.partitions(), (short) 1),
                    new NewTopic(Topics.STATUS_CHANGED.deadLetterTopic(), Topics.STATUS_CHANGED.partitions(), (short) 1))).all().get();
        }
        AvroEventSerde serde = new AvroEventSerde(new SchemaRegistryClient(registry.confluentCompatibleUrl()), true);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "key.serializer", StringSerializer.class, "value.serializer", ByteArraySerializer.class))) {
            // poison scenario, one key (one partition, in this order): 3 good, garbage, 1 good, a contract breach, 2 good
            poisonKey = UUID.randomUUID().toString();
            for (int i = 0; i < 8; i++) {
                byte[] value;
                if (i == 3) {
                    value = "not an event".getBytes(StandardCharsets.UTF_8);
                } else if (i == 5) {
                    value = serde.serialize(Topics.STATUS_CHANGED, event("poison", "not-a-uuid"));
                } else {
                    QualificationStatusChanged good = event("poison", poisonKey);
                    poisonScenario.add(good.getEventId());
                    value = serde.serialize(Topics.STATUS_CHANGED, good);
                }
                RecordMetadata at = producer.send(new ProducerRecord<>(Topics.STATUS_CHANGED.name(), poisonKey, value)).get();
                if (i == 3 || i == 5) {
                    poisonOffsets.add(at.offset());
                }
            }
            // outage scenario, another key: ten good events, the database connection lost in the middle
            String outageKey = UUID.randomUUID().toString();
            for (int i = 0; i < 10; i++) {
                QualificationStatusChanged good = event("outage", outageKey);
                outageScenario.add(good.getEventId());
                if (i == 5) {
                    killedEventId = good.getEventId();
                }
                producer.send(new ProducerRecord<>(Topics.STATUS_CHANGED.name(), outageKey,
                        serde.serialize(Topics.STATUS_CHANGED, good))).get();
            }
        }
        worker = TestWorker.start(kafka, postgres, registry, Worker.class, "batch-consumption-it",
                "--pipeline.consumer.backoff=100ms");
    }

    @AfterAll
    static void stop() throws Exception {
        if (worker != null) {
            worker.close();
        }
    }

    @Test
    void aPoisonRecordInThePollIsDeadLetteredAloneAndTheRecordsAroundItAreProcessedOnceInOrder() {
        Jdbi jdbi = worker.context().getBean(Jdbi.class);

        // Then every good event is processed once, in the order it was sent
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(effects(jdbi, POISON_GROUP)).extracting(Effect::eventId).containsExactlyElementsOf(poisonScenario));
        // the three before the garbage were one poll's run, committed in one transaction
        List<Effect> effects = effects(jdbi, POISON_GROUP);
        assertThat(effects.subList(0, 3)).extracting(Effect::tx).containsOnly(effects.get(0).tx());

        // and the two poison records, alone, are in the dead-letter topic with their cause
        List<ConsumerRecord<String, byte[]>> deadLetters = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            deadLetters.clear();
            deadLetters.addAll(deadLetters(POISON_GROUP));
            assertThat(deadLetters).hasSize(2);
        });
        assertThat(deadLetters).extracting(BatchConsumptionIT::originalOffset).containsExactlyElementsOf(poisonOffsets);
        assertThat(deadLetters).allSatisfy(r -> assertThat(header(r, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotBlank());
        assertThat(header(deadLetters.get(1), KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)).isEqualTo(PoisonEventException.class.getName());
        assertThat(header(deadLetters.get(1), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("qualificationId is not a UUID");
    }

    @Test
    void aDatabaseConnectionLostInTheMiddleOfAPollLosesNothingAndRepeatsNothing() {
        Jdbi jdbi = worker.context().getBean(Jdbi.class);

        // Then every event is processed exactly once, in order, the one whose connection was lost included
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(effects(jdbi, OUTAGE_GROUP)).extracting(Effect::eventId).containsExactlyElementsOf(outageScenario));
        assertThat(killsLeft.get()).isLessThanOrEqualTo(0); // the connection was lost, twice
        int inInbox = jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM processed_event WHERE consumer = :group AND event_id IN (<ids>)""")
                .bind("group", OUTAGE_GROUP).bindList("ids", outageScenario).mapTo(Integer.class).one());
        assertThat(inInbox).isEqualTo(10);
        // and none of them was dead-lettered: an infrastructure failure is waited out
        // (its group dead-letters the other scenario's two poison records, and nothing else)
        assertThat(deadLetters(OUTAGE_GROUP)).extracting(ConsumerRecord::key).containsOnly(poisonKey);
    }

    private record Effect(String eventId, long tx) {
    }

    private static List<Effect> effects(Jdbi jdbi, String group) {
        return jdbi.withHandle(h -> h.createQuery("SELECT event_id, tx FROM public.batch_effect WHERE consumer = :group ORDER BY id")
                .bind("group", group).map((rs, ctx) -> new Effect(rs.getString("event_id"), rs.getLong("tx"))).list());
    }

    private static QualificationStatusChanged event(String scenario, String qualificationId) {
        return QualificationStatusChanged.newBuilder().setEventId(UUID.randomUUID().toString())
                .setQualificationId(qualificationId).setAccountId(scenario).setStatus(QualificationStatus.APPROVED)
                .setOccurredAt(Instant.now()).setSource("it").build();
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(String group) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", worker.kafka().bootstrapServers(),
                "group.id", "reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.STATUS_CHANGED.deadLetterTopic()));
            List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (group.equals(header(r, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))) {
                        all.add(r);
                    }
                });
            }
            all.sort(java.util.Comparator.comparingLong(BatchConsumptionIT::originalOffset));
            return all;
        }
    }

    private static long originalOffset(ConsumerRecord<String, byte[]> r) {
        Header h = r.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
        return java.nio.ByteBuffer.wrap(h.value()).getLong();
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
