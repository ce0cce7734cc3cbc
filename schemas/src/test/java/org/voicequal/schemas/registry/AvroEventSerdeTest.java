package org.voicequal.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.ReviewDecided;
import org.voicequal.events.ReviewDecision;
import org.voicequal.events.ReviewRoute;
import org.voicequal.schemas.Topics;

/** Decoding what a consumer must refuse, against a registry held in memory (the real one is SchemaRegistryIT's). */
class AvroEventSerdeTest {

    private final Map<Integer, Schema> schemas = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final SchemaRegistryClient registry = new SchemaRegistryClient("http://127.0.0.1:9") {
        @Override
        public int register(String subject, Schema schema) {
            return ids.computeIfAbsent(subject + schema, k -> {
                schemas.put(schemas.size() + 1, schema);
                return schemas.size();
            });
        }

        @Override
        public Schema schemaById(int id) {
            Schema schema = schemas.get(id);
            if (schema == null) {
                throw new SchemaRegistryException(404, 40403, "schema not found", null);
            }
            return schema;
        }
    };
    private final AvroEventSerde serde = new AvroEventSerde(registry, true);

    @Test
    void aRecordOfAnotherSubjectIsRefusedWithBothNames() {
        byte[] decided = serde.serialize(Topics.REVIEW_DECIDED, ReviewDecided.newBuilder().setEventId("e")
                .setQualificationId("q").setDecidedAt(Instant.now()).setRoute(ReviewRoute.AUTOMATIC)
                .setDecision(ReviewDecision.APPROVED).build());

        assertThatThrownBy(() -> serde.deserialize(Topics.STATUS_CHANGED, decided))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("org.voicequal.events.ReviewDecided, not org.voicequal.events.QualificationStatusChanged");
    }

    @Test
    void aRecordOfAnotherNameIsRefusedEvenWhereItsFieldsWouldResolve() throws IOException {
        // Given the status change's own fields under another record name, which Avro alone would resolve
        Schema own = QualificationStatusChanged.getClassSchema();
        Schema impostor = Schema.createRecord("Impostor", null, "org.example", false, own.getFields().stream()
                .map(f -> new Schema.Field(f, f.schema())).toList());
        int id = registry.register("elsewhere-value", impostor);
        byte[] encoded = serde.serialize(Topics.STATUS_CHANGED, statusChange());
        byte[] value = frame(id, java.util.Arrays.copyOfRange(encoded, 5, encoded.length));

        assertThat(AvroEventSerde.sameType(own, own)).isTrue();
        assertThatThrownBy(() -> serde.deserialize(Topics.STATUS_CHANGED, value))
                .isInstanceOf(SerializationException.class).hasMessageContaining("org.example.Impostor, not");
    }

    @Test
    void aLengthPrefixAnnouncingMoreThanAValueCanHoldIsRefusedWithoutAllocatingIt() throws IOException {
        // eighteen bytes announcing two billion reasons would take gigabytes before the first item is read
        int id = registry.register(Topics.STATUS_CHANGED.valueSubject(), QualificationStatusChanged.getClassSchema());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(body, null);
        for (int i = 0; i < 3; i++) {
            encoder.writeString("x"); // eventId, qualificationId, accountId
        }
        encoder.writeEnum(0);
        encoder.writeIndex(0); // previousStatus: null
        encoder.writeLong(0); // occurredAt
        encoder.writeArrayStart();
        encoder.setItemCount(Integer.MAX_VALUE - 16);
        encoder.flush();

        assertThatThrownBy(() -> serde.deserialize(Topics.STATUS_CHANGED, frame(id, body.toByteArray())))
                .isInstanceOf(SerializationException.class).hasMessageContaining("SystemLimitException");

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        BinaryEncoder longString = EncoderFactory.get().directBinaryEncoder(text, null);
        longString.writeLong(Integer.MAX_VALUE - 16); // eventId's length
        longString.flush();
        assertThatThrownBy(() -> serde.deserialize(Topics.STATUS_CHANGED, frame(id, text.toByteArray())))
                .isInstanceOf(SerializationException.class).hasMessageContaining("SystemLimitException");
    }

