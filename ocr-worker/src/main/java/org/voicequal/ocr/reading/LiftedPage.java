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
 * The page read again with its seals' red ink lifted ({@link SealInk}), at the cost of the bands the seals lie in
 * rather than of the whole page. Lifting changes pixels only inside each seal's region; every other line is the
 * same image and keeps the first read's text. So only a full-width band around each seal is read again: the
 * seal's rows, grown until no line of the first read is cut by its edges (a company's name that runs from the
 * label into the seal is read whole), with a margin of paper around it so that the detector sees the band's
 * first and last lines as it sees them on the page. Lines of the band replace the first read's lines there;
 * the rest of the page is the first read.
 *
 * <p>Reading the whole page again made the letters' and sealed licences' reading cost twice their PP-OCR read
 * (the second read was 44 % of the combined reader's time on the two timed applications).
 */
final class LiftedPage {

    /** The lifted image and the page as read with it. */
    record Read(BufferedImage lifted, PageText page) {
    }

    private LiftedPage() {
    }

    static Read read(OcrEngine engine, BufferedImage image, PageText page, List<Seal> seals) {
        BufferedImage lifted = SealInk.lifted(image, seals);
        List<int[]> bands = bands(image.getWidth(), image.getHeight(), page.lines(), seals);
        List<TextLine> lines = new ArrayList<>();
        for (TextLine line : page.lines()) {
            if (bands.stream().noneMatch(band -> overlaps(line.box(), band))) {
                lines.add(line);
            }
        }
        for (int[] band : bands) {
            int margin = margin(page.lines(), band);
            int top = Math.max(0, band[0] - margin);
            int bottom = Math.min(image.getHeight(), band[1] + margin);
            if (bottom <= top) {
                continue; // a seal's region with no rows inside the image: nothing to read
            }
            PageText read = engine.read(lifted, new Box(0, top, image.getWidth(), bottom - top));
            for (TextLine line : read.lines()) {
                Box box = new Box(line.box().x(), line.box().y() + top, line.box().width(), line.box().height());
                // a line the margin cut (the one above or below the band) is the first read's, kept above
                if (box.centerY() >= band[0] && box.centerY() < band[1]) {
                    lines.add(new TextLine(line.text(), box, line.confidence(), line.charConfidences()));
                }
            }
        }
        lines.sort(Comparator.comparingInt((TextLine l) -> l.box().y()).thenComparingInt(l -> l.box().x()));
        return new Read(lifted, new PageText(page.engine(), page.width(), page.height(), lines));
    }

    /**
     * Rows {@code [top, bottom)} read again: each seal's lifted region, grown over every line it touches until
     * none is cut, bands that meet merged.
     */
    static List<int[]> bands(int width, int height, List<TextLine> lines, List<Seal> seals) {
        List<int[]> bands = new ArrayList<>();
        for (Seal seal : seals) {
            Box region = SealInk.region(seal.box(), width, height);
            int[] band = {region.y(), region.bottom()};
            boolean grew = true;
            while (grew) {
                grew = false;
                for (TextLine line : lines) {
                    if (overlaps(line.box(), band) && (line.box().y() < band[0] || line.box().bottom() > band[1])) {
                        band[0] = Math.max(0, Math.min(band[0], line.box().y()));
                        band[1] = Math.min(height, Math.max(band[1], line.box().bottom()));
                        grew = true;
                    }
                }
            }
            bands.add(band);
        }
        bands.sort(Comparator.comparingInt(b -> b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] band : bands) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && band[0] <= last[1]) {
                last[1] = Math.max(last[1], band[1]);
            } else {
                merged.add(band.clone());
            }
        }
        return merged;
    }

    private static boolean overlaps(Box box, int[] band) {
        return box.y() < band[1] && box.bottom() > band[0];
    }

    /** Paper around a band: the height of the page's median line, so the detector has context on both sides. */
    private static int margin(List<TextLine> lines, int[] band) {
        int[] heights = lines.stream().mapToInt(l -> l.box().height()).sorted().toArray();
        int median = heights.length == 0 ? (band[1] - band[0]) / 4 : heights[heights.length / 2];
        return Math.max(16, median);
    }
}
