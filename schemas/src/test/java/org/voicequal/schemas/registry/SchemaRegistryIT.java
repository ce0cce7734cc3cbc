package org.voicequal.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.localinfra.ApicurioRegistry;
import org.voicequal.schemas.Topics;

/** The registry client and the wire format against a real registry: Apicurio in its Confluent-compatible mode. */
class SchemaRegistryIT {

    private static ApicurioRegistry apicurio;
    private static SchemaRegistryClient client;

    @BeforeAll
    static void start() throws Exception {
        apicurio = ApicurioRegistry.start(null, Files.createTempDirectory("apicurio").resolve("registry.log"));
        client = new SchemaRegistryClient(apicurio.confluentCompatibleUrl());
        client.setCompatibility("BACKWARD");
    }

    @AfterAll
    static void stop() {
        apicurio.close();
    }

    @Test
    void registersLooksUpAndFetchesById() {
        Schema schema = Topics.STATUS_CHANGED.valueSchema();
        int id = client.register("it-status-value", schema);
        assertThat(client.register("it-status-value", schema)).as("registering again is idempotent").isEqualTo(id);

        SchemaRegistryClient fresh = new SchemaRegistryClient(apicurio.confluentCompatibleUrl());
        assertThat(fresh.lookup("it-status-value", schema)).hasValue(id);
        assertThat(fresh.schemaById(id)).isEqualTo(schema);
        assertThat(fresh.lookup("it-unknown-value", schema)).isEmpty();
        assertThat(fresh.compatibility()).isEqualTo("BACKWARD");
    }

    @Test
    void refusesAnIncompatibleSchemaUnderBackward() {
        Schema v1 = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");
        Schema addsRequiredField = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\"}]}");
        Schema addsOptionalField = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\",\"default\":0}]}");
        client.register("it-compat-value", v1);

        assertThat(client.isCompatible("it-compat-value", addsRequiredField)).isFalse();
        assertThat(client.isCompatible("it-compat-value", addsOptionalField)).isTrue();
        assertThatThrownBy(() -> client.register("it-compat-value", addsRequiredField))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void valuesRoundTripInTheConfluentWireFormat() {
        AvroEventSerde serde = new AvroEventSerde(client, true);
        QualificationStatusChanged event = QualificationStatusChanged.newBuilder().setEventId("e1")
                .setQualificationId("q1").setAccountId("a1").setStatus(QualificationStatus.APPROVED)
                .setOccurredAt(Instant.parse("2026-11-29T10:00:00Z")).setReasons(List.of()).setDocuments(List.of())
                .setSource("it").build();
        byte[] bytes = serde.serialize(Topics.STATUS_CHANGED, event);

        assertThat(bytes[0]).isZero();
        int id = java.nio.ByteBuffer.wrap(bytes, 1, 4).getInt();
        assertThat(client.lookup(Topics.STATUS_CHANGED.valueSubject(), event.getSchema())).hasValue(id);
        AvroEventSerde reader = new AvroEventSerde(new SchemaRegistryClient(apicurio.confluentCompatibleUrl()), false);
        assertThat(reader.deserialize(Topics.STATUS_CHANGED, bytes)).isEqualTo(event);

        assertThatThrownBy(() -> reader.deserialize(Topics.STATUS_CHANGED, new byte[] {1, 0, 0, 0, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("magic byte");
        assertThatThrownBy(() -> reader.deserialize(Topics.STATUS_CHANGED, new byte[] {0, 0, 0, 39, 15, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown to the registry");
    }
}
