package org.voicequal.ocr.extraction.layout;

import java.util.List;
import org.voicequal.ocr.engine.TextLine;

/**
 * Notices a character the engine left out. PP-OCR drops glyphs its dictionary lacks (峯 of 呂峯佳, 幣 of
 * 人民幣) without lowering its confidence in the rest, but the line's box still covers the lost character: a
 * line much wider than its characters need holds more than was read.
 */
final class GlyphWidths {

    /** A Latin letter, digit or punctuation mark takes about half a Hanzi's width. */
    private static final double NARROW = 0.55;
    /**
     * More unexplained width than this many Hanzi means a character is missing: on the corpus, lines that lost
     * one measured 0.54 to 1.0, whole ones below 0.5 save titles and labels printed spaced out.
     */
    private static final double LOST = 0.5;
    /** Digits and Latin letters vary in width between fonts: only lines mostly of Hanzi are judged. */
    private static final double MOSTLY_HANZI = 0.5;

    private final double hanziWidth;

    private GlyphWidths(double hanziWidth) {
        this.hanziWidth = hanziWidth;
    }

    /**
     * The page's Hanzi width: the median width per character over lines of two or more Hanzi only, of about the
     * page's median line height.
     */
    static GlyphWidths of(List<TextLine> lines) {
        // printed at the page's size only: a seal's curved lettering (boxes two or three lines high) and a title
        // in large print have widths of their own
        double height = lines.stream().mapToInt(l -> l.box().height()).sorted()
                .skip(lines.size() / 2).findFirst().orElse(0);
        double[] widths = lines.stream().filter(l -> l.box().height() <= 1.5 * height)
                .filter(l -> l.text().length() >= 2 && l.text().codePoints().allMatch(
                        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .mapToDouble(l -> l.box().width() / (double) l.text().length()).sorted().toArray();
        return new GlyphWidths(widths.length == 0 ? 0 : widths[widths.length / 2]);
    }

    /** True when {@code line}'s box is wider than its characters by more than {@link #LOST} of a Hanzi. */
    boolean lostCharacter(TextLine line) {
        return lostCharacter(line.text(), line.box().width());
    }

    /** True when {@code text} printed {@code width} pixels wide is wider than its characters by more than {@link #LOST}. */
    boolean lostCharacter(String text, double width) {
        if (hanziWidth <= 0) {
            return false;
        }
        double needed = 0;
        int hanzi = 0;
        int printed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
                hanzi += han ? 1 : 0;
                printed++;
                needed += han || c > 0xFF00 ? 1 : NARROW;
            }
        }
        return hanzi >= MOSTLY_HANZI * printed && width > (needed + LOST) * hanziWidth;
    }
}
