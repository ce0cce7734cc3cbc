package org.voicequal.pipeline.consume;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Sends a failed record to its dead-letter topic so that the copy always fits. Spring Kafka's recoverer adds the
 * exception's message and whole stack trace as headers; a record near the broker's limit (1 MB by default) then
 * no longer fits, the recoverer throws, and the error handler delivers the record again, for ever: the
 * partition stalls. Here the message and the stack trace are cut to {@link #MAX_MESSAGE_BYTES} and
 * {@link #MAX_STACK_TRACE_BYTES}, and a copy still refused as too large, by the producer or by the broker, is
 * sent again with its value cut to its first {@link #KEPT_VALUE_BYTES} bytes (the frame and the schema id),
 * the stack trace to {@link #KEPT_STACK_TRACE_BYTES}, its key and its own headers cut where large, and {@value #TRUNCATED} saying what was cut and why. The
 * original stays in its topic at the offset the {@code kafka_dlt-original-*} headers name, until the topic's
 * retention removes it. Any other failure to publish is thrown: the dead-letter topic is away, and the
 * partition waits for it as for any part of the infrastructure.
 */
public final class DeadLetterPublisher extends DeadLetterPublishingRecoverer {

    /** On a copy cut short: what was cut, and why. Replaying such a copy is pointless. */
    public static final String TRUNCATED = "kafka_dlt-truncated";
    /** On a copy cut short: the length of the original value, in decimal. */
    public static final String ORIGINAL_VALUE_BYTES = "kafka_dlt-original-value-bytes";
    static final int MAX_MESSAGE_BYTES = 4 * 1024;
    static final int MAX_STACK_TRACE_BYTES = 16 * 1024;
    static final int KEPT_VALUE_BYTES = 1024;
    static final int KEPT_STACK_TRACE_BYTES = 2 * 1024;
    static final int KEPT_KEY_CHARS = 256;
    static final int KEPT_HEADER_BYTES = 32 * 1024;
    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

    public DeadLetterPublisher(KafkaOperations<String, byte[]> template,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination) {
        super(template, destination);
        setExceptionHeadersCreator((headers, exception, isKey, names) -> exceptionHeaders(headers, exception));
    }

    @Override
    protected void publish(ProducerRecord<Object, Object> copy, KafkaOperations<Object, Object> template,
            ConsumerRecord<?, ?> record) {
        try {
            send(template, copy);
        } catch (ExecutionException | RuntimeException e) {
            Throwable refusal = e instanceof ExecutionException ? e.getCause() : e;
            if (!tooLarge(refusal)) {
                throw new KafkaException("dead-letter publication to " + copy.topic() + " failed for " + where(record), refusal);
            }
            ProducerRecord<Object, Object> cut = cut(copy, refusal);
            try {
                send(template, cut);
            } catch (ExecutionException | RuntimeException again) {
                throw new KafkaException("could not dead-letter even a cut copy of " + where(record),
                        again instanceof ExecutionException ? again.getCause() : again);
            }
            log.warn("dead-lettered a cut copy of {} to {}-{}: {}", where(record), cut.topic(), cut.partition(),
                    new String(cut.headers().lastHeader(TRUNCATED).value(), StandardCharsets.UTF_8));
        }
    }

    private void send(KafkaOperations<Object, Object> template, ProducerRecord<Object, Object> copy)
            throws ExecutionException {
        try {
            template.send(copy).get(determineSendTimeout(template).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while dead-lettering to " + copy.topic(), e);
        } catch (TimeoutException e) {
            throw new KafkaException("no answer from the broker while dead-lettering to " + copy.topic(), e);
        }
    }

    /**
     * The copy with its value cut to its first bytes, its key and stack trace cut, and the original record's own
     * headers dropped where they are large; the dead letter's headers (origin, cause) stay. A few kilobytes in
     * all, under any dead-letter topic's limit worth the name.
     */
    static ProducerRecord<Object, Object> cut(ProducerRecord<Object, Object> copy, Throwable refusal) {
        byte[] value = bytes(copy.value());
        String why = "value cut to " + Math.min(KEPT_VALUE_BYTES, value.length) + " of " + value.length + " bytes";
        Headers headers = new RecordHeaders();
        int size = size(copy.headers());
        for (Header header : copy.headers()) {
            if (header.key().equals(KafkaHeaders.DLT_EXCEPTION_STACKTRACE)) {
                headers.add(header.key(), cut(new String(header.value(), StandardCharsets.UTF_8), KEPT_STACK_TRACE_BYTES)
                        .getBytes(StandardCharsets.UTF_8));
            } else if (size <= KEPT_HEADER_BYTES || header.key().startsWith("kafka_dlt-")) {
                headers.add(header);
            }
        }
        if (size > KEPT_HEADER_BYTES) {
            why += ", the record's own headers dropped (" + size + " bytes with the dead letter's)";
        }
        Object key = copy.key();
        if (key instanceof String text && text.length() > KEPT_KEY_CHARS) {
            why += ", its key cut to " + KEPT_KEY_CHARS + " of " + text.length() + " characters";
            key = text.substring(0, KEPT_KEY_CHARS);
        }
        Throwable reason = tooLargeIn(refusal);
        why += ": the whole copy was refused (" + reason.getClass().getSimpleName() + ": "
                + cut(String.valueOf(reason.getMessage()), 512) + ")";
        headers.add(TRUNCATED, why.getBytes(StandardCharsets.UTF_8));
        headers.add(ORIGINAL_VALUE_BYTES, Integer.toString(value.length).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(copy.topic(), copy.partition(), copy.timestamp(), key,
                Arrays.copyOf(value, Math.min(KEPT_VALUE_BYTES, value.length)), headers);
    }

    /** Spring Kafka's exception headers, each bounded: the cause's class, its message and its stack trace. */
    static void exceptionHeaders(Headers headers, Exception exception) {
        replace(headers, KafkaHeaders.DLT_EXCEPTION_FQCN, exception.getClass().getName());
        Throwable cause = exception.getCause();
        if (cause != null) {
            replace(headers, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN, cause.getClass().getName());
        }
        String message = exception.getMessage();
        if (cause != null && cause.getMessage() != null) {
            message = message == null ? cause.getMessage() : message + "; " + cause.getMessage();
        }
        if (message != null) {
            replace(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE, cut(message, MAX_MESSAGE_BYTES));
        }
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        replace(headers, KafkaHeaders.DLT_EXCEPTION_STACKTRACE, cut(trace.toString(), MAX_STACK_TRACE_BYTES));
    }

    /** {@code text} in at most {@code maxBytes} of UTF-8, saying so when cut; never a broken character. */
    static String cut(String text, int maxBytes) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= maxBytes) {
            return text;
        }
        String marker = " ... [cut, " + utf8.length + " bytes in all]";
        int keep = maxBytes - marker.length();
        while (keep > 0 && (utf8[keep] & 0xC0) == 0x80) {
            keep--; // back to the first byte of the character that would be split
        }
        return new String(utf8, 0, Math.max(keep, 0), StandardCharsets.UTF_8) + marker;
    }

    private static void replace(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    static boolean tooLarge(Throwable failure) {
        return tooLargeIn(failure) instanceof RecordTooLargeException;
    }

    /** The refusal for size in {@code failure}'s causes, or {@code failure} itself where there is none. */
    private static Throwable tooLargeIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RecordTooLargeException) {
                return t;
            }
        }
        return failure;
    }

    private static byte[] bytes(Object value) {
        if (value == null) {
            return new byte[0];
        }
        return value instanceof byte[] raw ? raw : value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int size(Headers headers) {
        int size = 0;
        for (Header header : headers) {
            size += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
