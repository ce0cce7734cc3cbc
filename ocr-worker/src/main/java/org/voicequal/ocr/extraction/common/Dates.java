package org.voicequal.ocr.extraction.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * Dates as printed on Chinese documents — {@code 2018年05月10日}, {@code 2018年5月10日}, {@code 2018.05.10},
 * {@code 2018-05-10}, {@code 2018/5/10} — found in a whitespace-free span and checked against the calendar.
 */
public final class Dates {

    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d\\d)\\s*(?:年|[.\\-/])\\s*(\\d{1,2})\\s*(?:月|[.\\-/])\\s*(\\d{1,2})\\s*日?");

    /**
     * What follows a day that stopped short of its 日: a mark, then more digits and the 日 (2017年03月2.4日, a seal's
     * stroke read as a point inside 24). The day is then garbled, not 2.
     */
    private static final Pattern GARBLED_DAY_TAIL = Pattern.compile("^[^\\d日]{1,2}\\d{1,2}日");

    private Dates() {
    }

    /** A date found in a span: the span of its characters and the date, or null when not a calendar date. */
    public record Found(Span span, LocalDate date) {

        public boolean valid() {
            return date != null;
        }

        @Override
        public String toString() {
            // a birth date is personal data
            return "Found[" + (valid() ? "date" : "not a date") + "]";
        }
    }

    /** Every date-shaped run in {@code span}, left to right (spaces removed first). */
    public static List<Found> all(Span span) {
        Span compact = span.compact();
        Matcher m = DATE.matcher(compact.text());
        List<Found> found = new ArrayList<>();
        while (m.find()) {
            boolean garbled = !m.group().endsWith("日") && m.group().contains("月")
                    && GARBLED_DAY_TAIL.matcher(compact.text().substring(m.end())).find();
            found.add(new Found(compact.sub(m.start(), m.end()),
                    garbled ? null : date(m.group(1), m.group(2), m.group(3))));
        }
        return found;
    }

    /** The whole span read as one date, if it holds one. */
    public static Found first(Span span) {
        List<Found> all = all(span);
        return all.isEmpty() ? null : all.get(0);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
