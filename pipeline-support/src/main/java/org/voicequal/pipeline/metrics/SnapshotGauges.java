package org.voicequal.pipeline.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gauges that one query answers together (a worker's open tasks, its emails waiting): a scrape reads every gauge,
 * so the query runs at most once a second however many gauges it serves. A query that fails (the database away)
 * shows as NaN, which Prometheus records as a gap rather than as a misleading zero.
 */
public final class SnapshotGauges implements MeterBinder {

    private static final Duration VALIDITY = Duration.ofSeconds(1);

    /** One gauge: its metric name, and the key of the query's result it shows. */
    public record Reading(String name, String key, String description, String baseUnit) {
    }

    private final Supplier<Map<String, ? extends Number>> query;
    private final List<Reading> readings;
    private volatile Map<String, ? extends Number> last;
    private volatile long takenAtNanos;

    public SnapshotGauges(Supplier<Map<String, ? extends Number>> query, List<Reading> readings) {
        this.query = query;
        this.readings = List.copyOf(readings);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Reading reading : readings) {
            // a gauge holds its object weakly by default: one that nothing else keeps would read NaN after a GC
            // (seen in this class's test), so the registry keeps it
            Gauge.builder(reading.name(), this, gauges -> gauges.value(reading.key())).strongReference(true)
                    .description(reading.description()).baseUnit(reading.baseUnit()).register(registry);
        }
    }

    double value(String key) {
        Map<String, ? extends Number> current = last;
        if (current == null || System.nanoTime() - takenAtNanos >= VALIDITY.toNanos()) {
            try {
                current = query.get();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
            last = current;
            takenAtNanos = System.nanoTime();
        }
        Number value = current.get(key);
        return value == null ? Double.NaN : value.doubleValue();
    }
}
