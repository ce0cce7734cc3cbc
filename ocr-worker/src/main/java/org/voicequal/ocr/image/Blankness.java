package org.voicequal.ocr.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Whether a decoded image shows anything at all. Counts sharp local changes of brightness (the edges of strokes,
 * card borders, a seal) rather than the spread of brightness, so a blank page photographed under uneven light or
 * with JPEG noise is still blank while one short line of small text is not.
 */
final class Blankness {

    /** A step in brightness (0..255) between pixels two apart that noise and lighting gradients do not reach. */
    private static final int EDGE_STEP = 48;
    /** One short line of 10-point text on an A4 page at 300 dpi has ~5 edge pixels in 10 000; blank has none. */
    private static final double MIN_EDGE_SHARE = 0.00005;

    private Blankness() {
    }

    static boolean isBlank(BufferedImage rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] px = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        long edges = 0;
        for (int y = 0; y + 2 < h; y++) {
            for (int x = 0; x + 2 < w; x++) {
                int here = luma(px[y * w + x]);
                if (Math.abs(here - luma(px[y * w + x + 2])) >= EDGE_STEP
                        || Math.abs(here - luma(px[(y + 2) * w + x])) >= EDGE_STEP) {
                    edges++;
                }
            }
        }
        return edges < Math.max(4, (double) w * h * MIN_EDGE_SHARE);
    }

    private static int luma(int rgb) {
        return (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
    }
}
