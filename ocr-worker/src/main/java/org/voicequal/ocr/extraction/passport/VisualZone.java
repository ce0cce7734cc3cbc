package org.voicequal.ocr.extraction.passport;

import java.util.Comparator;
import java.util.Optional;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * The printed half of a passport's data page: each bilingual label (姓名/Name) with its value under it, or after it on
 * the same line when the engine read them as one. The page's layout is fixed by the issuing state, so a label's value
 * is simply the nearest line below it that starts in the label's column.
 */
final class VisualZone {

    private final PageText page;

    VisualZone(PageText page) {
        this.page = page;
    }

    /** The value of a label (Simplified), its English half left out; empty when the label is not on the page. */
    Optional<Span> valueOf(String label) {
        for (TextLine line : page.lines()) {
            String folded = ComparableText.fold(line.text());
            int at = folded.indexOf(label);
            if (at < 0) {
                continue;
            }
            int after = afterEnglishHalf(line.text(), at + label.length());
            if (after < line.text().length()) {
                return Optional.of(Span.of(line, after, line.text().length()));
            }
            return below(line).map(Span::of);
        }
        return Optional.empty();
    }

    /** Skips "/Name", "/ Date of birth" and the like: a slash, then Latin letters, spaces and dots. */
    private static int afterEnglishHalf(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == '/' || text.charAt(i) == '／')) {
            i++;
            while (i < text.length() && (Character.isLetter(text.charAt(i)) && text.charAt(i) < 0x250
                    || text.charAt(i) == ' ' || text.charAt(i) == '.')) {
                i++;
            }
            return i;
        }
        return from;
    }

    private Optional<TextLine> below(TextLine label) {
        int height = label.box().height();
        return page.lines().stream().filter(l -> l != label)
                .filter(l -> l.box().y() >= label.box().centerY() && l.box().y() < label.box().bottom() + 2 * height)
                .filter(l -> Math.abs(l.box().x() - label.box().x()) < 2 * height)
                .min(Comparator.comparingInt(l -> l.box().y()));
    }
}
