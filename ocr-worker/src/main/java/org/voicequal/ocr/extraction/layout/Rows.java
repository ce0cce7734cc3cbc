package org.voicequal.ocr.extraction.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.TextLine;

/** Groups an engine's lines into rows by vertical overlap, top to bottom, each row left to right. */
final class Rows {

    /** Lines overlapping this share of the smaller height sit on one row. */
    private static final double SAME_ROW = 0.5;

    private Rows() {
    }

    static List<Row> of(List<TextLine> lines) {
        List<TextLine> sorted = lines.stream().filter(l -> !l.text().isBlank())
                .sorted(Comparator.comparingDouble((TextLine l) -> l.box().centerY())).toList();
        List<List<TextLine>> groups = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (TextLine line : sorted) {
            int target = -1;
            for (int i = groups.size() - 1; i >= 0 && i >= groups.size() - 3; i--) {
                if (fits(groups.get(i), line)) {
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
    private static boolean fits(List<TextLine> group, TextLine line) {
        for (TextLine member : group) {
            if (member.box().verticalOverlap(line.box()) < SAME_ROW || collide(member.box(), line.box())) {
                return false;
            }
        }
        return true;
    }
}
