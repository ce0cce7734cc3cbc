package org.voicequal.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voicequal.domain.time.WorkingDays.Deadline;
import org.voicequal.domain.time.WorkingDays.Kind;

class WorkingDaysTest {

    private final WorkingDays calendar = WorkingDays.china();

    /** A local date-time in Asia/Shanghai, as the business reckons it. */
    private static Instant china(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ChinaTime.ZONE).toInstant();
    }

    private Deadline oneWorkingDayAfter(String localDateTime) {
        return calendar.oneWorkingDayAfter(china(localDateTime));
    }

    // --- the data file itself ---

    @Test
    void theShippedFileHoldsExactlyThePublishedYears() {
        assertThat(calendar.knownYears()).containsExactly(2024, 2025, 2026);
    }

    @Test
    void everyMakeUpWorkingDayIsASaturdayOrSunday() {
        assertThat(calendar.listedDays()).allSatisfy((date, kind) -> {
            if (kind == Kind.MAKEUP_WORKDAY) {
                assertThat(date.getDayOfWeek()).as("make-up day %s", date)
                        .isIn(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            }
        });
    }

    @Test
    void theFileListsNoDateTwiceSoHolidaysAndMakeUpDaysNeverOverlap() throws IOException {
        Map<LocalDate, Integer> rows = new HashMap<>();
        try (InputStream in = WorkingDays.class.getResourceAsStream(WorkingDays.RESOURCE)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("date,"))
                    .forEach(l -> rows.merge(LocalDate.parse(l.substring(0, l.indexOf(','))), 1, Integer::sum));
        }
        assertThat(rows).allSatisfy((date, count) -> assertThat(count).as("rows for %s", date).isEqualTo(1));
        assertThat(rows).hasSameSizeAs(calendar.listedDays());
    }

    @Test
    void theNoticesCountsOfDaysOffAndMakeUpDaysAreAllThere() {
        // totals from the three notices: days off per year, and make-up working days per year
        assertThat(count(2024, Kind.HOLIDAY)).isEqualTo(1 + 8 + 3 + 5 + 1 + 3 + 7);
        assertThat(count(2024, Kind.MAKEUP_WORKDAY)).isEqualTo(8);
        assertThat(count(2025, Kind.HOLIDAY)).isEqualTo(1 + 8 + 3 + 5 + 3 + 8);
        assertThat(count(2025, Kind.MAKEUP_WORKDAY)).isEqualTo(5);
        assertThat(count(2026, Kind.HOLIDAY)).isEqualTo(3 + 9 + 3 + 5 + 3 + 3 + 7);
        assertThat(count(2026, Kind.MAKEUP_WORKDAY)).isEqualTo(6);
    }

    private long count(int year, Kind kind) {
        return calendar.listedDays().entrySet().stream()
                .filter(e -> e.getKey().getYear() == year && e.getValue() == kind).count();
    }

    @Test
    void aMalformedCalendarIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parse("date,kind,name\n2026-10-09,MAKEUP_WORKDAY,國慶節\n"))
                .hasMessageContaining("2026-10-09 is not a Saturday or Sunday");
        assertThatThrownBy(() -> parse("date,kind,name\n2026-10-01,HOLIDAY,國慶節\n2026-10-01,MAKEUP_WORKDAY,國慶節\n"))
                .hasMessageContaining("line 3").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> parse("date,kind,name\n2024-01-01,HOLIDAY,元旦\n2026-01-01,HOLIDAY,元旦\n"))
                .hasMessageContaining("gap");
        assertThatThrownBy(() -> parse("date,kind,name\n2026-13-01,HOLIDAY,元旦\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> parse("2026-01-01,HOLIDAY,元旦\n")).hasMessageContaining("header");
    }

    private static WorkingDays parse(String csv) throws IOException {
        return WorkingDays.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    // --- working days ---

    @Test
    void weekdaysWorkWeekendsRestHolidaysRestAndMakeUpDaysWork() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 27))).as("a Friday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("國慶節, a Thursday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("調休 Saturday after 國慶節").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("調休 Sunday before 國慶節").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("調休 Sunday before 春節 2025").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 10))).as("端午節 2024, a Monday").isFalse();
    }

    @Test
    void outsideTheKnownYearsOnlyWeekendsAreDaysOff() {
        assertThat(calendar.isKnown(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("a Friday, holidays unknown").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).as("a Saturday").isFalse();
    }

    // --- deadlines ---

    @Test
    void onAWorkingDayItIsDueAtTheSameTimeTheNextWorkingDay() {
        assertThat(oneWorkingDayAfter("2026-11-24T10:15:30"))
                .isEqualTo(new Deadline(china("2026-11-25T10:15:30"), false));
    }

    @Test
    void acrossAWeekend() {
        // Friday 10:00 → Monday 10:00
        assertThat(oneWorkingDayAfter("2026-11-27T10:00")).isEqualTo(new Deadline(china("2026-11-30T10:00"), false));
    }

    @Test
    void acrossAHoliday() {
        // Wednesday 2026-09-30, the eve of 國慶節 (Oct 1–7 off) → Thursday Oct 8
        assertThat(oneWorkingDayAfter("2026-09-30T16:00")).isEqualTo(new Deadline(china("2026-10-08T16:00"), false));
        // 端午節 2024 was a Monday: Friday Jun 7 → Tuesday Jun 11
        assertThat(oneWorkingDayAfter("2024-06-07T09:30")).isEqualTo(new Deadline(china("2024-06-11T09:30"), false));
    }

    @Test
    void ontoAMakeUpWorkingDay() {
        // Friday 2026-10-09 → Saturday 2026-10-10, a make-up working day
        assertThat(oneWorkingDayAfter("2026-10-09T11:00")).isEqualTo(new Deadline(china("2026-10-10T11:00"), false));
        // and from that Saturday → Monday Oct 12
        assertThat(oneWorkingDayAfter("2026-10-10T11:00")).isEqualTo(new Deadline(china("2026-10-12T11:00"), false));
    }

    @Test
    void acrossTheSpringFestival() {
        // Friday 2026-02-13 → Saturday Feb 14 (調休); from it, past 春節 (Feb 15–23) → Tuesday Feb 24
        assertThat(oneWorkingDayAfter("2026-02-13T14:00")).isEqualTo(new Deadline(china("2026-02-14T14:00"), false));
        assertThat(oneWorkingDayAfter("2026-02-14T14:00")).isEqualTo(new Deadline(china("2026-02-24T14:00"), false));
        // 2025: Monday Jan 27 → Wednesday Feb 5 (Jan 28 – Feb 4 off)
        assertThat(oneWorkingDayAfter("2025-01-27T08:00")).isEqualTo(new Deadline(china("2025-02-05T08:00"), false));
    }

    @Test
    void onADayOffTheClockStartsWithTheNextWorkingDayAndRunsToItsEnd() {
        // Saturday → due when Monday ends (00:00 Tuesday)
        assertThat(oneWorkingDayAfter("2026-11-28T15:00")).isEqualTo(new Deadline(china("2026-12-01T00:00"), false));
        // a day inside 國慶節 → when Thursday Oct 8 ends
        assertThat(oneWorkingDayAfter("2026-10-03T09:00")).isEqualTo(new Deadline(china("2026-10-09T00:00"), false));
        // two working days from a Sunday: Monday and Tuesday
        assertThat(calendar.after(china("2026-11-29T23:59"), 2)).isEqualTo(new Deadline(china("2026-12-02T00:00"), false));
    }

    @Test
    void severalWorkingDays() {
        // Thursday 2026-04-02, 清明 Apr 4–6 (Sat–Mon): Fri Apr 3, Tue Apr 7, Wed Apr 8
        assertThat(calendar.after(china("2026-04-02T10:00"), 3)).isEqualTo(new Deadline(china("2026-04-08T10:00"), false));
    }

    @Test
    void aDeadlineThatReachesAnUnpublishedYearIsProvisionalAndCountsWeekendsOnly() {
        // Thursday 2026-12-31 → Friday 2027-01-01: surely 元旦, but 2027's notice is not in the calendar yet
        assertThat(oneWorkingDayAfter("2026-12-31T10:00")).isEqualTo(new Deadline(china("2027-01-01T10:00"), true));
        assertThat(oneWorkingDayAfter("2026-12-30T10:00")).isEqualTo(new Deadline(china("2026-12-31T10:00"), false));
        // starting in an unknown year is provisional too
        assertThat(oneWorkingDayAfter("2027-03-05T10:00")).isEqualTo(new Deadline(china("2027-03-08T10:00"), true));
    }

    @Test
    void theZoneIsChinasWhateverTheInstantsOwnRendering() {
        // 2026-11-27T17:00Z is already Saturday 01:00 in Shanghai: a day off
        assertThat(calendar.oneWorkingDayAfter(Instant.parse("2026-11-27T17:00:00Z")).at())
                .isEqualTo(china("2026-12-01T00:00"));
    }

    @Test
    void zeroWorkingDaysIsRefused() {
        assertThatThrownBy(() -> calendar.after(Instant.EPOCH, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCalendarIsLoadedOnce() {
        assertThat(List.of(WorkingDays.china(), WorkingDays.china())).allSatisfy(c -> assertThat(c).isSameAs(calendar));
    }
}
