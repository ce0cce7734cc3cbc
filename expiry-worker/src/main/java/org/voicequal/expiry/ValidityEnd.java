package org.voicequal.expiry;

import java.time.LocalDate;
import java.util.Comparator;
import org.voicequal.events.DocumentType;
import org.voicequal.events.EndOrigin;

/**
 * One document's validity end as expiry counts it: the end OCR read and confirmed where there is one, else
 * the typed one. {@code validTo} is the last valid day; null means the document never ends (長期).
 */
public record ValidityEnd(DocumentType document, LocalDate validTo, EndOrigin origin) {

    /** Earliest first; documents that never end last. */
    public static final Comparator<ValidityEnd> EARLIEST_FIRST = Comparator.comparing(ValidityEnd::validTo,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ValidityEnd::document);

    public boolean ends() {
        return validTo != null;
    }

    /** Expired on {@code today}: its last valid day lies before today. */
    public boolean expiredOn(LocalDate today) {
        return validTo != null && validTo.isBefore(today);
    }

    /** Ends within {@code warnDays} of {@code today} (today included): the reminder window. */
    public boolean endsWithin(LocalDate today, int warnDays) {
        return validTo != null && !validTo.isAfter(today.plusDays(warnDays));
    }

    /** The effective end of a tracked document row, or null when nothing is known about its end. */
    static ValidityEnd of(DocumentType document, LocalDate typedTo, LocalDate readTo, boolean readLongTerm) {
        if (readLongTerm) {
            return new ValidityEnd(document, null, EndOrigin.RECOGNIZED);
        }
        if (readTo != null) {
            return new ValidityEnd(document, readTo, EndOrigin.RECOGNIZED);
        }
        return typedTo == null ? null : new ValidityEnd(document, typedTo, EndOrigin.TYPED);
    }
}
