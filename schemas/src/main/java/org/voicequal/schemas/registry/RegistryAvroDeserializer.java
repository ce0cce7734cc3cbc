package org.voicequal.schemas.registry;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.voicequal.schemas.Topics;

/**
 * A Kafka {@link Deserializer} for downstream consumers of the catalogue's topics: reads each value as the
 * generated class of its topic, e.g. {@code QualificationStatusChanged}. Needs {@code schema.registry.url}.
 */
public class RegistryAvroDeserializer implements Deserializer<SpecificRecord> {

    private AvroEventSerde serde;

    public RegistryAvroDeserializer() {
    }

    public RegistryAvroDeserializer(AvroEventSerde serde) {
        this.serde = serde;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (serde == null) {
            serde = new AvroEventSerde(new SchemaRegistryClient(String.valueOf(configs.get("schema.registry.url"))), false);
        }
    }

    @Override
    public SpecificRecord deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        var catalogued = Topics.byName(topic)
                .orElseThrow(() -> new SerializationException("topic " + topic + " is not in the catalogue"));
        return serde.deserialize(catalogued.valueType(), data);
    }
}
