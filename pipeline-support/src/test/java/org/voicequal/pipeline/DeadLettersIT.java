package org.voicequal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.voicequal.localinfra.KafkaFixture;
import org.voicequal.pipeline.consume.DeadLetterPublisher;
import org.voicequal.pipeline.consume.PoisonEventException;

/**
 * The workers' error handler on a real broker, with records near the size limits: a dead-letter copy that no
 * longer fits (refused by the producer, or by the broker for the dead-letter topic's own limit) is sent cut
 * short with what was cut and why, and the partition goes on to the next record.
 */
class DeadLettersIT {

    private static KafkaFixture kafka;
    private static KafkaTemplate<String, byte[]> template;

    @BeforeAll
    static void start() throws Exception {
        kafka = KafkaFixture.start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("near-limit", 1, (short) 1), new NewTopic("near-limit-dlt", 1, (short) 1),
                    new NewTopic("narrow-dlt", 1, (short) 1), new NewTopic("narrow-dlt-dlt", 1, (short) 1)
                            .configs(Map.of("max.message.bytes", "20000")))).all().get();
        }
        // as the workers' own template: idempotent, acks=all, shared with the outbox relay
        template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "key.serializer", StringSerializer.class, "value.serializer", ByteArraySerializer.class,
                "enable.idempotence", true, "acks", "all", "linger.ms", 5)));
    }

    @AfterAll
    static void stop() throws Exception {
        template.destroy();
        kafka.close();
    }

    @Test
    void aPoisonRecordNearTheProducersLimitIsDeadLetteredCutShortAndThePartitionGoesOn() throws Exception {
        // Given, on one partition, poison just under the producer's 1 MiB, poison with a huge message, then a good record
        byte[] big = poison(1_040_000);
        List<String> processed = new CopyOnWriteArrayList<>();
        ConcurrentMessageListenerContainer<String, byte[]> container = consume("near-limit", processed);
        RecordMetadata bigAt;
        try {
            bigAt = send("near-limit", "big", big);
            send("near-limit", "long-message", "poison:".concat("m".repeat(200_000)).getBytes(StandardCharsets.UTF_8));
            send("near-limit", "good", "fine".getBytes(StandardCharsets.UTF_8));

            // Then the good record is processed: the partition did not stall behind the poison
            await().atMost(Duration.ofSeconds(60)).until(() -> processed.contains("fine"));
        } finally {
            container.stop();
        }

        // and the big one sits in the dead-letter topic cut to its first bytes, saying what and why
        List<ConsumerRecord<String, byte[]>> dead = readAll("near-limit-dlt", 2);
        ConsumerRecord<String, byte[]> cut = dead.get(0);
        assertThat(cut.key()).isEqualTo("big");
        assertThat(cut.value()).isEqualTo(Arrays.copyOf(big, 1024));
        assertThat(text(cut, DeadLetterPublisher.ORIGINAL_VALUE_BYTES)).isEqualTo("1040000");
        assertThat(text(cut, DeadLetterPublisher.TRUNCATED)).contains("value cut to 1024 of 1040000 bytes")
                .contains("RecordTooLargeException");
        assertThat(text(cut, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)).isEqualTo(PoisonEventException.class.getName());
        assertThat(text(cut, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("poison of 1040000 bytes");
        assertThat(text(cut, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo("near-limit");
        assertThat(ByteBuffer.wrap(cut.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong())
                .isEqualTo(bigAt.offset());
        assertThat(cut.headers().lastHeader("origin").value()).isEqualTo("portal".getBytes(StandardCharsets.UTF_8));
        // and the one with the huge message is whole, its message header bounded
        ConsumerRecord<String, byte[]> whole = dead.get(1);
        assertThat(whole.key()).isEqualTo("long-message");
        assertThat(whole.value()).hasSize("poison:".length() + 200_000);
        assertThat(whole.headers().lastHeader(DeadLetterPublisher.TRUNCATED)).isNull();
        assertThat(whole.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value().length).isLessThanOrEqualTo(4096);
        assertThat(text(whole, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).endsWith("bytes in all]");
    }

    @Test
    void aCopyTheBrokerRefusesForTheDeadLetterTopicsOwnLimitIsCutShortToo() throws Exception {
        // Given a dead-letter topic that takes 20 000 bytes a batch, and poison of 30 000 bytes the source takes
        byte[] poison = poison(30_000);
        List<String> processed = new CopyOnWriteArrayList<>();
        ConcurrentMessageListenerContainer<String, byte[]> container = consume("narrow-dlt", processed);
        try {
            send("narrow-dlt", "wide", poison);
            send("narrow-dlt", "good", "fine".getBytes(StandardCharsets.UTF_8));

            await().atMost(Duration.ofSeconds(60)).until(() -> processed.contains("fine"));
        } finally {
            container.stop();
        }

        ConsumerRecord<String, byte[]> cut = readAll("narrow-dlt-dlt", 1).get(0);
        assertThat(cut.value()).isEqualTo(Arrays.copyOf(poison, 1024));
        assertThat(text(cut, DeadLetterPublisher.TRUNCATED)).contains("of 30000 bytes").contains("RecordTooLargeException");
        // and the shared producer still publishes afterwards
        template.send("narrow-dlt-dlt", "after", "ok".getBytes(StandardCharsets.UTF_8)).get();
    }

    /** A value the listener refuses as poison: "poison:" then random, incompressible bytes. */
    private static byte[] poison(int length) {
        byte[] value = new byte[length];
        new Random(length).nextBytes(value);
        byte[] prefix = "poison:".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(prefix, 0, value, 0, prefix.length);
        return value;
    }

    private static ConcurrentMessageListenerContainer<String, byte[]> consume(String topic, List<String> processed) {
        PipelineProperties properties = new PipelineProperties("http://unused", false, "unused", null,
                new PipelineProperties.Consumer(1, 2, Duration.ofMillis(100)), new PipelineProperties.Outbox(Duration.ofMillis(200), 10, Duration.ofSeconds(2)),
                new PipelineProperties.Topics((short) 1),
                new PipelineProperties.Inbox(Duration.ofDays(14), Duration.ofHours(1), 1000));
        ContainerProperties containerProperties = new ContainerProperties(topic);
        containerProperties.setGroupId(topic + "-group");
        containerProperties.setAckMode(ContainerProperties.AckMode.RECORD);
        containerProperties.setMessageListener((MessageListener<String, byte[]>) record -> {
            String value = new String(record.value(), StandardCharsets.UTF_8);
            if (value.startsWith("poison:")) {
                throw new PoisonEventException("poison of " + record.value().length + " bytes; " + value.substring(7));
            }
            processed.add(value);
        });
        ConcurrentMessageListenerContainer<String, byte[]> container = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                        "key.deserializer", StringDeserializer.class, "value.deserializer", ByteArrayDeserializer.class,
                        "auto.offset.reset", "earliest", "enable.auto.commit", false)), containerProperties);
        container.setCommonErrorHandler(PipelineConfiguration.errorHandler(properties, template));
        container.start();
        return container;
    }

    private static RecordMetadata send(String topic, String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "key.serializer", StringSerializer.class, "value.serializer", ByteArraySerializer.class))) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, 0, key, value);
            record.headers().add("origin", "portal".getBytes(StandardCharsets.UTF_8));
            return producer.send(record).get();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, int atLeast) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "key.deserializer", StringDeserializer.class, "value.deserializer", ByteArrayDeserializer.class))) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.seekToBeginning(List.of(new TopicPartition(topic, 0)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
                assertThat(found).hasSizeGreaterThanOrEqualTo(atLeast);
            });
        }
        return found;
    }

    private static String text(ConsumerRecord<?, ?> record, String header) {
        return new String(record.headers().lastHeader(header).value(), StandardCharsets.UTF_8);
    }
}
