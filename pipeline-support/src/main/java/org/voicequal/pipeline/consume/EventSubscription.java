package org.voicequal.pipeline.consume;

import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.jdbi.v3.core.Handle;
import org.voicequal.schemas.Topic;

/**
 * What a worker consumes and what it does with each event: the handler runs inside one database
 * transaction, together with the inbox entry that makes redeliveries harmless and the outbox rows of the
 * events it causes. Declare one as a bean; {@link SubscriptionContainers} runs it.
 *
 * @param group the Kafka consumer group, also the inbox's consumer name: instances of one worker share it.
 */
public record EventSubscription<V extends SpecificRecord>(Topic<V> topic, String group, Handler<V> handler) {

    public EventSubscription {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(handler, "handler");
    }

    public static <V extends SpecificRecord> EventSubscription<V> on(Topic<V> topic, String group, Handler<V> handler) {
        return new EventSubscription<>(topic, group, handler);
    }

    @FunctionalInterface
    public interface Handler<V> {
        void handle(Handle transaction, V event);
    }
}
