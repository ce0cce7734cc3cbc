package org.voicequal.domain.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The PRC working-day calendar (Asia/Shanghai, {@link ChinaTime}): Saturdays, Sundays and public holidays are
 * days off, except the official make-up working days (調休) that fall on a weekend. The holidays come from a
 * data file, {@code cn-working-calendar.csv} beside this class, which ships only the years the State Council
 * has published; its header names the notices and says how to add a year.
 *
 * <h2>What "n working days" means</h2>
 * The review clock runs only on working days. A submission that arrives on a working day at 10:15 is due at
 * 10:15 on the n-th following working day. A submission that arrives on a day off starts the clock at 00:00
 * of the next working day, and so is due at the end (24:00, i.e. 00:00 of the calendar day after) of the n-th
 * working day counted from that one: a Saturday submission with one working day is due at the end of Monday.
 * Both are the first instant at which n × 24 hours of working days have passed since the submission.
 *
 * <h2>Beyond the known years</h2>
 * A date outside the years in the file is judged on weekends alone: its holidays are not known yet. A deadline
 * whose computation looked at such a date is therefore flagged {@link Deadline#provisional() provisional}.
 */
public final class WorkingDays {

    static final String RESOURCE = "cn-working-calendar.csv";

    private static volatile WorkingDays china;

    private final Map<LocalDate, Kind> days;
    private final NavigableSet<Integer> knownYears;

    /** What a dated row of the calendar says about its day. */
    public enum Kind {
        /** A public holiday: a day off, even on a weekday. */
        HOLIDAY,
        /** 調休: a Saturday or Sunday that is a working day. */
        MAKEUP_WORKDAY
    }

    /**
     * When something is due.
     *
     * @param at          the instant it is due
     * @param provisional whether the computation reached a year whose holidays are not published yet (it was
     *                    then computed on weekends alone and may move once the year is added)
     */
    public record Deadline(Instant at, boolean provisional) {
        public Deadline {
            Objects.requireNonNull(at, "at");
        }
    }

    WorkingDays(Map<LocalDate, Kind> days) {
        this.days = Collections.unmodifiableMap(new TreeMap<>(days));
        TreeSet<Integer> years = new TreeSet<>();
        days.forEach((date, kind) -> {
            if (kind == Kind.HOLIDAY) {
                years.add(date.getYear());
            }
        });
        days.forEach((date, kind) -> {
            if (kind == Kind.MAKEUP_WORKDAY && !isWeekend(date)) {
                throw new IllegalArgumentException("make-up working day " + date + " is not a Saturday or Sunday");
            }
        });
        if (!years.isEmpty() && years.last() - years.first() + 1 != years.size()) {
            throw new IllegalArgumentException("the calendar's years have a gap: " + years);
        }
        this.knownYears = Collections.unmodifiableNavigableSet(years);
    }

    /** The PRC calendar from the shipped data file, loaded once. */
    public static WorkingDays china() {
        WorkingDays calendar = china;
        if (calendar == null) {
            synchronized (WorkingDays.class) {
                calendar = china;
                if (calendar == null) {
                    try (InputStream in = WorkingDays.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is missing beside " + WorkingDays.class.getName());
                        }
                        calendar = parse(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                    china = calendar;
                }
            }
        }
        return calendar;
    }

    /**
     * Reads the calendar format: {@code #} comment lines, the header {@code date,kind,name}, then one row per
     * day with an ISO date, {@link Kind} and the holiday's name. A date listed twice is an error.
     */
    static WorkingDays parse(InputStream in) throws IOException {
        Map<LocalDate, Kind> days = new TreeMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        boolean header = false;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!row.equals("date,kind,name")) {
                    throw new IllegalArgumentException("line " + number + ": expected the header date,kind,name");
                }
                header = true;
                continue;
            }
            String[] cells = row.split(",", 3);
            if (cells.length != 3 || cells[2].isBlank()) {
                throw new IllegalArgumentException("line " + number + ": expected date,kind,name");
            }
            try {
                LocalDate date = LocalDate.parse(cells[0].strip());
                Kind kind = Kind.valueOf(cells[1].strip());
                if (days.put(date, kind) != null) {
                    throw new IllegalArgumentException("line " + number + ": " + date + " is listed twice");
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return new WorkingDays(days);
    }

    /** Whether {@code date} is a working day; outside the known years, whether it is a weekday. */
    public boolean isWorkingDay(LocalDate date) {
        Kind kind = isKnown(date) ? days.get(date) : null;
        if (kind == Kind.HOLIDAY) {
            return false;
        }
        return kind == Kind.MAKEUP_WORKDAY || !isWeekend(date);
    }

    /** Whether the holidays of {@code date}'s year are in the calendar. */
    public boolean isKnown(LocalDate date) {
        return knownYears.contains(date.getYear());
    }

    /** The years whose holidays are in the calendar, oldest first. */
    public NavigableSet<Integer> knownYears() {
        return knownYears;
    }

    /** The listed days (holidays and make-up working days), in date order. */
    public Map<LocalDate, Kind> listedDays() {
        return days;
    }

    /** 1個工作日: see the class comment for what that means on a day off. */
    public Deadline oneWorkingDayAfter(Instant start) {
        return after(start, 1);
    }

    /** The instant {@code workingDays} working days after {@code start}, reckoned in Asia/Shanghai. */
    public Deadline after(Instant start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        ZonedDateTime at = start.atZone(ChinaTime.ZONE);
        LocalDate day = at.toLocalDate();
        boolean provisional = !isKnown(day);
        boolean startsOnDayOff = !isWorkingDay(day);
        int remaining = workingDays;
        if (startsOnDayOff) {
            // the clock starts at 00:00 of the next working day, which is then the first one counted
            do {
                day = day.plusDays(1);
                provisional |= !isKnown(day);
            } while (!isWorkingDay(day));
            remaining--;
        }
        while (remaining > 0) {
            day = day.plusDays(1);
            provisional |= !isKnown(day);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        Instant due = startsOnDayOff
                ? day.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant() // when the last counted day ends
                : ZonedDateTime.of(day, at.toLocalTime(), ChinaTime.ZONE).toInstant();
        return new Deadline(due, provisional);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
