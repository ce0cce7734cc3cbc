package org.voicequal.pipeline.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaHeaders;

class DeadLetterPublisherTest {

    @Test
    void aLongTextIsCutWithinItsBytesWithoutSplittingACharacterAndSaysSo() {
        String text = "資".repeat(10_000); // three bytes each

        String cut = DeadLetterPublisher.cut(text, 1000);

        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1000);
        assertThat(cut).endsWith(" ... [cut, 30000 bytes in all]");
        assertThat(cut.replace(" ... [cut, 30000 bytes in all]", "")).matches("資+");
        assertThat(DeadLetterPublisher.cut("short", 1000)).isEqualTo("short");
    }

    @Test
    void exceptionHeadersNameTheCauseAndStayBoundedHoweverLongItsMessageAndStack() {
        Exception deep = deep(2000, new PoisonEventException("x".repeat(100_000)));
        Exception failure = new ListenerExecutionFailedException("Listener failed", deep);
        Headers headers = new RecordHeaders();
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, "an earlier attempt's".getBytes(StandardCharsets.UTF_8));

        DeadLetterPublisher.exceptionHeaders(headers, failure);

        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN)).isEqualTo(ListenerExecutionFailedException.class.getName());
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)).isEqualTo(RuntimeException.class.getName());
        assertThat(headers.headers(KafkaHeaders.DLT_EXCEPTION_MESSAGE)).hasSize(1);
        assertThat(headers.lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value().length)
                .isLessThanOrEqualTo(DeadLetterPublisher.MAX_MESSAGE_BYTES);
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).startsWith("Listener failed; ");
        assertThat(headers.lastHeader(KafkaHeaders.DLT_EXCEPTION_STACKTRACE).value().length)
                .isLessThanOrEqualTo(DeadLetterPublisher.MAX_STACK_TRACE_BYTES);
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_STACKTRACE)).startsWith(ListenerExecutionFailedException.class.getName());
    }

    @Test
    void onlyARefusalForSizeIsAnsweredWithACutCopy() {
        assertThat(DeadLetterPublisher.tooLarge(new KafkaException("Dead-letter publication failed",
                new java.util.concurrent.ExecutionException(new RecordTooLargeException("1048700 bytes"))))).isTrue();
        assertThat(DeadLetterPublisher.tooLarge(new KafkaException("Dead-letter publication failed",
                new TimeoutException("broker away")))).isFalse();
    }

    private static Exception deep(int depth, Exception root) {
        return depth == 0 ? new RuntimeException("wrapped", root) : deep(depth - 1, root);
    }

    private static String text(Headers headers, String key) {
        return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
