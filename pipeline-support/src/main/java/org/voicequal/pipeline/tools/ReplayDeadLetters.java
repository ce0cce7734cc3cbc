package org.voicequal.pipeline.tools;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.voicequal.schemas.Topic;
import org.voicequal.schemas.Topics;

/**
 * Copies dead letters back to the topic they came from, once: reads {@code <topic>}'s dead-letter topic up to
 * its end at the start of the run, sends the records that match the filters to the source topic's partition
 * they came from, then commits its own consumer group's offsets there. That commit is the marker: a second run
 * with the same group starts after it, and replays only dead letters that arrived since. A crash between the
 * sends and the commit replays them again, which the workers' inboxes turn into one processing (and the inbox
 * retention outlives Kafka's retention of the group's offsets, so a forgotten marker meets a remembering inbox).
 *
 * <p>Records the filters skip are passed over for this group as well: replay them later under another
 * {@code --group}. Only the consumer's own dead-letter headers ({@code kafka_dlt-*}) are dropped; a
 * {@code replayed-from} header names the dead letter. Usage is in docs/operations.md and {@link #USAGE}.
 */
public final class ReplayDeadLetters {

    static final String USAGE = """
            usage: ReplayDeadLetters --topic <source topic> --bootstrap <host:port>
                   [--group <consumer group>]      the marker's group (default replay-dead-letters.<topic>)
                   [--exception-class <name>]      only dead letters whose exception or cause is this class
                                                   (fully qualified or simple name)
                   [--from-offset <n>] [--to-offset <n>]   only these dead-letter offsets (inclusive, per partition)
                   [--dry-run]                     count what would be replayed; send and commit nothing""";

    private static final String DLT_PREFIX = "kafka_dlt-";

    /** @param toOffset inclusive; {@link Long#MAX_VALUE} for no limit. */
    public record Options(String topic, String bootstrapServers, String group, String exceptionClass,
                          long fromOffset, long toOffset, boolean dryRun) {

        public static Options parse(String... args) {
            Map<String, String> values = new HashMap<>();
            boolean dryRun = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--dry-run")) {
                    dryRun = true;
                } else if (args[i].startsWith("--") && i + 1 < args.length) {
                    values.put(args[i], args[++i]);
                } else {
                    throw new IllegalArgumentException("unexpected argument " + args[i]);
                }
            }
            String topic = values.get("--topic");
            String bootstrap = values.get("--bootstrap");
            if (topic == null || bootstrap == null) {
                throw new IllegalArgumentException("--topic and --bootstrap are required");
            }
            return new Options(topic, bootstrap, values.getOrDefault("--group", "replay-dead-letters." + topic),
                    values.get("--exception-class"), Long.parseLong(values.getOrDefault("--from-offset", "0")),
                    Long.parseLong(values.getOrDefault("--to-offset", String.valueOf(Long.MAX_VALUE))), dryRun);
        }

        String deadLetterTopic() {
            return Topics.byName(topic).map(Topic::deadLetterTopic).orElse(topic + "-dlt");
        }
    }

    /** @param read dead letters read this run; replayed, those sent back (or that would be, in a dry run). */
    public record Result(int read, int replayed) {
    }

    private ReplayDeadLetters() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        Result result = replay(options);
        System.out.printf("%s %d of %d dead letters read from %s to %s (group %s)%n",
                options.dryRun() ? "would replay" : "replayed", result.replayed(), result.read(),
                options.deadLetterTopic(), options.topic(), options.group());
    }

    public static Result replay(Options options) throws Exception {
        String deadLetters = options.deadLetterTopic();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(options));
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(options))) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetters, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(deadLetters, p.partition())).toList();
            int sourcePartitions = producer.partitionsFor(options.topic()).size();
            // assigned, not subscribed: no rebalance to wait for; the group only keeps the marker
            consumer.assign(partitions);
            // the end as the run starts: dead letters arriving meanwhile are the next run's
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(java.util.Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata marker = committed.get(partition);
                if (marker == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, marker.offset());
                }
            }
            int read = 0;
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue;
                    }
                    read++;
                    if (matches(record, options)) {
                        ProducerRecord<byte[], byte[]> copy = copyBack(record, options.topic(), sourcePartitions);
                        if (options.dryRun()) {
                            sends.add(null);
                        } else {
                            sends.add(producer.send(copy));
                        }
                    }
                }
            }
            if (!options.dryRun()) {
                producer.flush();
                for (Future<RecordMetadata> send : sends) {
                    send.get(); // every copy acknowledged before the marker moves
                }
                Map<TopicPartition, OffsetAndMetadata> marker = new HashMap<>();
                for (TopicPartition partition : partitions) {
                    marker.put(partition, new OffsetAndMetadata(Math.min(consumer.position(partition), end.get(partition))));
                }
                consumer.commitSync(marker);
            }
            return new Result(read, sends.size());
        }
    }

    static boolean matches(ConsumerRecord<byte[], byte[]> record, Options options) {
        if (record.offset() < options.fromOffset() || record.offset() > options.toOffset()) {
            return false;
        }
        if (options.exceptionClass() == null) {
            return true;
        }
        for (String header : List.of(DLT_PREFIX + "exception-fqcn", DLT_PREFIX + "exception-cause-fqcn")) {
            Header value = record.headers().lastHeader(header);
            if (value != null) {
                String name = new String(value.value(), StandardCharsets.UTF_8);
                if (name.equals(options.exceptionClass()) || name.endsWith("." + options.exceptionClass())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** To the source partition it came from (dead letters sit on the same partition number), headers but the dead letter's. */
    private static ProducerRecord<byte[], byte[]> copyBack(ConsumerRecord<byte[], byte[]> record, String topic,
            int sourcePartitions) {
        Header original = record.headers().lastHeader(DLT_PREFIX + "original-partition");
        int partition = original != null && original.value().length == 4
                ? ByteBuffer.wrap(original.value()).getInt() : record.partition();
        ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(topic,
                partition < sourcePartitions ? partition : null, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DLT_PREFIX)) {
                copy.headers().add(header);
            }
        }
        copy.headers().add("replayed-from", (record.topic() + "-" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    private static Map<String, Object> consumerConfig(Options options) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, options.group());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a marker older than the dead-letter topic's retention points before its first record: start there
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    /** Bytes in, bytes out: a dead letter goes back exactly as it arrived, whatever its format. */
    private static Map<String, Object> producerConfig(Options options) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }
}
