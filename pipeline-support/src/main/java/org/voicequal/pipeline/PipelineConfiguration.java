package org.voicequal.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.domain.time.ChinaTime;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.pipeline.blob.FileSystemBlobStore;
import org.voicequal.pipeline.consume.DeadLetterListener;
import org.voicequal.pipeline.consume.DeadLetterPublisher;
import org.voicequal.pipeline.consume.EventProcessing;
import org.voicequal.pipeline.consume.PoisonEventException;
import org.voicequal.pipeline.consume.SubscriptionContainers;
import org.voicequal.pipeline.consume.TransientFailures;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.pipeline.outbox.OutboxRelay;
import org.voicequal.schemas.Topic;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import org.voicequal.schemas.registry.SchemaRegistryClient;

/**
 * What every worker is built from, written once: the registry-backed serde, Kafka producer and consumer
 * settings, dead letters, topics, Jdbi, the outbox and inbox, the blob store. A worker imports this and
 * declares only what it consumes, decides and emits.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PipelineProperties.class)
@org.springframework.context.annotation.Import(PipelineOperations.class)
public class PipelineConfiguration {

    @Bean
    SchemaRegistryClient schemaRegistryClient(PipelineProperties properties) {
        return new SchemaRegistryClient(properties.schemaRegistryUrl());
    }

    @Bean
    AvroEventSerde avroEventSerde(SchemaRegistryClient registry, PipelineProperties properties) {
        return new AvroEventSerde(registry, properties.autoRegisterSchemas());
    }

    /**
     * Every worker's clock: China's, shifted by {@code pipeline.clock-offset} (zero, except in demos and tests
     * that replay documents dated for another day: each worker judges dates by the same shifted day). A test may
     * register its own {@code clock} singleton before the context starts (hence the condition: a bean
     * definition of the same name would replace it).
     */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(Clock.class)
    Clock clock(@Value("${pipeline.clock-offset:0s}") Duration offset) {
        return offset.isZero() ? ChinaTime.clock() : Clock.offset(ChinaTime.clock(), offset);
    }

    @Bean
    PersonalDataCipher personalDataCipher(PipelineProperties properties) {
        return PersonalDataCipher.fromBase64(properties.personalDataKey());
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(prefix = "pipeline.blob-store", name = "root")
    BlobStore blobStore(PipelineProperties properties, PersonalDataCipher cipher) {
        Path root = properties.blobStore().root();
        return new FileSystemBlobStore(root, cipher);
    }

    @Bean
    Jdbi jdbi(DataSource dataSource) {
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
    }

    /**
     * One producer for the outbox relay and dead letters: values are already Confluent-framed bytes.
     * Idempotence and acks=all are set here, once, so no worker can forget them.
     */
    @Bean
    KafkaTemplate<String, byte[]> kafkaTemplate(KafkaProperties kafka, ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(config);
        meters.ifAvailable(registry -> producers.addListener(new MicrometerProducerListener<>(registry)));
        return new KafkaTemplate<>(producers);
    }

    /**
     * Values are consumed as bytes and decoded by {@link EventProcessing}, so that a record that cannot be
     * decoded reaches its dead-letter topic byte for byte as it arrived.
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> kafkaListenerContainerFactory(KafkaProperties kafka,
            PipelineProperties properties, KafkaTemplate<String, byte[]> template, ObjectProvider<MeterRegistry> meters,
            org.springframework.beans.factory.ObjectProvider<DeadLetterListener> deadLetterListeners) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");

        ConcurrentKafkaListenerContainerFactory<String, byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
        DefaultKafkaConsumerFactory<String, byte[]> consumers = new DefaultKafkaConsumerFactory<>(config);
        // the Kafka client's own metrics, consumer lag among them (kafka_consumer_fetch_manager_records_lag_max),
        // tagged with the client id, which names the consumer group (docs/operations.md)
        meters.ifAvailable(registry -> consumers.addListener(new MicrometerConsumerListener<>(registry)));
        factory.setConsumerFactory(consumers);
        factory.setConcurrency(properties.consumer().concurrency());
        // one offset commit per poll, after its records are processed (EventProcessing.processPoll): a crash before
        // it redelivers records whose inbox entries are committed, and they are skipped; a commit per record cost a
        // broker round trip per event
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.setCommonErrorHandler(errorHandler(properties, template, deadLetterListeners.orderedStream().toList()));
        return factory;
    }

    /**
     * Spring Kafka's way: bounded exponential retries, then the dead-letter topic beside the source partition,
     * through {@link DeadLetterPublisher}, so that a copy too large for the dead-letter topic cannot stall it.
     */
    static DefaultErrorHandler errorHandler(PipelineProperties properties, KafkaTemplate<String, byte[]> template) {
        return errorHandler(properties, template, List.of());
    }

    static DefaultErrorHandler errorHandler(PipelineProperties properties, KafkaTemplate<String, byte[]> template,
            List<DeadLetterListener> listeners) {
        DeadLetterPublisher deadLetters = new DeadLetterPublisher(template,
                (record, e) -> new org.apache.kafka.common.TopicPartition(
                        Topics.byName(record.topic()).map(Topic::deadLetterTopic).orElse(record.topic() + "-dlt"),
                        record.partition()));
        // consumer-aware, so that each dead letter names the group that gave up on it (kafka_dlt-original-consumer-group)
        org.springframework.kafka.listener.ConsumerAwareRecordRecoverer recoverer = (record, consumer, thrown) -> {
            Exception e = withoutBatchWrapper(thrown);
            for (DeadLetterListener listener : listeners) {
                try {
                    listener.beforeDeadLetter(record, e);
                } catch (RuntimeException failure) {
                    LoggerFactory.getLogger(PipelineConfiguration.class).warn("dead-letter listener failed on {}-{}@{}: {}",
                            record.topic(), record.partition(), record.offset(), failure.toString());
                }
            }
            deadLetters.accept(record, consumer, e);
        };
        ExponentialBackOff backOff = new ExponentialBackOff(properties.consumer().backoff().toMillis(), 2.0);
        backOff.setMaxAttempts(properties.consumer().maxAttempts() - 1);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        // An unreachable database, registry or mail server is waited out, however long it takes.
        handler.setBackOffFunction((record, e) -> TransientFailures.isTransient(e) ? untilItAnswers(properties) : null);
        // A record that cannot be decoded or breaks a contract will fail the same way every time: no retries.
        handler.addNotRetryableExceptions(PoisonEventException.class,
                org.apache.kafka.common.errors.SerializationException.class);
        return handler;
    }

    /**
     * The failure as a record listener would have thrown it: a batch listener names its failed record with a
     * {@link org.springframework.kafka.listener.BatchListenerFailedException} around the cause, which would
     * otherwise stand in the dead letter's {@code kafka_dlt-exception-cause-fqcn} instead of the cause itself.
     */
    static Exception withoutBatchWrapper(Exception failure) {
        if (failure instanceof org.springframework.kafka.listener.ListenerExecutionFailedException listener
                && listener.getCause() instanceof org.springframework.kafka.listener.BatchListenerFailedException batch
                && batch.getCause() != null) {
            return new org.springframework.kafka.listener.ListenerExecutionFailedException(listener.getMessage(),
                    listener.getGroupId(), batch.getCause());
        }
        if (failure instanceof org.springframework.kafka.listener.BatchListenerFailedException batch
                && batch.getCause() instanceof Exception cause) {
            return cause;
        }
        return failure;
    }

    private static ExponentialBackOff untilItAnswers(PipelineProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.consumer().backoff().toMillis(), 2.0);
        backOff.setMaxInterval(30_000);
        return backOff; // no maximum of attempts or time
    }

    /** Every catalogued topic and its dead-letter topic, with as many partitions. Creating them is idempotent. */
    @Bean
    KafkaAdmin.NewTopics pipelineTopics(PipelineProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        short replicas = properties.topics().replicationFactor();
        for (Topic<?> topic : Topics.all()) {
            NewTopic newTopic = new NewTopic(topic.name(), topic.partitions(), replicas);
            if (topic.compacted()) {
                newTopic.configs(java.util.Map.of("cleanup.policy", "compact"));
            }
            topics.add(newTopic);
            topics.add(new NewTopic(topic.deadLetterTopic(), topic.partitions(), replicas));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    Outbox outbox(AvroEventSerde serde) {
        return new Outbox(serde);
    }

    @Bean
    OutboxRelay outboxRelay(Jdbi jdbi, KafkaTemplate<String, byte[]> template, PipelineProperties properties) {
        return new OutboxRelay(jdbi, template, properties.outbox());
    }

    @Bean
    EventProcessing eventProcessing(Jdbi jdbi, AvroEventSerde serde, OutboxRelay relay) {
        return new EventProcessing(jdbi, serde, relay);
    }

    @Bean
    SubscriptionContainers subscriptionContainers(
            ConcurrentKafkaListenerContainerFactory<String, byte[]> factory, EventProcessing processing,
            org.springframework.beans.factory.ObjectProvider<org.voicequal.pipeline.consume.EventSubscription<?>> subscriptions) {
        return new SubscriptionContainers(factory, processing, subscriptions.orderedStream().toList());
    }
}
