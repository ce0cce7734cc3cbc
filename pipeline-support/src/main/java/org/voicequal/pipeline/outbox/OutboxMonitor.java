package org.voicequal.pipeline.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.health.contributor.Health;

/**
 * The outbox as operators see it: rows waiting to be published (backlog), the age of the oldest, and parked rows
 * ({@link OutboxRelay}), as metrics and as the {@code outbox} health. A parked row leaves the worker UP: a restart
 * would not publish it, so it is an alert on {@code pipeline_outbox_parked}, not a reason to kill the process; a
 * relay that has failed several times in a row (broker unreachable) makes it DOWN.
 */
public class OutboxMonitor implements MeterBinder {

    /** Failed relay attempts in a row after which the outbox is reported DOWN (about a minute of back-off). */
    static final int FAILURES_FOR_DOWN = 5;
    /** A scrape reads all three gauges: one query serves them. */
    private static final Duration SNAPSHOT_VALIDITY = Duration.ofSeconds(1);

    private final Jdbi jdbi;
    private final OutboxRelay relay;
    private volatile Snapshot snapshot;

    public OutboxMonitor(Jdbi jdbi, OutboxRelay relay) {
        this.jdbi = jdbi;
        this.relay = relay;
    }

    /** @param oldestWaitingSeconds age of the oldest row still to publish, 0 when none. */
    public record Snapshot(long backlog, long parked, double oldestWaitingSeconds, long takenAtNanos) {
    }

    public Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current != null && System.nanoTime() - current.takenAtNanos() < SNAPSHOT_VALIDITY.toNanos()) {
            return current;
        }
        current = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT count(*) FILTER (WHERE parked_at IS NULL)     AS backlog,
                               count(*) FILTER (WHERE parked_at IS NOT NULL) AS parked,
                               coalesce(extract(EPOCH FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL)), 0) AS oldest
                        FROM outbox""")
                .map((rs, ctx) -> new Snapshot(rs.getLong("backlog"), rs.getLong("parked"), rs.getDouble("oldest"),
                        System.nanoTime()))
                .one());
        snapshot = current;
        return current;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("pipeline.outbox.backlog", this, m -> m.snapshot().backlog())
                .description("Outbox rows waiting to be published").baseUnit("rows").register(registry);
        Gauge.builder("pipeline.outbox.parked", this, m -> m.snapshot().parked())
                .description("Outbox rows parked: the broker cannot accept them, or they wait behind one of their key")
                .baseUnit("rows").register(registry);
        Gauge.builder("pipeline.outbox.oldest.age", this, m -> m.snapshot().oldestWaitingSeconds())
                .description("Age of the oldest outbox row waiting to be published").baseUnit("seconds")
                .register(registry);
    }

    /** The {@code outbox} health component; DOWN too when the database does not answer. */
    public Health health() {
        Health.Builder builder = new Health.Builder();
        Snapshot current;
        try {
            current = snapshot();
        } catch (RuntimeException e) {
            return builder.down().withDetail("error", e.getClass().getName()).build();
        }
        long failures = relay.consecutiveFailures();
        builder.withDetail("backlog", current.backlog()).withDetail("parked", current.parked())
                .withDetail("oldestWaitingSeconds", Math.round(current.oldestWaitingSeconds()))
                .withDetail("relayFailuresInARow", failures);
        if (failures >= FAILURES_FOR_DOWN) {
            builder.down().withDetail("lastFailure", relay.lastFailure());
        } else {
            builder.up();
        }
        return builder.build();
    }
}
