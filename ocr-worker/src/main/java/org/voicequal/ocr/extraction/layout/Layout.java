package org.voicequal.ocr.extraction.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;

/**
 * A page's lines rebuilt into reading order — rows top to bottom, lines left to right — with every label of a
 * document kind located on it. Labels are matched on the folded text (Traditional → Simplified, full-width →
 * half-width) with whitespace removed, so 名稱, {@code 名 称} and a label split into the boxes 名 + 称 are all
 * found. A value is what follows its label (see {@link #value}); it stops at the next label.
 */
public final class Layout {

    /** Characters between a label and its value. */
    public static final String SEPARATORS = "：:;；,，、.。 ";
    /** The confidence cap of a value found by a guess. */
    public static final double GUESSED = 0.5;

    private final PageText page;
    private final List<Row> rows;
    private final List<RowText> texts;
    private final List<LabelHit> hits;
    private final double lineHeight;
    private final GlyphWidths glyphs;

    private Layout(PageText page, Collection<String> labels, Set<String> inline) {
        this.page = page;
        this.rows = Rows.of(page.lines());
        this.texts = rows.stream().map(RowText::new).toList();
        this.lineHeight = page.lines().stream().mapToInt(l -> l.box().height()).sorted()
                .skip(page.lines().size() / 2).findFirst().orElse(20);
        this.hits = Labels.locate(texts, labels, inline);
        this.glyphs = GlyphWidths.of(page.lines());
    }

    /**
     * @param labels every label of the document kind, in Simplified script
     * @param inline the labels that may also stand inside a line without a space before them (性别男民族汉)
     */
    public static Layout of(PageText page, Collection<String> labels, Set<String> inline) {
        return new Layout(page, labels, inline);
    }

    public static Layout of(PageText page, Collection<String> labels) {
        return new Layout(page, labels, Set.of());
    }

    public List<Row> rows() {
        return rows;
    }

    public PageText page() {
        return page;
    }

    /** The characters of a row, whitespace removed. */
    public Span rowSpan(int row) {
        return new Span(texts.get(row).chars());
    }

    /** True when any row contains {@code keyword} (Simplified; matched on the folded text). */
    public boolean contains(String keyword) {
        return texts.stream().anyMatch(t -> t.folded().contains(keyword));
    }

    /** The characters of the first occurrence of {@code keyword} (Simplified) on the page, top to bottom. */
    public Optional<Span> keyword(String keyword) {
        for (RowText text : texts) {
            int at = text.folded().indexOf(keyword);
            if (at >= 0) {
                return Optional.of(new Span(text.chars().subList(at, at + keyword.length())));
            }
        }
        return Optional.empty();
    }

    /** The characters of rows {@code [fromRow, toRow)} whose line starts in {@code [left, right)}, in reading order. */
    public Span region(int fromRow, int toRow, double left, double right) {
        List<CharRef> chars = new ArrayList<>();
        for (int r = Math.max(0, fromRow); r < Math.min(toRow, texts.size()); r++) {
            texts.get(r).chars().stream().filter(c -> c.line().box().x() >= left && c.line().box().x() < right)
                    .forEach(chars::add);
        }
        return new Span(chars);
    }

    /** True when a label stands on this row. */
    public boolean labelled(int row) {
        return hits.stream().anyMatch(h -> h.row() == row);
    }

    /**
     * The first of {@code labels}, in the order given, that stands on the page; the topmost hit of that label,
     * a whole one before one read in part.
     */
    public Optional<LabelHit> find(String... labels) {
        for (String label : labels) {
            Optional<LabelHit> hit = findAll(label).stream().findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** Every hit of {@code labels}: the whole ones top to bottom, then those read in part. */
    public List<LabelHit> findAll(String... labels) {
        List<String> wanted = List.of(labels);
        return hits.stream().filter(h -> wanted.contains(h.label()))
                .sorted(java.util.Comparator.comparing(LabelHit::partial).thenComparingInt(LabelHit::row))
                .toList();
    }

    /** The value of the first of {@code labels} found; empty when no label is found (value may be empty). */
    public Optional<Span> valueOf(boolean multiLine, String... labels) {
        return find(labels).map(hit -> value(hit, multiLine));
    }

    /**
     * The value of a label: the rest of its row up to the next label (its own line or the next boxes to the
     * right), else the row(s) below inside the label's column; with {@code multiLine}, further rows whose left
     * edge aligns with the value, until the next label of the column, a wide gap or the column's end.
     */
    public Span value(LabelHit hit, boolean multiLine) {
        Span value = new ValueRegion(rows, texts, hits, lineHeight, page.width()).value(hit, multiLine);
        // where the engine lost a label's character it loses the value's too (人民100萬元 for 人民幣100萬元:
        // glyphs it does not know), and a label read as one character (名) may not be that label at all
        if (hit.partial() || value.chars().stream().map(CharRef::line).distinct()
                .anyMatch(line -> lostCharacter(line, hit, value))) {
            return value.capped(GUESSED);
        }
        return value;
    }

    /**
     * Whether {@code line} lost a character. A line that holds the label too (法定代表人曾新琪, merged by the engine
     * across the gap between the labels' and the values' columns) is wider by that gap: where other rows' values
     * start in one column right of the label, only the part of the line from that column on is judged, against the
     * value's own characters.
     */
    private boolean lostCharacter(TextLine line, LabelHit hit, Span value) {
        boolean holdsLabel = hit.span().chars().stream().anyMatch(c -> c.line() == line);
        if (!holdsLabel) {
            return glyphs.lostCharacter(line);
        }
        double labelEnd = hit.box().right();
        double[] starts = page.lines().stream().filter(l -> l != line)
                .filter(l -> l.box().x() >= labelEnd - lineHeight / 2 && l.box().x() <= labelEnd + 4 * lineHeight
                        && l.box().x() < line.box().right())
                .mapToDouble(l -> l.box().x()).sorted().toArray();
        double columnStart = starts.length == 0 ? 0 : starts[starts.length / 2];
        if (java.util.Arrays.stream(starts).filter(x -> Math.abs(x - columnStart) <= lineHeight / 2).count() < 2) {
            return glyphs.lostCharacter(line);
        }
        StringBuilder text = new StringBuilder();
        value.chars().stream().filter(c -> c.line() == line).forEach(c -> text.append(c.character()));
        return glyphs.lostCharacter(text.toString(), line.box().right() - columnStart);
    }

    /**
     * The value of a label whose head the engine lost, its tail merged with the value at the start of a line (址广东省…
     * for 住址, 别女 for 性别: a hand-held card's small print). Looked for only where the label itself stands nowhere
     * on the page; the value is capped at {@link #GUESSED}, as any label read in part.
     */
    public Optional<Span> valueAfterLostHead(String label, String tail, boolean multiLine) {
        if (find(label).isPresent()) {
            return Optional.empty();
        }
        for (int r = 0; r < texts.size(); r++) {
            RowText text = texts.get(r);
            List<CharRef> chars = text.chars();
            for (int from = 0; from < chars.size(); from++) {
                if (chars.get(from).index() != 0 || !text.folded().startsWith(tail, from)
                        || from + tail.length() >= chars.size()) {
                    continue;
                }
                int end = from + tail.length();
                LabelHit hit = new LabelHit(label, r, from, end, new Span(chars.subList(from, end)), true, true);
                Span value = value(hit, multiLine);
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The median line height: the page's unit of distance. */
    public double lineHeight() {
        return lineHeight;
    }

    @Override
    public String toString() {
        return "Layout[" + rows.size() + " rows, " + hits.size() + " labels]";
    }
}
