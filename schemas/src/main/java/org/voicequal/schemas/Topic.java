package org.voicequal.schemas;

import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * One Kafka topic of the pipeline: its name, the Avro type of its values, how many partitions it is created
 * with, and its dead-letter topic. Keys are always the qualification id as a UTF-8 string, so that every
 * event of one qualification lands on one partition, in order.
 */
public record Topic<V extends SpecificRecord>(String name, Class<V> valueType, int partitions, boolean publicContract,
                                              boolean compacted) {

    public Topic(String name, Class<V> valueType, int partitions, boolean publicContract) {
        this(name, valueType, partitions, publicContract, false);
    }

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueType, "valueType");
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic has at least one partition");
        }
    }

    /** Where records that cannot be processed go, with the cause in headers (Spring Kafka's naming). */
    public String deadLetterTopic() {
        return name + "-dlt";
    }

    /** The schema-registry subject of the value (TopicNameStrategy). */
    public String valueSubject() {
        return name + "-value";
    }

    public Schema valueSchema() {
        return SpecificData.get().getSchema(valueType);
    }
}
