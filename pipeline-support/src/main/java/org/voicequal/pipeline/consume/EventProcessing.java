package org.voicequal.pipeline.consume;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.voicequal.pipeline.outbox.OutboxRelay;
import org.voicequal.schemas.registry.AvroEventSerde;

/**
 * Decodes a record, and processes it exactly once in effect: the inbox entry, the handler's writes and the
 * outbox rows of the events it causes commit in one transaction. A redelivered event (after a crash before
 * the offset commit, or a duplicate from the relay) finds its inbox entry and is skipped. A subscription's
 * preparation runs before that transaction, and only for an event the inbox has not seen yet.
 *
 * <p>The containers hand over a whole poll ({@link #processPoll}): the events of a poll that all succeed share
 * one transaction, each still with its own inbox entry and outbox rows, in the order they were polled. A record
 * that fails is named to the error handler ({@link BatchListenerFailedException}) after the ones before it have
 * committed, so it is retried or dead-lettered alone, exactly as it would be in a poll of its own.
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

    /**
     * Processes one poll's records in as few transactions as their failures allow. Records are decoded, checked
     * and prepared in the order they were polled, on the consumer's thread, so a key's events apply in order (one
     * partition's records come in offset order; different keys were never ordered against each other). The run of
     * records that all succeed commits in one transaction: one commit instead of one per event. A record that
     * cannot be decoded, breaks the {@link Contract} or whose preparation fails ends the run: the records before it
     * commit, and it is thrown as {@link BatchListenerFailedException} naming it, so the error handler commits the
     * offsets before it, retries or dead-letters it alone with the usual classification (poison: at once;
     * infrastructure: waited out) and polls the records after it again. When the run's transaction fails, it is
     * rolled back whole and its records are processed again one transaction each, so that the failure is pinned to
     * its own record and the ones before it commit. Prepared work commits at least every
     * {@link #PREPARED_RUN_NANOS}, so that a slow preparation does not hold the results before it.
     */
    public <V extends SpecificRecord> void processPoll(EventSubscription<V> subscription,
            List<ConsumerRecord<String, byte[]>> records) {
        List<Decoded<V>> decoded = new ArrayList<>(records.size());
        RuntimeException undecodable = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                V event = decode(subscription, record);
                decoded.add(new Decoded<>(record, event, eventId(event)));
            } catch (RuntimeException e) {
                undecodable = e; // the records before it are processed first
                break;
            }
        }
        Set<String> seen = subscription.prepares() ? alreadyProcessed(subscription.group(), decoded) : Set.of();
        List<Prepared<V>> run = new ArrayList<>();
        long runStart = System.nanoTime();
        for (Decoded<V> d : decoded) {
            if (seen.contains(d.eventId())) {
                log.info("{} skipped redelivered event {}", subscription.group(), d.eventId());
                continue;
            }
            EventSubscription.Handler<V> handler;
            try {
                handler = subscription.preparation().prepare(d.event(), d.record().headers());
            } catch (RuntimeException e) {
                commit(subscription, run);
                throw failed(d.record(), e);
            }
            run.add(new Prepared<>(d, handler));
            if (subscription.prepares() && System.nanoTime() - runStart > PREPARED_RUN_NANOS) {
                commit(subscription, run);
                run.clear();
                runStart = System.nanoTime();
            }
        }
        commit(subscription, run);
        if (undecodable != null) {
            throw failed(records.get(decoded.size()), undecodable);
        }
    }

    /** How long prepared results may wait for the ones after them before they are committed. */
    static final long PREPARED_RUN_NANOS = 100_000_000L;

    private <V extends SpecificRecord> void commit(EventSubscription<V> subscription, List<Prepared<V>> run) {
        if (run.isEmpty()) {
            return;
        }
        List<Prepared<V>> processed;
        try {
            processed = jdbi.inTransaction(handle -> {
                List<Prepared<V>> first = new ArrayList<>(run.size());
                for (Prepared<V> p : run) {
                    if (firstDelivery(handle, subscription.group(), p.decoded().eventId())) {
                        p.handler().handle(handle, p.decoded().event());
                        first.add(p);
                    }
                }
                return first;
            });
        } catch (RuntimeException together) {
            if (run.size() == 1) {
                throw failed(run.get(0).decoded().record(), together);
            }
            // rolled back whole: nothing of the run is committed; one transaction each finds the record at fault
            log.debug("{}: {} events failed together ({}); one transaction each now", subscription.group(), run.size(),
                    together.toString());
            processed = new ArrayList<>(run.size());
            try {
                for (Prepared<V> p : run) {
                    if (commitAlone(subscription, p)) {
                        processed.add(p);
                    }
                }
            } finally {
                announce(subscription, processed, run.size());
            }
            return;
        }
        announce(subscription, processed, run.size());
    }

    private <V extends SpecificRecord> boolean commitAlone(EventSubscription<V> subscription, Prepared<V> p) {
        try {
            return jdbi.inTransaction(handle -> {
                if (!firstDelivery(handle, subscription.group(), p.decoded().eventId())) {
                    return false;
                }
                p.handler().handle(handle, p.decoded().event());
                return true;
            });
        } catch (RuntimeException e) {
            throw failed(p.decoded().record(), e);
        }
    }

    private <V extends SpecificRecord> void announce(EventSubscription<V> subscription, List<Prepared<V>> processed,
            int attempted) {
        if (!processed.isEmpty()) {
            relay.wakeUp();
        }
        if (log.isDebugEnabled()) {
            processed.forEach(p -> log.debug("{} processed event {} from {}-{}@{}", subscription.group(),
                    p.decoded().eventId(), p.decoded().record().topic(), p.decoded().record().partition(),
                    p.decoded().record().offset()));
        }
        if (processed.size() < attempted) {
            log.info("{} skipped {} redelivered events", subscription.group(), attempted - processed.size());
        }
    }

    /** Names the record that failed, so that the error handler retries or dead-letters it and no other. */
    private static BatchListenerFailedException failed(ConsumerRecord<String, byte[]> record, RuntimeException cause) {
        if (cause instanceof BatchListenerFailedException already) {
            return already;
        }
        return new BatchListenerFailedException(String.valueOf(cause.getMessage()), cause, record);
    }

    private <V extends SpecificRecord> V decode(EventSubscription<V> subscription, ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new PoisonEventException("record without a value at " + record.topic() + "-" + record.partition()
                    + "@" + record.offset());
        }
        return serde.deserialize(subscription.topic(), record.value());
    }

    private <V extends SpecificRecord> Set<String> alreadyProcessed(String consumer, List<Decoded<V>> decoded) {
        if (decoded.isEmpty()) {
            return Set.of();
        }
        String[] ids = decoded.stream().map(Decoded::eventId).toArray(String[]::new);
        return jdbi.withHandle(handle -> new HashSet<>(handle.createQuery(
                        "SELECT event_id FROM processed_event WHERE consumer = :consumer AND event_id = ANY(:ids)")
                .bind("consumer", consumer).bindArray("ids", String.class, (Object[]) ids).mapTo(String.class).list()));
    }

    private record Decoded<V>(ConsumerRecord<String, byte[]> record, V event, String eventId) {
    }

    private record Prepared<V>(Decoded<V> decoded, EventSubscription.Handler<V> handler) {
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