    @Test
    void aValueAboveWhatAProducerCanPublishIsRefusedBeforeDecoding() {
        byte[] value = serde.serialize(Topics.STATUS_CHANGED, statusChange());
        byte[] padded = java.util.Arrays.copyOf(value, AvroEventSerde.MAX_VALUE_BYTES + 1);

        assertThatThrownBy(() -> serde.deserialize(Topics.STATUS_CHANGED, padded))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining((AvroEventSerde.MAX_VALUE_BYTES + 1) + " bytes, above the " + AvroEventSerde.MAX_VALUE_BYTES);
        assertThat(serde.deserialize(Topics.STATUS_CHANGED, value).getStatus()).isEqualTo(QualificationStatus.APPROVED);
    }

    @Test
    void valuesOfOneTypeWrittenWithTwoSchemasAreEachResolvedWithTheirOwnReaderTimeAfterTime() throws IOException {
        // the schema of QualificationStatusChanged before documentEnds was added, registered under its own id
        Schema current = QualificationStatusChanged.getClassSchema();
        List<Schema.Field> fields = current.getFields().stream().filter(f -> !f.name().equals("documentEnds"))
                .map(f -> new Schema.Field(f, f.schema())).toList();
        Schema older = Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
        int olderId = registry.register("older", older);
        org.apache.avro.generic.GenericRecord old = new org.apache.avro.generic.GenericData.Record(older);
        QualificationStatusChanged now = statusChange();
        for (Schema.Field f : older.getFields()) {
            old.put(f.name(), now.get(f.name()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new org.apache.avro.specific.SpecificDatumWriter<org.apache.avro.generic.GenericRecord>(older).write(old, encoder);
        encoder.flush();
        byte[] olderValue = frame(olderId, out.toByteArray());
        byte[] truncated = java.util.Arrays.copyOf(olderValue, olderValue.length - 3);

        for (int r = 0; r < 3; r++) {
            int round = r;
            QualificationStatusChanged written = QualificationStatusChanged.newBuilder(now).setEventId("e" + round)
                    .setDocumentEnds(List.of(new org.voicequal.events.DocumentEnd(
                            org.voicequal.events.DocumentType.BUSINESS_LICENCE, java.time.LocalDate.of(2030, 1, round + 1),
                            org.voicequal.events.EndOrigin.RECOGNIZED))).build();
            QualificationStatusChanged read = serde.deserialize(Topics.STATUS_CHANGED,
                    serde.serialize(Topics.STATUS_CHANGED, written));
            // field by field: Avro's own equals cannot compare a union holding a logical type
            assertThat(read).isNotSameAs(written);
            assertThat(read.getEventId()).isEqualTo("e" + round);
            assertThat(read.getDocumentEnds()).singleElement()
                    .satisfies(end -> assertThat(end.getValidTo()).isEqualTo(java.time.LocalDate.of(2030, 1, round + 1)));
            assertThatThrownBy(() -> serde.deserialize(Topics.STATUS_CHANGED, truncated))
                    .isInstanceOf(SerializationException.class);
            QualificationStatusChanged resolved = serde.deserialize(Topics.STATUS_CHANGED, olderValue);
            assertThat(resolved.getEventId()).isEqualTo("e");
            assertThat(resolved.getDocumentEnds()).as("the older writer had none: the default").isEmpty();
        }
    }

    private static QualificationStatusChanged statusChange() {
        return QualificationStatusChanged.newBuilder().setEventId("e").setQualificationId("q").setAccountId("a")
                .setStatus(QualificationStatus.APPROVED).setOccurredAt(Instant.now()).setSource("test")
                .setReasons(List.of()).build();
    }

    /** An Avro body behind the Confluent frame of schema {@code id}. */
    private static byte[] frame(int id, byte[] body) {
        return ByteBuffer.allocate(5 + body.length).put(AvroEventSerde.MAGIC).putInt(id).put(body).array();
    }
}
