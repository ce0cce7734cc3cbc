package org.voicequal.ocr.reading;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.OcrEngine;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;
import org.voicequal.ocr.image.Seal;

/**
 * The page read again with its seals' red ink lifted ({@link SealInk}), at the cost of the regions the seals lie in
 * rather than of the whole page. Lifting changes pixels only inside each seal's region; every other line is the
 * same image and keeps the first read's text. So only a region around each seal is read again: the seal's lifted
 * square, grown until no line of the first read is cut by its edges (a company's name that runs from the label
 * into the seal is read whole, and so is the line it sits on), with a margin of paper around it so that the
 * detector sees the region's outer lines as it sees them on the page. Lines of the region replace the first
 * read's lines there; the rest of the page is the first read.
 *
 * <p>Reading the whole page again made the letters' and sealed licences' reading cost twice their PP-OCR read
 * (the second read was 44 % of the combined reader's time on the two timed applications); reading full-width
 * bands of rows instead still cost a fifth of PP-OCR's time on the clean sample application (725 ms of 3 620),
 * most of it lines beside the seal whose pixels lifting had not changed.
 */
final class LiftedPage {

    /** The lifted image and the page as read with it. */
    record Read(BufferedImage lifted, PageText page) {
    }

    private LiftedPage() {
    }

    static Read read(OcrEngine engine, BufferedImage image, PageText page, List<Seal> seals) {
        BufferedImage lifted = SealInk.lifted(image, seals);
        List<Box> regions = regions(image.getWidth(), image.getHeight(), page.lines(), seals);
        List<TextLine> lines = new ArrayList<>();
        for (TextLine line : page.lines()) {
            if (regions.stream().noneMatch(region -> overlaps(line.box(), region))) {
                lines.add(line);
            }
        }
        int margin = margin(page.lines());
        for (Box region : regions) {
            int left = Math.max(0, region.x() - margin);
            int top = Math.max(0, region.y() - margin);
            int right = Math.min(image.getWidth(), region.right() + margin);
            int bottom = Math.min(image.getHeight(), region.bottom() + margin);
            if (right <= left || bottom <= top) {
                continue; // a seal's region with nothing of it inside the image: nothing to read
            }
            PageText read = engine.read(lifted, new Box(left, top, right - left, bottom - top));
            for (TextLine line : read.lines()) {
                Box box = new Box(line.box().x() + left, line.box().y() + top, line.box().width(), line.box().height());
                // a line the margin cut (one above, below or beside the region) is the first read's, kept above
                if (inside(box.centerX(), box.centerY(), region)) {
                    lines.add(new TextLine(line.text(), box, line.confidence(), line.charConfidences()));
                }
            }
        }
        lines.sort(Comparator.comparingInt((TextLine l) -> l.box().y()).thenComparingInt(l -> l.box().x()));
        return new Read(lifted, new PageText(page.engine(), page.width(), page.height(), lines));
    }

    /**
     * The regions read again: each seal's lifted square, grown over every line it touches, or that continues its
     * rows within one line height to either side (the first read split a company's name where the seal covers it:
     * its tail beyond the seal is read with it), until it cuts none; regions that meet merged (and grown again).
     */
    static List<Box> regions(int width, int height, List<TextLine> lines, List<Seal> seals) {
        int reach = margin(lines);
        List<Box> regions = new ArrayList<>();
        for (Seal seal : seals) {
            Box region = SealInk.region(seal.box(), width, height);
            if (region.width() > 0 && region.height() > 0) {
                regions.add(region);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < regions.size(); i++) {
                Box region = regions.get(i);
                for (TextLine line : lines) {
                    Box widened = new Box(region.x() - reach, region.y(), region.width() + 2 * reach, region.height());
                    Box grown = overlaps(line.box(), widened) ? union(region, line.box(), width, height) : region;
                    if (!grown.equals(region)) {
                        region = grown;
                        changed = true;
                    }
                }
                for (int j = regions.size() - 1; j > i; j--) {
                    if (overlaps(regions.get(j), region)) {
                        region = union(region, regions.remove(j), width, height);
                        changed = true;
                    }
                }
                regions.set(i, region);
            }
        }
        regions.sort(Comparator.comparingInt(Box::y).thenComparingInt(Box::x));
        return regions;
    }

    private static boolean overlaps(Box a, Box b) {
        return a.x() < b.right() && a.right() > b.x() && a.y() < b.bottom() && a.bottom() > b.y();
    }

    private static boolean inside(double x, double y, Box box) {
        return x >= box.x() && x < box.right() && y >= box.y() && y < box.bottom();
    }

    private static Box union(Box a, Box b, int width, int height) {
        int left = Math.max(0, Math.min(a.x(), b.x()));
        int top = Math.max(0, Math.min(a.y(), b.y()));
        int right = Math.min(width, Math.max(a.right(), b.right()));
        int bottom = Math.min(height, Math.max(a.bottom(), b.bottom()));
        return new Box(left, top, right - left, bottom - top);
    }

    /** Paper around a region: the height of the page's median line, so the detector has context on every side. */
    private static int margin(List<TextLine> lines) {
        int[] heights = lines.stream().mapToInt(l -> l.box().height()).sorted().toArray();
        return heights.length == 0 ? 16 : Math.max(16, heights[heights.length / 2]);
    }
}
