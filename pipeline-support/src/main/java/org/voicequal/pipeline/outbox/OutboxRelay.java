package org.voicequal.pipeline.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
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
 * <p>A row the broker can never accept (too large, refused, an invalid topic) is parked: it stays in the table
 * with {@code parked_at} and {@code parked_reason}, counted by {@link OutboxMonitor}, and the rows behind it go on
 * being published, except the later rows of the same topic and key, which are parked behind it ("held"):
 * consumers apply a qualification's events in order (a status must not be overtaken by the one before it), so a
 * gap is worse than a wait. Operators release or delete parked rows (docs/operations.md). A broker that refuses
 * the row itself, rather than the producer before sending, may have taken the key's next rows of the same batch
 * already; keeping the producer's {@code max.request.size} at or under the broker's {@code message.max.bytes}
 * makes "too large" a producer-side refusal.
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
    private volatile long consecutiveFailures;
    private volatile String lastFailure = "";
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

    /**
     * Publishes one batch; returns how many events it published (0 when none or another relay holds the lock).
     * A row the broker can never accept is parked with its reason and the batch goes on; a passing failure
     * (broker unreachable, a timeout) keeps its rows for the next attempt and is thrown once the rows that did
     * leave are deleted, so that the loop backs off.
     */
    public int publishBatch() throws Exception {
        Outcome outcome = jdbi.inTransaction(handle -> {
            boolean mine = handle.createQuery("SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox'))")
                    .mapTo(Boolean.class).one();
            if (!mine) {
                return Outcome.NONE;
            }
            List<Row> rows = handle.createQuery("""
                            SELECT id, topic, record_key, payload, event_id
                            FROM outbox WHERE parked_at IS NULL ORDER BY id LIMIT :limit""")
                    .bind("limit", settings.batchSize())
                    .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("topic"), rs.getString("record_key"),
                            rs.getBytes("payload"), rs.getString("event_id")))
                    .list();
            if (rows.isEmpty()) {
                return Outcome.NONE;
            }
            Map<Key, Long> parkedKeys = parkedKeys(handle);
            Map<Row, CompletableFuture<?>> sends = new LinkedHashMap<>();
            List<Parking> parkings = new ArrayList<>();
            for (Row row : rows) {
                Long blocker = parkedKeys.get(row.key());
                if (blocker != null) {
                    // order per key holds: a qualification's later event must not overtake its parked earlier one
                    parkings.add(new Parking(row, "held behind parked outbox row " + blocker));
                    continue;
                }
                CompletableFuture<?> send = send(row);
                // a record too large for the producer fails here, before the next row of its key is sent
                if (send.isCompletedExceptionally() && unpublishable(failure(send)) != null) {
                    parkings.add(new Parking(row, reason(unpublishable(failure(send)))));
                    parkedKeys.put(row.key(), row.id());
                    continue;
                }
                sends.put(row, send);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            List<Long> published = new ArrayList<>();
            Exception passing = null;
            for (Map.Entry<Row, CompletableFuture<?>> send : sends.entrySet()) {
                try {
                    send.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    published.add(send.getKey().id());
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    Throwable never = unpublishable(e);
                    if (never != null) {
                        // refused by the broker itself: later rows of its key in this batch may already be out
                        parkings.add(new Parking(send.getKey(), reason(never)));
                    } else if (passing == null) {
                        passing = e;
                    }
                }
            }
            if (!published.isEmpty()) {
                handle.createUpdate("DELETE FROM outbox WHERE id = ANY(:ids)")
                        .bindArray("ids", Long.class, published.toArray(Long[]::new))
                        .execute();
            }
            for (Parking parking : parkings) {
                handle.createUpdate("UPDATE outbox SET parked_at = now(), parked_reason = :reason WHERE id = :id")
                        .bind("reason", parking.reason()).bind("id", parking.row().id()).execute();
                // the event id and the reason name the row; the key and the payload stay out of the log
                log.error("outbox row {} (event {} for {}) parked: {}", parking.row().id(), parking.row().eventId(),
                        parking.row().topic(), parking.reason());
            }
            return new Outcome(published.size(), parkings.size(), passing);
        });
        if (outcome.passing() != null) {
            throw outcome.passing();
        }
        return outcome.published();
    }

    /** The earliest parked row of each key that has one: rows of that key wait behind it. */
    private static Map<Key, Long> parkedKeys(org.jdbi.v3.core.Handle handle) {
        Map<Key, Long> keys = new HashMap<>();
        handle.createQuery("SELECT topic, record_key, min(id) AS id FROM outbox WHERE parked_at IS NOT NULL GROUP BY topic, record_key")
                .map((rs, ctx) -> Map.entry(new Key(rs.getString("topic"), rs.getString("record_key")), rs.getLong("id")))
                .forEach(e -> keys.put(e.getKey(), e.getValue()));
        return keys;
    }

    private CompletableFuture<?> send(Row row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key().recordKey(), row.payload());
        record.headers().add("event-id", row.eventId().getBytes(StandardCharsets.UTF_8));
        try {
            return template.send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable failure(CompletableFuture<?> failed) {
        try {
            failed.join();
            return null;
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            return e;
        }
    }

    /**
     * The cause that makes a row unpublishable whatever the retries, or null for a passing failure. A refusal
     * of the whole cluster (authentication) is not here: it is the infrastructure, not the row, and waits.
     */
    static Throwable unpublishable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException
                    || t instanceof InvalidTopicException || t instanceof TopicAuthorizationException
                    || t instanceof InvalidRecordException || t instanceof SerializationException) {
                return t;
            }
        }
        return null;
    }

    private static String reason(Throwable cause) {
        String reason = cause.getClass().getName() + ": " + cause.getMessage();
        return reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    private void loop() {
        long idleWait = settings.pollInterval().toMillis();
        while (running) {
            try {
                int published = publishBatch();
                consecutiveFailures = 0;
                if (published == 0) {
                    // an idle relay polls less and less often: every commit here wakes it anyway (wakeUp), so the
                    // poll only finds rows nothing woke it for; a transaction every poll-interval was waste
                    if (awaitSignal(idleWait)) {
                        idleWait = settings.pollInterval().toMillis();
                    } else {
                        idleWait = Math.min(idleWait * 2, Math.max(settings.pollInterval().toMillis(),
                                settings.maxIdleInterval().toMillis()));
                    }
                } else {
                    idleWait = settings.pollInterval().toMillis();
                }
            } catch (Exception e) {
                long failures = ++consecutiveFailures;
                lastFailure = e.getClass().getName();
                if (running) {
                    log.warn("outbox relay could not publish (attempt {}): {}", failures, e.toString());
                    awaitSignal(Math.min(30_000, settings.pollInterval().toMillis() * (1L << Math.min(failures, 8))));
                }
            }
        }
    }

    /** Failed attempts in a row (broker or database unreachable); 0 once a batch goes through. For health. */
    public long consecutiveFailures() {
        return consecutiveFailures;
    }

    /** The class of the last failure, never its message (which may quote a record). */
    public String lastFailure() {
        return lastFailure;
    }

    /** Waits for a wake-up or {@code millis}; true when woken up. */
    private boolean awaitSignal(long millis) {
        synchronized (signal) {
            if (!wokenUp && running) {
                try {
                    signal.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            boolean woken = wokenUp;
            wokenUp = false;
            return woken;
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

    private record Row(long id, String topic, String recordKey, byte[] payload, String eventId) {
        Key key() {
            return new Key(topic, recordKey);
        }
    }

    private record Key(String topic, String recordKey) {
    }

    private record Parking(Row row, String reason) {
    }

    private record Outcome(int published, int parked, Exception passing) {
        static final Outcome NONE = new Outcome(0, 0, null);
    }
}
