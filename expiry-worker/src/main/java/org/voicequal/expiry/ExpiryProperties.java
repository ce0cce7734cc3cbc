package org.voicequal.expiry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * expiry-worker's settings, under {@code expiry.*}.
 *
 * @param warnDays          days before the earliest validity end from which a qualification is expiring soon
 *                          (即將過期); SPEC §1.3 says 7. A change applies to schedules computed after it.
 * @param scanInterval      how often the scan looks for due qualifications. Transitions happen on China's
 *                          midnight, so an hour means a reminder goes out at most an hour into its day.
 * @param scanInitialDelay  how long after start-up the first scan runs (the start-up scan).
 * @param scanBatchSize     due qualifications settled per transaction: bounds a transaction's length and
 *                          locks, while the scan goes on batch after batch until nothing is due.
 */
@Validated
@ConfigurationProperties("expiry")
public record ExpiryProperties(
        @DefaultValue("7") @Min(0) @Max(90) int warnDays,
        @NotNull @DefaultValue("1h") Duration scanInterval,
        @NotNull @DefaultValue("5s") Duration scanInitialDelay,
        @DefaultValue("500") @Min(1) @Max(10_000) int scanBatchSize) {
}
