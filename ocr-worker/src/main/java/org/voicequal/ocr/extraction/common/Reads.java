package org.voicequal.ocr.extraction.common;

import java.util.Optional;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.ocr.extraction.layout.Span;
import org.voicequal.schemas.Fields;

/** Builds {@link FieldRead}s from spans with the reasons extraction gives for a field it could not read. */
public final class Reads {

    public static final String NO_LABEL = "label not found";
    public static final String NO_VALUE = "label found without a value";
    public static final String INVALID_DATE = "not a calendar date";
    public static final String NO_DATE = "no date in the value";

    private Reads() {
    }

    /** A read of {@code value} with the confidence, box and evidence of {@code span}. */
    public static FieldRead read(String field, String value, Span span) {
        return read(field, value, span, 1.0);
    }

    /** A read of {@code value} with a confidence no higher than {@code cap} (a corrected or unconfirmed read). */
    public static FieldRead read(String field, String value, Span span, double cap) {
        // a bracket left open (有限责任公司（自然人投资或控) means the value goes on where the reading stopped, on a
        // line that was not joined: both engines would agree on the cut-short crop, so it is never reported as sure
        double sure = bracketLeftOpen(value) ? Math.min(cap, Names.GUESSED) : cap;
        return FieldRead.read(field, value, Math.min(sure, span.confidence()), span.box(), span.evidence(),
                span.lineBoxes());
    }

    public static boolean bracketLeftOpen(String value) {
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** The same read with its confidence lowered to at most {@code cap}. */
    public static FieldRead capped(FieldRead read, double cap) {
        return read.capped(cap);
    }

    /** The span's text as the value, or unread when the label or its value is missing. */
    public static FieldRead text(String field, Optional<Span> value) {
        if (value.isEmpty()) {
            return FieldRead.unread(field, NO_LABEL);
        }
        Span span = value.get().compact();
        if (Fields.ADDRESS.equals(field)) {
            span = Addresses.withoutStrayHead(span);
        }
        return span.isEmpty() ? FieldRead.unread(field, NO_VALUE) : read(field, span.text(), span);
    }

    /** The first date of the value as ISO, or unread with the reason. */
    public static FieldRead date(String field, Optional<Span> value) {
        if (value.isEmpty()) {
            return FieldRead.unread(field, NO_LABEL);
        }
        return date(field, Dates.first(value.get()));
    }

    public static FieldRead date(String field, Dates.Found found) {
        if (found == null) {
            return FieldRead.unread(field, NO_DATE);
        }
        if (!found.valid()) {
            return FieldRead.unread(field, INVALID_DATE);
        }
        return read(field, found.date().toString(), found.span());
    }
}
