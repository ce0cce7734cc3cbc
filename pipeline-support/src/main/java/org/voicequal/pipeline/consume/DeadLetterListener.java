package org.voicequal.pipeline.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Told of each record just before it goes to its dead-letter topic, with the cause. A topic whose producers
 * wait for an answer (the intake topic) answers refusals here, and may remove headers that must not be
 * copied (a credential). Declare one as a bean; it must not throw: the record is dead-lettered anyway.
 */
@FunctionalInterface
public interface DeadLetterListener {

    void beforeDeadLetter(ConsumerRecord<?, ?> record, Exception cause);
}
