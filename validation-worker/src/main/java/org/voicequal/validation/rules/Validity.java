package org.voicequal.validation.rules;

import java.time.LocalDate;
import org.voicequal.schemas.Fields;

/**
 * How a typed validity end compares with one read from a document. A document that reads 長期 (long-term)
 * agrees with any typed long range: the seed tells holders to type one (e.g. to 2099-09-01; a licence's
 * long term as 2099-12-31). A typed end counts as long when no dated document could reach it: an ID card
 * is valid at most 20 years, so an end more than 20 years after its start can only mean long-term.
 */
final class Validity {

    static final int LONGEST_DATED_ID_YEARS = 20;
    private static final LocalDate LONG_TERM_LICENCE = LocalDate.parse(Fields.LONG_TERM_DATE);

    private Validity() {
    }

    /** The typed ID end agrees with the read one ({@code yyyy-MM-dd} or {@link Fields#LONG_TERM}). */
    static boolean sameIdEnd(String typed, String read, LocalDate typedStart) {
        if (Fields.LONG_TERM.equals(read)) {
            LocalDate end = LocalDate.parse(typed);
            return typedStart == null ? end.getYear() >= 2099
                    : end.isAfter(typedStart.plusYears(LONGEST_DATED_ID_YEARS));
        }
        return typed.equals(read);
    }

    /** The typed business term end agrees with the licence's; 長期 is read as 2099-12-31. */
    static boolean sameTermEnd(String typed, String read) {
        if (read.equals(Fields.LONG_TERM_DATE) || Fields.LONG_TERM.equals(read)) {
            return !LocalDate.parse(typed).isBefore(LONG_TERM_LICENCE.withDayOfYear(1));
        }
        return typed.equals(read);
    }

    /** The end a read stands for: null for long-term. */
    static LocalDate endOf(String read) {
        return Fields.LONG_TERM.equals(read) ? null : LocalDate.parse(read);
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
