package org.voicequal.pipeline.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicequal.localinfra.KafkaFixture;

/**
 * The replay command on a real broker: dead letters go back to the partition they came from, filtered by
 * exception class or offsets, without the dead-letter headers; a second run with the same group replays nothing
 * again, and picks up only dead letters that arrived since.
 */
class ReplayDeadLettersIT {

    private static final String TOPIC = "replay-it";
    private static final String DLT = TOPIC + "-dlt";
    private static final String DECODING = "org.apache.kafka.common.errors.SerializationException";
    private static final String RULE = "org.voicequal.pipeline.consume.PoisonEventException";
    private static KafkaFixture kafka;

    @BeforeAll
    static void start() throws Exception {
        kafka = KafkaFixture.start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1), new NewTopic(DLT, 2, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        kafka.close();
    }

    @Test
    void replaysMatchingDeadLettersOnceToTheirPartition() throws Exception {
        // Given dead letters of two causes on both partitions
        deadLetter(0, "q-1", "decoding-1", DECODING);
        deadLetter(0, "q-2", "rule-1", RULE);
        deadLetter(1, "q-3", "decoding-2", DECODING);
        deadLetter(1, "q-4", "rule-2", RULE);

        // When the decoding failures are replayed
        ReplayDeadLetters.Result first = ReplayDeadLetters.replay(ReplayDeadLetters.Options.parse(
                "--topic", TOPIC, "--bootstrap", kafka.bootstrapServers(), "--exception-class", "SerializationException"));

        // Then they are back on the partition they came from, without the dead letter's headers
        assertThat(first).isEqualTo(new ReplayDeadLetters.Result(4, 2));
        List<ConsumerRecord<String, String>> source = readAll(TOPIC);
        assertThat(source).extracting(r -> r.partition() + ":" + r.value()).containsExactlyInAnyOrder("0:decoding-1", "1:decoding-2");
        assertThat(source).allSatisfy(r -> {
            assertThat(r.headers().lastHeader("kafka_dlt-exception-fqcn")).isNull();
            assertThat(new String(r.headers().lastHeader("event-id").value())).isEqualTo("event-" + r.value());
            assertThat(new String(r.headers().lastHeader("replayed-from").value())).startsWith(DLT + "-" + r.partition() + "@");
        });

        // And a second run replays nothing again; a later dead letter is the only one the third run sends
        assertThat(ReplayDeadLetters.replay(ReplayDeadLetters.Options.parse("--topic", TOPIC, "--bootstrap",
                kafka.bootstrapServers(), "--exception-class", "SerializationException"))).isEqualTo(new ReplayDeadLetters.Result(0, 0));
        deadLetter(1, "q-5", "decoding-3", DECODING);
        assertThat(ReplayDeadLetters.replay(ReplayDeadLetters.Options.parse("--topic", TOPIC, "--bootstrap",
                kafka.bootstrapServers(), "--exception-class", DECODING))).isEqualTo(new ReplayDeadLetters.Result(1, 1));
        assertThat(readAll(TOPIC)).hasSize(3);

        // And another group may replay what the first skipped, by offset range; a dry run sends nothing
        ReplayDeadLetters.Options second = ReplayDeadLetters.Options.parse("--topic", TOPIC, "--bootstrap",
                kafka.bootstrapServers(), "--group", "replay-rules", "--from-offset", "1", "--to-offset", "1");
        assertThat(ReplayDeadLetters.replay(new ReplayDeadLetters.Options(second.topic(), second.bootstrapServers(),
                second.group(), null, 1, 1, true))).isEqualTo(new ReplayDeadLetters.Result(5, 2));
        assertThat(readAll(TOPIC)).hasSize(3);
        assertThat(ReplayDeadLetters.replay(second)).isEqualTo(new ReplayDeadLetters.Result(5, 2));
        assertThat(readAll(TOPIC)).extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrder("decoding-1", "decoding-2", "decoding-3", "rule-1", "rule-2");
    }

    /** As DeadLetterPublishingRecoverer writes one: the source's headers, then its own. */
    private static void deadLetter(int partition, String key, String value, String exception) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(DLT, partition, key, value);
        record.headers().add("event-id", ("event-" + value).getBytes(StandardCharsets.UTF_8));
        record.headers().add("kafka_dlt-exception-fqcn",
                "org.springframework.kafka.listener.ListenerExecutionFailedException".getBytes(StandardCharsets.UTF_8));
        record.headers().add("kafka_dlt-exception-cause-fqcn", exception.getBytes(StandardCharsets.UTF_8));
        record.headers().add("kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(partition).array());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "key.serializer", StringSerializer.class, "value.serializer", StringSerializer.class))) {
            producer.send(record).get();
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "key.deserializer", StringDeserializer.class, "value.deserializer", StringDeserializer.class))) {
            List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
