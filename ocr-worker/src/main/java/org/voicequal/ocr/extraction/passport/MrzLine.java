package org.voicequal.ocr.extraction.passport;

import java.util.ArrayList;
import java.util.List;
import org.voicequal.ocr.engine.TextLine;
import org.voicequal.ocr.extraction.layout.CharRef;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * One line of a machine-readable zone with OCR's usual damage undone where it is unambiguous: {@code «} for
 * {@code <<}, lower case, and spaces — read either as fillers or as spaces OCR inserted, whichever gives the
 * 44 characters of a TD3 line.
 */
record MrzLine(String text, Span span) {

    static final int LENGTH = 44;

    static MrzLine of(TextLine line) {
        MrzLine asFillers = build(line, true);
        MrzLine dropped = build(line, false);
        if (asFillers.text.length() == LENGTH || Math.abs(dropped.text.length() - LENGTH)
                > Math.abs(asFillers.text.length() - LENGTH)) {
            return asFillers;
        }
        return dropped;
    }

    private static MrzLine build(TextLine line, boolean spacesAreFillers) {
        StringBuilder text = new StringBuilder();
        List<CharRef> refs = new ArrayList<>();
        String raw = line.text();
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            if (c == '℃') {
                c = 'C'; // the zone's C beside a round O-like glyph, read as the Celsius sign
            }
            CharRef ref = new CharRef(line, i);
            if (c == '«') {
                text.append("<<");
                refs.add(ref);
                refs.add(ref);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (spacesAreFillers) {
                    text.append('<');
                    refs.add(ref);
                }
            } else {
                text.append(c);
                refs.add(ref);
            }
        }
        return new MrzLine(text.toString(), new Span(refs));
    }

    /** Looks like a line of a machine-readable zone: long, and almost only capitals, digits and fillers. */
    static boolean plausible(TextLine line) {
        String compact = line.text().replaceAll("\\s", "");
        if (compact.length() < 30) {
            return false;
        }
        long mrz = compact.chars().filter(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<'
                || c == '«').count();
        return mrz >= compact.length() * 0.9 && (compact.contains("<") || compact.contains("«")
                || compact.contains("KK"));
    }

    String text(int from, int to) {
        return text.substring(Math.min(from, text.length()), Math.min(to, text.length()));
    }

    Span span(int from, int to) {
        return span.sub(Math.min(from, span.length()), Math.min(to, span.length()));
    }

    @Override
    public String toString() {
        return "MrzLine[" + text.length() + " chars]";
    }
}
