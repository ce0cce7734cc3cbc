package org.voicequal.notify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * notify-worker's settings, under {@code notify.*}. SMTP itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from            the sender, e.g. {@code 企業資質 Qualification <no-reply@example.com>}.
 * @param messageIdDomain the right-hand side of every Message-ID ({@code <notification@domain>}).
 * @param dispatch        how pending emails are sent and retried.
 */
@Validated
@ConfigurationProperties("notify")
public record NotifyProperties(@NotBlank String from,
                               @NotBlank @DefaultValue("voicequal") String messageIdDomain,
                               @Valid @NotNull @DefaultValue Dispatch dispatch) {

    /**
     * @param pollInterval   how often the dispatcher looks for pending emails when nothing woke it.
     * @param batchSize      emails claimed per round; each is sent and recorded on its own.
     * @param lease          how long a claimed email is left to its sender before another attempt may take it
     *                       (after a crash). Longer than the SMTP timeouts, or a slow send is sent twice.
     * @param initialBackoff wait after the first transient failure; doubles per attempt up to {@code maxBackoff}.
     * @param maxBackoff     longest wait between attempts.
     * @param maxAttempts    attempts before a transiently failing email is given up and recorded FAILED
     *                       (with the defaults, about two days of an unreachable server).
     * @param threads        dispatchers in this process, each with its own SMTP connection: an email takes a
     *                       round trip or more to the server, so one dispatcher sends at most one email per
     *                       round trip, whatever the cores.
     */
    public record Dispatch(@NotNull @DefaultValue("1s") Duration pollInterval,
                           @DefaultValue("20") @Min(1) int batchSize,
                           @NotNull @DefaultValue("2m") Duration lease,
                           @NotNull @DefaultValue("30s") Duration initialBackoff,
                           @NotNull @DefaultValue("1h") Duration maxBackoff,
                           @DefaultValue("60") @Min(1) int maxAttempts,
                           @DefaultValue("4") @Min(1) int threads) {

        /** The wait after the {@code attempts}-th failed attempt. */
        Duration backoffAfter(int attempts) {
            long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
            Duration wait = initialBackoff.multipliedBy(factor);
            return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
        }
    }
}
