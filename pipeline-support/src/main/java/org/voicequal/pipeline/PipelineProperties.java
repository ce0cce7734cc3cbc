package org.voicequal.pipeline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings every worker shares, under {@code pipeline.*}. Kafka, the database and mail use Spring Boot's
 * own keys ({@code spring.kafka.bootstrap-servers}, {@code spring.datasource.url}, {@code spring.mail.host}).
 *
 * @param schemaRegistryUrl   Confluent-compatible schema registry base URL, e.g. {@code http://registry:8081}
 *                            or Apicurio's {@code http://host:port/apis/ccompat/v7}.
 * @param autoRegisterSchemas register event schemas on first use; turn off where the registry is managed.
 * @param personalDataKey     base64 AES-256 key that seals personal data at rest and in internal events.
 * @param blobStore           where document images are kept (the claim-check store); only the workers
 *                            that read or write images set it.
 * @param consumer            how records are consumed.
 * @param outbox              how the transactional outbox is relayed to Kafka.
 * @param topics              how topics are created.
 * @param inbox               how long the inbox ({@code processed_event}) remembers an event.
 */
@Validated
@ConfigurationProperties("pipeline")
public record PipelineProperties(
        @NotBlank String schemaRegistryUrl,
        @DefaultValue("true") boolean autoRegisterSchemas,
        @NotBlank String personalDataKey,
        @Valid BlobStore blobStore,
        @Valid @NotNull @DefaultValue Consumer consumer,
        @Valid @NotNull @DefaultValue Outbox outbox,
        @Valid @NotNull @DefaultValue Topics topics,
        @Valid @NotNull @DefaultValue Inbox inbox) {

    /** @param root directory of the content-addressed image store; shared by ingest-service and ocr-worker. */
    public record BlobStore(@NotNull Path root) {
    }

    /**
     * @param concurrency  consumer threads per worker instance (at most the topic's partitions are busy).
     * @param maxAttempts  deliveries of a failing record before it goes to the dead-letter topic.
     * @param backoff      first wait between attempts; doubles each time.
     */
    public record Consumer(@DefaultValue("1") @Min(1) @Max(64) int concurrency,
                           @DefaultValue("4") @Min(1) int maxAttempts,
                           @DefaultValue("500ms") Duration backoff) {
    }

    /**
     * @param pollInterval    how often the relay looks for unpublished events when nothing woke it, right after it
     *                        published; every poll that finds nothing doubles the wait, up to
     *                        {@code maxIdleInterval}.
     * @param batchSize       rows published per transaction.
     * @param maxIdleInterval the longest wait between polls of an idle relay. Every commit of this process that
     *                        writes to the outbox wakes the relay at once, so this bounds only the delay of rows
     *                        nothing woke it for (another instance's, while this one held the lock).
     */
    public record Outbox(@DefaultValue("200ms") Duration pollInterval, @DefaultValue("500") @Min(1) int batchSize,
                         @DefaultValue("2s") Duration maxIdleInterval) {
    }

    /** @param replicationFactor replicas of each topic this worker creates (1 locally, 3 in production). */
    public record Topics(@DefaultValue("1") @Min(1) short replicationFactor) {
    }

    /**
     * The inbox's retention. An inbox row is what recognises a redelivered event, so it must outlive the longest
     * time after which the same event can arrive again: a relay resending a row (seconds), a group re-reading
     * after a crash (minutes), and, the longest, a group whose committed offsets expired (Kafka forgets an idle
     * group's offsets after {@code offsets.retention.minutes}, 7 days by default) re-reading from the earliest
     * record still in the topic ({@code retention.ms}, 7 days by default). Past that, a deleted inbox row would
     * let an old event be processed twice. Hence 14 days by default, twice the broker's defaults; raise it if
     * the topics keep records longer. Compacted topics keep each key's last record for ever: their consumers
     * must be idempotent by state, not by the inbox alone.
     *
     * @param retention      inbox rows older than this are deleted.
     * @param purgeInterval  how often the retention runs (and first runs, after start).
     * @param purgeBatchSize rows deleted per statement, so that a large backlog never holds a long lock.
     */
    public record Inbox(@DefaultValue("14d") @NotNull Duration retention,
                        @DefaultValue("1h") @NotNull Duration purgeInterval,
                        @DefaultValue("1000") @Min(1) int purgeBatchSize) {
    }
}
