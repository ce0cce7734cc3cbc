package org.voicequal.schemas.registry;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka {@link Serializer} for downstream consumers and tools that configure serdes by class name:
 * {@code schema.registry.url} (required) and {@code auto.register.schemas} (default true).
 */
public class RegistryAvroSerializer implements Serializer<SpecificRecord> {

    private AvroEventSerde serde;

    public RegistryAvroSerializer() {
    }

    public RegistryAvroSerializer(AvroEventSerde serde) {
        this.serde = serde;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (serde == null) {
            serde = new AvroEventSerde(new SchemaRegistryClient(String.valueOf(configs.get("schema.registry.url"))),
                    !"false".equals(String.valueOf(configs.get("auto.register.schemas"))));
        }
    }

    @Override
    public byte[] serialize(String topic, SpecificRecord data) {
        return data == null ? null : serde.serialize(topic + "-value", data);
    }
}
