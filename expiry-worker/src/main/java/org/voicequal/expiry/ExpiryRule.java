package org.voicequal.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The rule of SPEC §1.3, free of storage and time sources: a live qualification is expiring soon from
 * {@code warnDays} days before its earliest end and expired from the day after any end, both on China's
 * calendar; and when it next needs a look. A document that never ends (長期) never counts.
 */
public record ExpiryRule(int warnDays, ZoneId zone) {

    /** A transition that is due: the new stage and the documents that cause it, earliest first. */
    public record Transition(Stage to, List<ValidityEnd> because) {
    }

    /**
     * The transition due for a qualification in {@code stage} at {@code now}: the day is China's, so a
     * transition falls due at 00:00 Asia/Shanghai whatever the server's own zone.
     */
    public Optional<Transition> due(Stage stage, List<ValidityEnd> ends, Instant now) {
        return due(stage, ends, LocalDate.ofInstant(now, zone));
    }

    /** The transition due for a qualification in {@code stage} on {@code today} (China's calendar), if any. */
    public Optional<Transition> due(Stage stage, List<ValidityEnd> ends, LocalDate today) {
        if (!stage.live()) {
            return Optional.empty();
        }
        List<ValidityEnd> expired = ends.stream().filter(e -> e.expiredOn(today)).sorted(ValidityEnd.EARLIEST_FIRST).toList();
        if (!expired.isEmpty()) {
            return Optional.of(new Transition(Stage.EXPIRED, expired));
        }
        List<ValidityEnd> soon = ends.stream().filter(e -> e.endsWithin(today, warnDays))
                .sorted(ValidityEnd.EARLIEST_FIRST).toList();
        if (stage == Stage.ACTIVE && !soon.isEmpty()) {
            return Optional.of(new Transition(Stage.EXPIRING_SOON, soon));
        }
        return Optional.empty();
    }

    /**
     * When a qualification in {@code stage} next needs a look: the first instant of the reminder's day while
     * active, of the day after the earliest end while expiring soon; null when settled or nothing ends.
     */
    public Instant nextDue(Stage stage, List<ValidityEnd> ends) {
        Optional<LocalDate> earliest = ends.stream().filter(ValidityEnd::ends).map(ValidityEnd::validTo)
                .min(LocalDate::compareTo);
        if (earliest.isEmpty()) {
            return null;
        }
        return switch (stage) {
            case ACTIVE -> earliest.get().minusDays(warnDays).atStartOfDay(zone).toInstant();
            case EXPIRING_SOON -> earliest.get().plusDays(1).atStartOfDay(zone).toInstant();
            default -> null;
        };
    }
}
