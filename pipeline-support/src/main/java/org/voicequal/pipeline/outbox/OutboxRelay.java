package org.voicequal.pipeline.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.voicequal.pipeline.PipelineProperties;

/**
 * Publishes outbox rows to Kafka in insertion order and deletes them once the broker acknowledged them
 * (acks=all, idempotent producer). A crash between the acknowledgement and the delete publishes a row again:
 * at-least-once, which the consumers' inbox turns into exactly-once processing.
 *
 * <p>Only one relay per schema publishes at a time (a transaction-scoped advisory lock), so that scaling a
 * worker to several instances keeps each qualification's events in order.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Jdbi jdbi;
    private final KafkaTemplate<String, byte[]> template;
    private final PipelineProperties.Outbox settings;
    private final Object signal = new Object();
    private volatile boolean running;
    private volatile boolean wokenUp;
    private Thread thread;

    public OutboxRelay(Jdbi jdbi, KafkaTemplate<String, byte[]> template, PipelineProperties.Outbox settings) {
        this.jdbi = jdbi;
        this.template = template;
        this.settings = settings;
    }

    /** Called after a local commit that wrote to the outbox, so that the event leaves without waiting a poll. */
    public void wakeUp() {
        synchronized (signal) {
            wokenUp = true;
            signal.notifyAll();
        }
    }

    /** Publishes one batch; returns how many events it published (0 when none or another relay holds the lock). */
    public int publishBatch() throws Exception {
        return jdbi.inTransaction(handle -> {
            boolean mine = handle.createQuery("SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox'))")
                    .mapTo(Boolean.class).one();
            if (!mine) {
                return 0;
            }
            List<Row> rows = handle.createQuery("""
                            SELECT id, topic, record_key, payload, event_id
                            FROM outbox ORDER BY id LIMIT :limit""")
                    .bind("limit", settings.batchSize())
                    .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("topic"), rs.getString("record_key"),
                            rs.getBytes("payload"), rs.getString("event_id")))
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
            for (Row row : rows) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
                record.headers().add("event-id", row.eventId().getBytes(StandardCharsets.UTF_8));
                sends.add(template.send(record));
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            handle.createUpdate("DELETE FROM outbox WHERE id = ANY(:ids)")
                    .bindArray("ids", Long.class, rows.stream().map(Row::id).toArray(Long[]::new))
                    .execute();
            return rows.size();
        });
    }

    private void loop() {
        long failures = 0;
        while (running) {
            try {
                int published = publishBatch();
                failures = 0;
                if (published == 0) {
                    awaitSignal(settings.pollInterval().toMillis());
                }
            } catch (Exception e) {
                failures++;
                if (running) {
                    log.warn("outbox relay could not publish (attempt {}): {}", failures, e.toString());
                    awaitSignal(Math.min(30_000, settings.pollInterval().toMillis() * (1L << Math.min(failures, 8))));
                }
            }
        }
    }

    private void awaitSignal(long millis) {
        synchronized (signal) {
            if (!wokenUp && running) {
                try {
                    signal.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            wokenUp = false;
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Row(long id, String topic, String key, byte[] payload, String eventId) {
    }
}
