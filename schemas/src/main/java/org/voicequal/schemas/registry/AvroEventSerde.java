package org.voicequal.schemas.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SystemLimitException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.voicequal.schemas.Topic;

/**
 * Avro in the Confluent wire format: magic byte 0, the writer schema's registry id as 4 bytes big-endian,
 * then Avro binary. Values are registered under the topic's value subject (TopicNameStrategy) and read with
 * the reader's own generated class, resolving against the writer schema, so old and new versions mix.
 */
public class AvroEventSerde {

    static final byte MAGIC = 0;

    /**
     * A value longer than this is refused before decoding: no producer of the pipeline can publish one (the
     * Kafka producer's default {@code max.request.size} bounds a whole record), yet a compressed batch under the
     * broker's limit can carry one far larger.
     */
    public static final int MAX_VALUE_BYTES = 1024 * 1024;

    static {
        // Avro allocates what a length prefix announces before reading it: 18 bytes announcing two billion items
        // exhaust any heap, and an OutOfMemoryError stops a listener container for good. No string, byte array or
        // array inside a value can be longer than the value.
        for (String limit : new String[] {SystemLimitException.MAX_COLLECTION_LENGTH_PROPERTY,
                SystemLimitException.MAX_STRING_LENGTH_PROPERTY, SystemLimitException.MAX_BYTES_LENGTH_PROPERTY}) {
            if (System.getProperty(limit) == null) {
                System.setProperty(limit, Integer.toString(MAX_VALUE_BYTES));
            }
        }
    }

    private final SchemaRegistryClient registry;
    private final boolean autoRegister;
    private final Map<String, Integer> writerIds = new ConcurrentHashMap<>();

    /**
     * @param autoRegister register a schema on first use; when false the schema must already be registered
     *                     (production registries usually forbid clients to register).
     */
    public AvroEventSerde(SchemaRegistryClient registry, boolean autoRegister) {
        this.registry = registry;
        this.autoRegister = autoRegister;
    }

    public <V extends SpecificRecord> byte[] serialize(Topic<V> topic, V value) {
        return serialize(topic.valueSubject(), value);
    }

    public byte[] serialize(String subject, SpecificRecord value) {
        Schema schema = value.getSchema();
        int id = writerIds.computeIfAbsent(subject + '\n' + schema.getFullName(), k -> writerId(subject, schema));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(MAGIC);
            out.write(ByteBuffer.allocate(4).putInt(id).array());
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            new SpecificDatumWriter<SpecificRecord>(schema).write(value, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot serialize " + schema.getFullName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * An unreachable registry stays a {@link SchemaRegistryException} (status 0 or 5xx); a registry that answers
     * but will not give this schema an id is {@link WriterSchemaUnavailableException}: neither is the fault of
     * the event being written, so neither may be taken for a bad record.
     */
    private int writerId(String subject, Schema schema) {
        try {
            if (autoRegister) {
                return registry.register(subject, schema);
            }
            return registry.lookup(subject, schema).orElseThrow(() -> new WriterSchemaUnavailableException(
                    "schema " + schema.getFullName() + " is not registered under " + subject
                            + " (pipeline.auto-register-schemas is false): register it", null));
        } catch (SchemaRegistryException e) {
            if (e.status() == 0 || e.status() >= 500) {
                throw e;
            }
            throw new WriterSchemaUnavailableException("the registry will not give " + schema.getFullName()
                    + " an id under " + subject + ": " + e.getMessage(), e);
        }
    }

    /** Reads a value of {@code topic}'s type; throws {@link SerializationException} for anything malformed. */
    public <V extends SpecificRecord> V deserialize(Topic<V> topic, byte[] data) {
        return deserialize(topic.valueType(), data);
    }

    public <V extends SpecificRecord> V deserialize(Class<V> type, byte[] data) {
        if (data == null || data.length < 5) {
            throw new SerializationException("not a Confluent-framed Avro value: " + (data == null ? 0 : data.length) + " bytes");
        }
        if (data.length > MAX_VALUE_BYTES) {
            throw new SerializationException("a value of " + data.length + " bytes, above the " + MAX_VALUE_BYTES
                    + " a consumer accepts");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        if (buffer.get() != MAGIC) {
            throw new SerializationException("unknown magic byte " + data[0] + " (expected 0)");
        }
        int id = buffer.getInt();
        Schema writer;
        try {
            writer = registry.schemaById(id);
        } catch (SchemaRegistryException e) {
            if (e.status() == 404) {
                throw new SerializationException("schema id " + id + " is unknown to the registry", e);
            }
            throw e; // registry down: retryable, not the record's fault
        }
        Schema readerSchema = org.apache.avro.specific.SpecificData.get().getSchema(type);
        if (!sameType(writer, readerSchema)) {
            // Avro would resolve the fields of another record by name alone, and might succeed
            throw new SerializationException("schema id " + id + " is " + writer.getFullName() + ", not "
                    + readerSchema.getFullName() + " (a schema of another subject)");
        }
        try {
            @SuppressWarnings("unchecked")
            SpecificDatumReader<V> reader = (SpecificDatumReader<V>) readers.get()
                    .computeIfAbsent(new ReaderKey(id, type), k -> new SpecificDatumReader<>(writer, readerSchema));
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, 5, data.length - 5, null);
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot read schema id " + id + " as " + type.getSimpleName() + ": " + e, e);
        }
    }

    private record ReaderKey(int writerId, Class<?> type) {
    }

    /**
     * Datum readers by writer schema id and reader class, one set per thread (a reader keeps per-read state that
     * is not meant to be shared). Avro resolves the writer's schema against the reader's when a reader first
     * reads: with a new reader per event that resolution was about three quarters of decoding (JFR,
     * docs/performance.md). An id names one schema for good, so a cached reader never goes stale.
     */
    private final ThreadLocal<Map<ReaderKey, SpecificDatumReader<?>>> readers = ThreadLocal.withInitial(HashMap::new);

    /** The reader's own record, by name or by one of the reader's aliases, as Confluent's deserializers decide. */
    static boolean sameType(Schema writer, Schema reader) {
        return writer.getType() == reader.getType() && (writer.getFullName().equals(reader.getFullName())
                || reader.getAliases().contains(writer.getFullName()));
    }
}
