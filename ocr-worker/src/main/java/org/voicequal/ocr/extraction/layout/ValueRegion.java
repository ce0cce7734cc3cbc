package org.voicequal.ocr.extraction.layout;

import java.util.ArrayList;
import java.util.List;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.TextLine;

/**
 * Where a label's value lies: on the label's row up to the next label or the column's end, else on the rows
 * below inside the label's column, continued over aligned rows for multi-line values. Distances are in line
 * heights so that a hand-held card's small print and an A4 scan's large print behave alike.
 */
final class ValueRegion {

    private final List<Row> rows;
    private final List<RowText> texts;
    private final List<LabelHit> hits;
    private final double lineHeight;
    private final int pageWidth;

    ValueRegion(List<Row> rows, List<RowText> texts, List<LabelHit> hits, double lineHeight, int pageWidth) {
        this.rows = rows;
        this.texts = texts;
        this.hits = hits;
        this.lineHeight = lineHeight;
        this.pageWidth = pageWidth;
    }

    Span value(LabelHit hit, boolean multiLine) {
        double right = columnRight(hit);
        Span first = sameRow(hit, right);
        int row = hit.row();
        Box labelBox = hit.box();
        double left;
        int beside = first.isEmpty() ? rowBeside(hit, right) : -1;
        if (beside >= 0) {
            row = beside;
            first = inColumn(row, labelBox.right() - lineHeight / 2, right);
            left = first.box().x();
        } else if (first.isEmpty()) {
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
            return first.strip(Layout.SEPARATORS);
        }
        Span value = first;
        int bottom = rows.get(row).box().bottom();
        for (int next = row + 1; next < rows.size(); next++) {
            Box box = rows.get(next).box();
            // a label standing a little left of this one (its first character lost: 称 for 名称) still ends it
            if (box.y() - bottom > 1.2 * lineHeight || labelInColumn(next, labelBox.x() - 3 * lineHeight, right)) {
                break;
            }
            Span more = inColumn(next, Math.min(left, labelBox.x()) - lineHeight, right);
            if (more.isEmpty()) {
                continue;
            }
            if (holdsNumber(more)) {
                // a tilted hand-held card puts its 18-digit number right under the address, its label lost
                // or below it: a number that long ends the value, it never continues one
                break;
            }
            // a continuation starts under the value (or wraps back under its label), not further right;
            // the value's own left edge is estimated from character positions, hence the generous margin
            double start = more.box().x();
            if (start > left + 4 * lineHeight) {
                break;
            }
            if (left > labelBox.right() && start < left - 2 * lineHeight) {
                // text back in the labels' column under a value of its own is a label the engine misread
                // (負贡人 for 负责人), not the value's next line
                break;
            }
            value = value.concat(more);
            bottom = more.box().bottom();
        }
        return value.strip(Layout.SEPARATORS);
    }

    /**
     * The neighbouring row holding the label's value when the rows put them apart: a two-column layout whose
     * columns are offset by half a row groups a value with the other column's line above it (0092 of the corpus:
     * 远航（杭州）… beside 名称, on 注册资本's row). The value is the nearest line right of the label, before the
     * column's end, that overlaps the label's height by half and is no label; -1 when there is none.
     */
    private int rowBeside(LabelHit hit, double right) {
        Box label = hit.box();
        int best = -1;
        int bestX = Integer.MAX_VALUE;
        for (int r = Math.max(0, hit.row() - 1); r <= Math.min(rows.size() - 1, hit.row() + 1); r++) {
            if (r == hit.row()) {
                continue;
            }
            for (TextLine line : rows.get(r).lines()) {
                Box b = line.box();
                if (b.x() < label.right() - lineHeight / 2 || b.x() >= right || b.verticalOverlap(label) < 0.5
                        || holdsLabel(line) || b.x() >= bestX) {
                    continue;
                }
                best = r;
                bestX = b.x();
            }
        }
        return best;
    }

    private boolean holdsLabel(TextLine line) {
        return hits.stream().anyMatch(h -> h.span().chars().stream().anyMatch(c -> c.line() == line));
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
        // a separator left on the label's own line ("名称：") is not where the value begins
        int start = 0;
        while (start < chars.size() && Layout.SEPARATORS.indexOf(chars.get(start).character()) >= 0) {
            start++;
        }
        return new Span(contiguous(chars.subList(start, chars.size()))).strip(Layout.SEPARATORS);
    }

    /**
     * The characters up to the first box that starts far (3 line heights) from the previous one: a number printed
     * far to the right on the same row (a 证照编号 whose label was not read) is not part of the value.
     */
    private List<CharRef> contiguous(List<CharRef> chars) {
        for (int i = 1; i < chars.size(); i++) {
            Box previous = chars.get(i - 1).line().box();
            Box current = chars.get(i).line().box();
            if (chars.get(i).line() != chars.get(i - 1).line()
                    && (current.x() - previous.right() > 3 * lineHeight || !sameSize(previous, current))) {
                return chars.subList(0, i);
            }
        }
        return chars;
    }

    /** Fifteen or more digits in a row: an ID number or a code, not a line of text. */
    private static boolean holdsNumber(Span span) {
        int run = 0;
        for (CharRef c : span.chars()) {
            run = Character.isDigit(c.character()) || c.character() == 'X' ? run + 1 : 0;
            if (run >= 15) {
                return true;
            }
        }
        return false;
    }

    /**
     * Printed text of one value keeps its size; a seal's curved lettering beside a signature (南京 72 px high
     * after 管理员：司马子 at 53 px) is taller, and must never run into the value.
     */
    private static boolean sameSize(Box previous, Box current) {
        double ratio = current.height() / (double) Math.max(1, previous.height());
        return ratio <= 1.3 && ratio >= 1 / 1.6;
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
        double sameRow = hits.stream().filter(h -> h.row() == hit.row() && h.standalone() && h != hit)
                .filter(h -> h.box().x() > box.right() + lineHeight)
                .mapToDouble(h -> h.box().x()).min().orElse(pageWidth + 1.0);
        // a label further down bounds the column only when it stands right of where this label's value starts:
        // 登记机关 printed under a right-column 住所's value is not a column to its right
        double valueStart = rows.get(hit.row()).lines().stream().map(TextLine::box)
                .filter(b -> b.x() >= box.right() - lineHeight / 2 && b.x() < sameRow)
                .mapToDouble(Box::x).min().orElse(box.right());
        double below = hits.stream().filter(h -> h.row() > hit.row() && h.standalone())
                .filter(h -> h.box().x() > box.right() + 4 * lineHeight && h.box().x() > valueStart + lineHeight)
                .mapToDouble(h -> h.box().x()).min().orElse(pageWidth + 1.0);
        return Math.min(sameRow, below);
    }
}
