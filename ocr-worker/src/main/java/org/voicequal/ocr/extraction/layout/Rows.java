package org.voicequal.ocr.extraction.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.TextLine;

/**
 * Groups an engine's lines into rows by vertical overlap, top to bottom, each row left to right. Overlap is judged
 * with the page's skew taken out: on a scan turned by a degree or two, a label's value and the right column's
 * line beyond it sit lower or higher by more than half a line, and a row made of them left the label alone on its
 * own (名 apart from 南山區鑫源服装店, corpus 0053).
 */
final class Rows {

    /** Lines overlapping this share of the smaller height sit on one row. */
    private static final double SAME_ROW = 0.5;
    /** The largest skew taken out (about 3°); beyond it the engine's boxes would not be lines of text anyway. */
    static final double MAX_SLOPE = 0.05;
    /** Fewer neighbouring pairs than this tell no skew. */
    private static final int MIN_PAIRS = 4;

    private Rows() {
    }

    static List<Row> of(List<TextLine> lines) {
        List<TextLine> kept = lines.stream().filter(l -> !l.text().isBlank()).toList();
        double slope = skew(kept);
        java.util.Map<TextLine, Box> level = new java.util.IdentityHashMap<>();
        for (TextLine line : kept) {
            Box box = line.box();
            level.put(line, new Box(box.x(), (int) Math.round(box.y() - slope * box.centerX()), box.width(), box.height()));
        }
        List<TextLine> sorted = kept.stream()
                .sorted(Comparator.comparingDouble((TextLine l) -> level.get(l).centerY())).toList();
        List<List<TextLine>> groups = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (TextLine line : sorted) {
            int target = -1;
            for (int i = groups.size() - 1; i >= 0 && i >= groups.size() - 3; i--) {
                if (fits(groups.get(i), line, level)) {
                    target = i;
                    break;
                }
            }
            if (target < 0) {
                groups.add(new ArrayList<>(List.of(line)));
                boxes.add(line.box());
            } else {
                groups.get(target).add(line);
                boxes.set(target, boxes.get(target).union(line.box()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<TextLine> row = new ArrayList<>(groups.get(i));
            row.sort(Comparator.comparingInt(l -> l.box().x()));
            rows.add(new Row(row, boxes.get(i)));
        }
        rows.sort(Comparator.comparingInt(r -> r.box().y()));
        return rows;
    }

    /**
     * Lines of one row do not overlap sideways by more than a character: a scan's slight skew makes a label's box
     * reach a few pixels into its value's (统一社会信用代码 ending at x 304, its code starting at 291), while two
     * lines stacked on one another share most of their width.
     */
    private static boolean collide(Box a, Box b) {
        int shared = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        return shared > Math.min(a.height(), b.height());
    }

    // compared with each member rather than the row's union, so that a tall row does not swallow the next
    private static boolean fits(List<TextLine> group, TextLine line, java.util.Map<TextLine, Box> level) {
        for (TextLine member : group) {
            if (level.get(member).verticalOverlap(level.get(line)) < SAME_ROW || collide(member.box(), line.box())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The page's skew as a slope (pixels down per pixel right): the median over each line and its nearest
     * neighbour to the right on the same row (overlapping by a third of a line, at most six line heights away),
     * the slope from one's centre to the other's. 0 when fewer than {@link #MIN_PAIRS} such pairs, and never
     * steeper than {@link #MAX_SLOPE}.
     */
    static double skew(List<TextLine> lines) {
        List<Double> slopes = new ArrayList<>();
        for (TextLine line : lines) {
            Box a = line.box();
            TextLine nearest = null;
            for (TextLine other : lines) {
                Box b = other.box();
                int gap = b.x() - a.right();
                if (other == line || gap < -Math.min(a.height(), b.height()) || gap > 6 * Math.max(a.height(), b.height())
                        || a.verticalOverlap(b) < 0.34 || Math.max(a.height(), b.height()) > 2 * Math.min(a.height(), b.height())) {
                    continue;
                }
                if (nearest == null || b.x() < nearest.box().x()) {
                    nearest = other;
                }
            }
            if (nearest != null && nearest.box().centerX() - a.centerX() > a.height()) {
                Box b = nearest.box();
                slopes.add((b.centerY() - a.centerY()) / (b.centerX() - a.centerX()));
            }
        }
        if (slopes.size() < MIN_PAIRS) {
            return 0;
        }
        slopes.sort(null);
        double median = slopes.get(slopes.size() / 2);
        return Math.max(-MAX_SLOPE, Math.min(MAX_SLOPE, median));
    }
}
