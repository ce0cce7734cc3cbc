package org.voicequal.ingest.recognition;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code POST /v1/recognitions}'s settings, under {@code ingest.recognition.*}.
 *
 * @param timeout      how long a request waits for ocr-worker's answer before it is told to fill the form by
 *                     hand (the answer can still be fetched later). One image takes about 3 s to read on a
 *                     2-core machine; 20 s leaves room for a few requests queued ahead of it.
 * @param pollInterval how often the answers of waiting requests are looked up in the database, where any
 *                     ingest instance may have stored them; an answer consumed by this instance wakes its
 *                     request at once.
 * @param retention    how long a request and what was read from its image are kept: long enough to fetch a
 *                     late answer, short enough that read ID numbers do not pile up (they stay sealed meanwhile).
 */
@Validated
@ConfigurationProperties("ingest.recognition")
public record RecognitionProperties(@NotNull @DefaultValue("20s") Duration timeout,
                                    @NotNull @DefaultValue("200ms") Duration pollInterval,
                                    @NotNull @DefaultValue("24h") Duration retention) {

    public RecognitionProperties {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("ingest.recognition.timeout must be positive");
        }
        if (pollInterval != null && pollInterval.toMillis() < 10) {
            throw new IllegalArgumentException("ingest.recognition.poll-interval must be at least 10ms");
        }
        if (retention != null && timeout != null && retention.compareTo(timeout) <= 0) {
            throw new IllegalArgumentException("ingest.recognition.retention must be longer than the timeout");
        }
    }
}
