package org.voicequal.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapshotGaugesTest {

    @Test
    void oneQueryServesEveryGaugeOfAScrape() {
        AtomicInteger queries = new AtomicInteger();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new SnapshotGauges(() -> {
            queries.incrementAndGet();
            return Map.of("open", 7L, "overdue", 2L);
        }, List.of(new SnapshotGauges.Reading("tasks.open", "open", "open", null),
                new SnapshotGauges.Reading("tasks.overdue", "overdue", "overdue", null))).bindTo(registry);

        assertThat(registry.get("tasks.open").gauge().value()).isEqualTo(7);
        assertThat(registry.get("tasks.overdue").gauge().value()).isEqualTo(2);
        assertThat(queries).hasValue(1);
    }

    @Test
    void aFailingQueryShowsAsAGapNotAsZero() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new SnapshotGauges(() -> {
            throw new IllegalStateException("database away");
        }, List.of(new SnapshotGauges.Reading("emails.pending", "pending", "pending", null))).bindTo(registry);

        assertThat(registry.get("emails.pending").gauge().value()).isNaN();
    }
}
