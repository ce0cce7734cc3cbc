package org.voicequal.pipeline.consume;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.voicequal.pipeline.outbox.OutboxRelay;
import org.voicequal.schemas.registry.AvroEventSerde;

/**
 * Decodes a record, and processes it exactly once in effect: the inbox entry, the handler's writes and the
 * outbox rows of the events it causes commit in one transaction. A redelivered event (after a crash before
 * the offset commit, or a duplicate from the relay) finds its inbox entry and is skipped. A subscription's
 * preparation runs before that transaction, and only for an event the inbox has not seen yet.
 */
public class EventProcessing {

    private static final Logger log = LoggerFactory.getLogger(EventProcessing.class);

    private final Jdbi jdbi;
    private final AvroEventSerde serde;
    private final OutboxRelay relay;

    public EventProcessing(Jdbi jdbi, AvroEventSerde serde, OutboxRelay relay) {
        this.jdbi = jdbi;
        this.serde = serde;
        this.relay = relay;
    }

    public <V extends SpecificRecord> void process(EventSubscription<V> subscription, ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new PoisonEventException("record without a value at " + record.topic() + "-" + record.partition()
                    + "@" + record.offset());
        }
        V event = serde.deserialize(subscription.topic(), record.value());
        String eventId = eventId(event);
        // only work done before the transaction is worth a look-up to skip; a plain handler finds out inside it
        boolean seen = subscription.prepares()
                && jdbi.withHandle(handle -> alreadyProcessed(handle, subscription.group(), eventId));
        boolean processed = !seen && process(subscription, event, eventId, record.headers());
        if (processed) {
            relay.wakeUp();
            log.debug("{} processed event {} from {}-{}@{}", subscription.group(), eventId, record.topic(),
                    record.partition(), record.offset());
        } else {
            log.info("{} skipped redelivered event {}", subscription.group(), eventId);
        }
    }

    private <V extends SpecificRecord> boolean process(EventSubscription<V> subscription, V event, String eventId,
            org.apache.kafka.common.header.Headers headers) {
        EventSubscription.Handler<V> handler = subscription.preparation().prepare(event, headers);
        return jdbi.inTransaction(handle -> {
            if (!firstDelivery(handle, subscription.group(), eventId)) {
                return false; // another instance finished it while this one prepared
            }
            handler.handle(handle, event);
            return true;
        });
    }

    private static boolean alreadyProcessed(Handle handle, String consumer, String eventId) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM processed_event WHERE consumer = :consumer AND event_id = :eventId)")
                .bind("consumer", consumer).bind("eventId", eventId).mapTo(Boolean.class).one();
    }

    /** Records that {@code consumer} has processed {@code eventId}; false if it already had. */
    public static boolean firstDelivery(Handle handle, String consumer, String eventId) {
        return handle.createUpdate("""
                        INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :eventId)
                        ON CONFLICT DO NOTHING""")
                .bind("consumer", consumer).bind("eventId", eventId).execute() == 1;
    }

    static String eventId(SpecificRecord event) {
        Schema.Field field = event.getSchema().getField("eventId");
        Object id = field == null ? null : event.get(field.pos());
        if (id == null || id.toString().isBlank()) {
            throw new PoisonEventException(event.getSchema().getName() + " has no eventId");
        }
        return id.toString();
    }
}
