package org.voicequal.ocr.extraction.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.TextLine;

/**
 * A run of characters taken from one or more OCR lines (a value, a label): its text, its confidence (lowest
 * per-character confidence), its box (estimated proportionally by character position inside each line) and the
 * lines it came from as evidence.
 */
public record Span(List<CharRef> chars) {

    public static final Span EMPTY = new Span(List.of());

    public Span {
        chars = List.copyOf(chars);
    }

    /** Characters {@code [from, to)} of {@code line}. */
    public static Span of(TextLine line, int from, int to) {
        List<CharRef> refs = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            refs.add(new CharRef(line, i));
        }
        return new Span(refs);
    }

    public static Span of(TextLine line) {
        return of(line, 0, line.text().length());
    }

    public String text() {
        StringBuilder out = new StringBuilder(chars.size());
        chars.forEach(c -> out.append(c.character()));
        return out.toString();
    }

    public boolean isEmpty() {
        return chars.isEmpty();
    }

    public int length() {
        return chars.size();
    }

    public Span sub(int from, int to) {
        return new Span(chars.subList(from, to));
    }

    public Span concat(Span other) {
        List<CharRef> all = new ArrayList<>(chars);
        all.addAll(other.chars);
        return new Span(all);
    }

    /** Without whitespace (OCR puts spaces inside codes, dates and names). */
    public Span compact() {
        return new Span(chars.stream().filter(c -> !Character.isWhitespace(c.character())
                && !Character.isSpaceChar(c.character())).toList());
    }

    /** Without leading and trailing characters of {@code strip} (label separators, stray punctuation). */
    public Span strip(String strip) {
        int from = 0;
        int to = chars.size();
        while (from < to && strip.indexOf(chars.get(from).character()) >= 0) {
            from++;
        }
        while (to > from && strip.indexOf(chars.get(to - 1).character()) >= 0) {
            to--;
        }
        return sub(from, to);
    }

    /** The same characters, none reported surer than {@code most}. */
    public Span capped(double most) {
        return new Span(chars.stream().map(c -> c.capped(most)).toList());
    }

    /** The lowest per-character confidence; 0 for an empty span. */
    public double confidence() {
        return chars.stream().mapToDouble(CharRef::confidence).min().orElse(0);
    }

    /** The union of each line's share of the span, estimated by character position; null when empty. */
    public Box box() {
        Box union = null;
        for (Map.Entry<TextLine, int[]> part : ranges().entrySet()) {
            TextLine line = part.getKey();
            int length = Math.max(1, line.text().length());
            Box lineBox = line.box();
            int left = lineBox.x() + (int) Math.floor(lineBox.width() * (double) part.getValue()[0] / length);
            int right = lineBox.x() + (int) Math.ceil(lineBox.width() * (double) (part.getValue()[1] + 1) / length);
            Box box = new Box(left, lineBox.y(), Math.max(0, right - left), lineBox.height());
            union = union == null ? box : union.union(box);
        }
        return union;
    }

    /**
     * One box per printed line of the span, top to bottom: the parts of the span on lines beside each other (名 +
     * 称, a value the engine read as two boxes) are one line; a value that wraps has several.
     */
    public List<Box> lineBoxes() {
        List<Box> rows = new ArrayList<>();
        for (Map.Entry<TextLine, int[]> part : ranges().entrySet()) {
            TextLine line = part.getKey();
            int length = Math.max(1, line.text().length());
            Box lineBox = line.box();
            int left = lineBox.x() + (int) Math.floor(lineBox.width() * (double) part.getValue()[0] / length);
            int right = lineBox.x() + (int) Math.ceil(lineBox.width() * (double) (part.getValue()[1] + 1) / length);
            Box box = new Box(left, lineBox.y(), Math.max(0, right - left), lineBox.height());
            int same = -1;
            for (int i = 0; i < rows.size(); i++) {
                Box row = rows.get(i);
                int overlap = Math.min(row.bottom(), box.bottom()) - Math.max(row.y(), box.y());
                if (overlap > Math.min(row.height(), box.height()) / 2) {
                    same = i;
                }
            }
            if (same >= 0) {
                rows.set(same, rows.get(same).union(box));
            } else {
                rows.add(box);
            }
        }
        rows.sort(java.util.Comparator.comparingInt(Box::y));
        return rows;
    }

    /** The full text of every line the span touches, one per line. */
    public String evidence() {
        return ranges().keySet().stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }

    private Map<TextLine, int[]> ranges() {
        Map<TextLine, int[]> ranges = new LinkedHashMap<>();
        for (CharRef c : chars) {
            int[] range = ranges.computeIfAbsent(c.line(), l -> new int[] {c.index(), c.index()});
            range[0] = Math.min(range[0], c.index());
            range[1] = Math.max(range[1], c.index());
        }
        return ranges;
    }

    @Override
    public String toString() {
        // the characters may be personal data
        return "Span[" + chars.size() + " chars]";
    }
}
