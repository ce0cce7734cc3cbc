package org.voicequal.pipeline.outbox;

import org.apache.avro.specific.SpecificRecord;
import org.jdbi.v3.core.Handle;
import org.voicequal.schemas.Topic;
import org.voicequal.schemas.registry.AvroEventSerde;

/**
 * Writes an event in the caller's transaction; {@link OutboxRelay} publishes it once the transaction commits.
 * This, rather than Kafka transactions, is how a database write and the events it causes stay atomic: a
 * Kafka transaction cannot include the PostgreSQL write, an outbox row can.
 */
public class Outbox {

    private final AvroEventSerde serde;

    public Outbox(AvroEventSerde serde) {
        this.serde = serde;
    }

    /** @param key the qualification id, so that one qualification's events stay in order on one partition. */
    public <V extends SpecificRecord> void append(Handle transaction, Topic<V> topic, String key, V event) {
        Object eventId = event.get(event.getSchema().getField("eventId").pos());
        transaction.createUpdate("""
                        INSERT INTO outbox (topic, record_key, payload, event_id)
                        VALUES (:topic, :key, :payload, :eventId)""")
                .bind("topic", topic.name())
                .bind("key", key)
                .bind("payload", serde.serialize(topic, event))
                .bind("eventId", eventId.toString())
                .execute();
    }
}
