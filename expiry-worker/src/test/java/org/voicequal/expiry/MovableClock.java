package org.voicequal.expiry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.voicequal.domain.time.ChinaTime;

/** A clock a test moves instead of sleeping: it stands still until told otherwise. */
public final class MovableClock extends Clock {

    private volatile Instant now;

    public MovableClock(Instant now) {
        this.now = now;
    }

    /** {@code time} o'clock in China on {@code day}. */
    public static MovableClock at(LocalDate day, LocalTime time) {
        return new MovableClock(day.atTime(time).atZone(ChinaTime.ZONE).toInstant());
    }

    public void moveTo(LocalDate day, LocalTime time) {
        now = day.atTime(time).atZone(ChinaTime.ZONE).toInstant();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ChinaTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("China time only");
    }
}
