package org.voicequal.ocr.extraction.common;

import java.util.Optional;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.ocr.extraction.layout.Span;

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
        return FieldRead.read(field, value, span.confidence(), span.box(), span.evidence());
    }

    /** A read of {@code value} with a confidence no higher than {@code cap} (a corrected or unconfirmed read). */
    public static FieldRead read(String field, String value, Span span, double cap) {
        return FieldRead.read(field, value, Math.min(cap, span.confidence()), span.box(), span.evidence());
    }

    /** The same read with its confidence lowered to at most {@code cap}. */
    public static FieldRead capped(FieldRead read, double cap) {
        return FieldRead.read(read.name(), read.value(), Math.min(cap, read.confidence()), read.box(),
                read.evidence());
    }

    /** The span's text as the value, or unread when the label or its value is missing. */
    public static FieldRead text(String field, Optional<Span> value) {
        if (value.isEmpty()) {
            return FieldRead.unread(field, NO_LABEL);
        }
        Span span = value.get().compact();
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
