package org.voicequal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.voicequal.events.ApiKeyChanged;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import org.voicequal.schemas.registry.SchemaRegistryClient;

/**
 * A deployment that forgot a schema: production registries refuse client registration
 * ({@code pipeline.auto-register-schemas=false}), and the schema of an event this worker writes is not there
 * yet. Every record it reads would fail the same way, so none may be dead-lettered: the partition waits, and
 * once an operator registers the schema, the waiting record is processed once and its event published.
 */
class MissingWriterSchemaIT {

    private static final String GROUP = "missing-writer-schema-it";
    private static TestWorker worker;

    /** Reads status changes and writes, for each, an event whose schema the registry does not hold. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(PipelineConfiguration.class)
    static class Worker {
        @Bean
        EventSubscription<QualificationStatusChanged> statusChanges(Outbox outbox) {
            return EventSubscription.on(Topics.STATUS_CHANGED, GROUP, (transaction, event) ->
                    outbox.append(transaction, Topics.API_KEYS, "hash-" + event.getEventId(), ApiKeyChanged.newBuilder()
                            .setEventId(UUID.randomUUID().toString()).setKeyHash("hash-" + event.getEventId())
                            .setKeyId("key-it").setName("it").setRole("REVIEWER").setChangedAt(Instant.now()).build()));
        }
    }

    @BeforeAll
    static void start() throws Exception {
        worker = TestWorker.start(Worker.class, "missing-writer-schema-it", "--pipeline.auto-register-schemas=false",
                "--pipeline.consumer.backoff=100ms");
    }

    @AfterAll
    static void stop() throws Exception {
        if (worker != null) {
            worker.close();
        }
    }

    @Test
    void aRecordWaitsForTheMissingSchemaInsteadOfBeingDeadLetteredAndIsProcessedOnceItIsRegistered() throws Exception {
        // Given a status change, written by a producer allowed to register its own schema
        String eventId = UUID.randomUUID().toString();
        AvroEventSerde producerSerde = new AvroEventSerde(new SchemaRegistryClient(worker.registry().confluentCompatibleUrl()), true);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", worker.kafka().bootstrapServers(),
                "key.serializer", StringSerializer.class, "value.serializer", ByteArraySerializer.class))) {
            String qualificationId = UUID.randomUUID().toString(); // the contract: ids are UUIDs
            producer.send(new ProducerRecord<>(Topics.STATUS_CHANGED.name(), qualificationId, producerSerde.serialize(Topics.STATUS_CHANGED,
                    QualificationStatusChanged.newBuilder().setEventId(eventId).setQualificationId(qualificationId).setAccountId("a")
                            .setStatus(QualificationStatus.APPROVED).setOccurredAt(Instant.now()).setSource("it").build()))).get();
        }
        Jdbi jdbi = worker.context().getBean(Jdbi.class);

        // When the worker has tried it for many times its dead-letter budget (4 attempts, 100 ms doubling: 0.7 s)
        Thread.sleep(8_000);

        // Then it is neither processed nor dead-lettered: it waits
        assertThat(processed(jdbi, eventId)).isFalse();
        assertThat(records(Topics.STATUS_CHANGED.deadLetterTopic(), Duration.ofSeconds(3))).isEmpty();

        // When an operator registers the missing schema
        new SchemaRegistryClient(worker.registry().confluentCompatibleUrl()).register(Topics.API_KEYS.valueSubject(), ApiKeyChanged.getClassSchema());

        // Then the waiting record is processed once and its event published
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(jdbi, eventId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(records(Topics.API_KEYS.name(), Duration.ofSeconds(2)))
                .extracting(ConsumerRecord::key).containsExactly("hash-" + eventId));
        assertThat(records(Topics.STATUS_CHANGED.deadLetterTopic(), Duration.ofSeconds(1))).isEmpty();
    }

    private static boolean processed(Jdbi jdbi, String eventId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM processed_event WHERE event_id = :id")
                .bind("id", eventId).mapTo(Integer.class).one()) == 1;
    }

    private static List<ConsumerRecord<String, byte[]>> records(String topic, Duration wait) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", worker.kafka().bootstrapServers(),
                "group.id", "reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> all = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
            return all;
        }
    }
}
