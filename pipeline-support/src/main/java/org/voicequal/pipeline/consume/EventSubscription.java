package org.voicequal.pipeline.consume;

import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.jdbi.v3.core.Handle;
import org.voicequal.schemas.Topic;

/**
 * What a worker consumes and what it does with each event: the handler runs inside one database
 * transaction, together with the inbox entry that makes redeliveries harmless and the outbox rows of the
 * events it causes. Declare one as a bean; {@link SubscriptionContainers} runs it. Every event is checked
 * against the {@link Contract} before the preparation or the handler sees it.
 *
 * <p>Work that takes seconds (recognising images) must not hold a database connection and a transaction
 * open: such a worker declares a {@link Preparation} with {@link #prepared}, which runs first, outside any
 * transaction, and returns the handler that records its result. A preparation may run again for a
 * redelivered event, so it must not have effects of its own beyond caches.
 *
 * @param group    the Kafka consumer group, also the inbox's consumer name: instances of one worker share it.
 * @param prepares whether {@code preparation} does work of its own (then a redelivered event is looked up in
 *                 the inbox first, so that the work is not done again); false for a plain handler.
 */
public record EventSubscription<V extends SpecificRecord>(Topic<V> topic, String group,
                                                          RecordPreparation<V> preparation, boolean prepares) {

    public EventSubscription {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(preparation, "preparation");
        // before any of the worker's own code, and outside its transaction: a breach is poison, not a failure
        RecordPreparation<V> handlers = preparation;
        preparation = (event, headers) -> {
            Contract.check(event);
            return handlers.prepare(event, headers);
        };
    }

    public static <V extends SpecificRecord> EventSubscription<V> on(Topic<V> topic, String group, Handler<V> handler) {
        Objects.requireNonNull(handler, "handler");
        return new EventSubscription<>(topic, group, (event, headers) -> handler, false);
    }

    public static <V extends SpecificRecord> EventSubscription<V> prepared(Topic<V> topic, String group,
            Preparation<V> preparation) {
        Objects.requireNonNull(preparation, "preparation");
        return new EventSubscription<>(topic, group, (event, headers) -> preparation.prepare(event), true);
    }

    /**
     * A preparation that also reads the record's headers: for a topic whose producers authenticate each record
     * in a header (the intake topic), which the event itself must not carry.
     */
    public static <V extends SpecificRecord> EventSubscription<V> preparedWithHeaders(Topic<V> topic, String group,
            RecordPreparation<V> preparation) {
        return new EventSubscription<>(topic, group, preparation, true);
    }

    @FunctionalInterface
    public interface Handler<V> {
        void handle(Handle transaction, V event);
    }

    /** {@link Preparation} with the record's headers. */
    @FunctionalInterface
    public interface RecordPreparation<V> {
        Handler<V> prepare(V event, Headers headers);
    }

    /** Work done before the transaction; returns what the transaction then does. */
    @FunctionalInterface
    public interface Preparation<V> {
        Handler<V> prepare(V event);
    }
}
