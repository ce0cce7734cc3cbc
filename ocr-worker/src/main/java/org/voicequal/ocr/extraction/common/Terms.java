package org.voicequal.ocr.extraction.common;

import java.util.List;
import java.util.Optional;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * A validity or business term: {@code 2018年05月10日至长期}, {@code 2015.03.01-2035.03.01},
 * {@code 自2019年01月01日至2024年12月31日}, with any dash, tilde or 至 between, read as a start and an end date
 * or a long-term marker (长期/長期, 永久).
 */
public final class Terms {

    private Terms() {
    }

    /** The start and end of the term in {@code value}; {@code longTerm} is the end's value when it reads 长期. */
    public static List<FieldRead> read(String fromField, String toField, Optional<Span> value, String longTerm) {
        if (value.isEmpty()) {
            return List.of(FieldRead.unread(fromField, Reads.NO_LABEL), FieldRead.unread(toField, Reads.NO_LABEL));
        }
        Span span = value.get().compact();
        List<Dates.Found> dates = Dates.all(span);
        FieldRead from = Reads.date(fromField, dates.isEmpty() ? null : dates.get(0));
        FieldRead to;
        if (dates.size() >= 2) {
            to = Reads.date(toField, dates.get(1));
        } else {
            Span marker = longTermMarker(span);
            to = marker == null ? FieldRead.unread(toField, dates.isEmpty() ? Reads.NO_DATE : "no end of the term")
                    : Reads.read(toField, longTerm, marker);
        }
        return List.of(from, to);
    }

    /** The characters of 长期 or 永久 in {@code span}, or null. */
    private static Span longTermMarker(Span span) {
        String folded = ComparableText.fold(span.text());
        for (String marker : List.of("长期", "永久", "不约定期限")) {
            int at = folded.indexOf(marker);
            if (at >= 0) {
                return span.sub(at, at + marker.length());
            }
        }
        return null;
    }
}
