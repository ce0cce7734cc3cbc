package org.voicequal.ocr.extraction.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.PageText;

/**
 * A page's lines rebuilt into reading order — rows top to bottom, lines left to right — with every label of a
 * document kind located on it. Labels are matched on the folded text (Traditional → Simplified, full-width →
 * half-width) with whitespace removed, so 名稱, {@code 名 称} and a label split into the boxes 名 + 称 are all
 * found. A value is what follows its label (see {@link #value}); it stops at the next label.
 */
public final class Layout {

    /** Characters between a label and its value. */
    public static final String SEPARATORS = "：:;；,，、.。 ";

    private final PageText page;
    private final List<Row> rows;
    private final List<RowText> texts;
    private final List<LabelHit> hits;
    private final double lineHeight;

    private Layout(PageText page, Collection<String> labels, Set<String> inline) {
        this.page = page;
        this.rows = Rows.of(page.lines());
        this.texts = rows.stream().map(RowText::new).toList();
        this.lineHeight = page.lines().stream().mapToInt(l -> l.box().height()).sorted()
                .skip(page.lines().size() / 2).findFirst().orElse(20);
        this.hits = Labels.locate(texts, labels, inline);
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

    /** The folded, whitespace-free text of a row (for finding titles and keywords). */
    public String rowText(int row) {
        return texts.get(row).folded();
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

    /** The first of {@code labels}, in the order given, that stands on the page; the topmost hit of that label. */
    public Optional<LabelHit> find(String... labels) {
        for (String label : labels) {
            Optional<LabelHit> hit = hits.stream().filter(h -> h.label().equals(label)).findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
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
        double right = columnRight(hit);
        Span first = sameRow(hit, right);
        int row = hit.row();
        Box labelBox = hit.box();
        double left;
        if (first.isEmpty()) {
            // the value below its label (the credit code under 统一社会信用代码): starting near the label
            double maxStart = labelBox.right() + 3 * lineHeight;
            row = nextRow(row, labelBox.x() - lineHeight, maxStart, right, labelBox.bottom());
            if (row < 0) {
                return Span.EMPTY;
            }
            first = inColumn(row, labelBox.x() - lineHeight, right);
            left = first.isEmpty() ? labelBox.x() : first.box().x();
        } else {
            left = first.box().x();
        }
        if (!multiLine) {
            return first.strip(SEPARATORS);
        }
        Span value = first;
        int bottom = rows.get(row).box().bottom();
        for (int next = row + 1; next < rows.size(); next++) {
            Box box = rows.get(next).box();
            if (box.y() - bottom > 1.2 * lineHeight || labelInColumn(next, labelBox.x() - lineHeight, right)) {
                break;
            }
            Span more = inColumn(next, Math.min(left, labelBox.x()) - lineHeight, right);
            if (more.isEmpty()) {
                continue;
            }
            // a continuation starts under the value (or wraps back under its label), not further right;
            // the value's own left edge is estimated from character positions, hence the generous margin
            double start = more.box().x();
            if (start > left + 4 * lineHeight) {
                break;
            }
            value = value.concat(more);
            bottom = more.box().bottom();
        }
        return value.strip(SEPARATORS);
    }

    /** The median line height: the page's unit of distance. */
    public double lineHeight() {
        return lineHeight;
    }

    private Span sameRow(LabelHit hit, double right) {
        RowText text = texts.get(hit.row());
        int end = text.chars().size();
        for (LabelHit other : hits) {
            if (other.row() == hit.row() && other.start() >= hit.end() && other.start() < end) {
                end = other.start();
            }
        }
        List<CharRef> chars = new ArrayList<>();
        for (CharRef c : text.chars().subList(hit.end(), end)) {
            if (c.line().box().x() < right || sameLine(c, hit)) {
                chars.add(c);
            }
        }
        return new Span(contiguous(chars)).strip(SEPARATORS);
    }

    /**
     * The characters up to the first box that starts far (3 line heights) from the previous one: a number printed
     * far to the right on the same row (a 证照编号 whose label was not read) is not part of the value.
     */
    private List<CharRef> contiguous(List<CharRef> chars) {
        for (int i = 1; i < chars.size(); i++) {
            Box previous = chars.get(i - 1).line().box();
            Box current = chars.get(i).line().box();
            if (chars.get(i).line() != chars.get(i - 1).line() && current.x() - previous.right() > 3 * lineHeight) {
                return chars.subList(0, i);
            }
        }
        return chars;
    }

    private static boolean sameLine(CharRef c, LabelHit hit) {
        return hit.span().chars().stream().anyMatch(l -> l.line() == c.line());
    }

    /** The next row below {@code top} with a line starting in [left, maxStart) and before {@code right}. */
    private int nextRow(int from, double left, double maxStart, double right, int top) {
        for (int next = from + 1; next < rows.size(); next++) {
            Box box = rows.get(next).box();
            if (box.y() - top > 2.5 * lineHeight) {
                return -1;
            }
            if (labelInColumn(next, left, right)) {
                return -1;
            }
            boolean starts = rows.get(next).lines().stream()
                    .anyMatch(l -> l.box().x() >= left && l.box().x() < Math.min(maxStart, right));
            if (starts) {
                return next;
            }
        }
        return -1;
    }

    private Span inColumn(int row, double left, double right) {
        RowText text = texts.get(row);
        int end = text.chars().size();
        for (LabelHit other : hits) {
            if (other.row() == row && other.box().x() > left && other.start() < end) {
                end = other.start();
            }
        }
        return new Span(contiguous(text.chars().subList(0, end).stream()
                .filter(c -> c.line().box().x() >= left && c.line().box().x() < right).toList()));
    }

    private boolean labelInColumn(int row, double left, double right) {
        return hits.stream().anyMatch(h -> h.row() == row && h.standalone()
                && h.box().x() >= left && h.box().x() < right);
    }

    /** The left edge of the nearest label to the right on this row or below: where the label's column ends. */
    private double columnRight(LabelHit hit) {
        Box box = hit.box();
        return hits.stream().filter(h -> h.row() >= hit.row() && h.standalone() && h != hit)
                .filter(h -> h.box().x() > box.right() + lineHeight)
                .filter(h -> h.row() == hit.row() || h.box().x() > box.right() + 4 * lineHeight)
                .mapToDouble(h -> h.box().x()).min().orElse(page.width() + 1.0);
    }


    @Override
    public String toString() {
        return "Layout[" + rows.size() + " rows, " + hits.size() + " labels]";
    }
}
