package org.voicequal.ocr.image;

import java.awt.image.BufferedImage;
import org.voicequal.ocr.engine.Images;

/**
 * A reduced copy of an image for colour and seal analysis: each pixel the average of a square block, so a thin
 * seal ring stays reddish (averaged with white it turns pink, not grey) and the work stays a few milliseconds.
 *
 * @param rgb    packed 0xRRGGBB, row by row
 * @param factor how many source pixels one analysis pixel spans in each direction
 */
record AnalysisImage(int[] rgb, int width, int height, int factor) {

    /** A seal of 15 % of an A4 width is still ~130 px across at this size; its ring 4–8 px thick. */
    static final int MAX_SIDE = 1200;

    static AnalysisImage of(BufferedImage source) {
        // one native conversion (alpha on white) instead of a colour-model call per pixel for JPEG's BGR bytes
        BufferedImage image = Images.rgb(source);
        int w = image.getWidth();
        int h = image.getHeight();
        int factor = Math.max(1, (Math.max(w, h) + MAX_SIDE - 1) / MAX_SIDE);
        int width = Math.max(1, w / factor);
        int height = Math.max(1, h / factor);
        int[] out = new int[width * height];
        int[] row = new int[w];
        long[] sums = new long[width * 3];
        for (int y = 0; y < height; y++) {
            java.util.Arrays.fill(sums, 0);
            for (int sy = y * factor; sy < (y + 1) * factor; sy++) {
                image.getRGB(0, sy, w, 1, row, 0, w);
                for (int x = 0; x < width * factor; x++) {
                    int p = row[x];
                    int cell = x / factor * 3;
                    sums[cell] += p >> 16 & 0xFF;
                    sums[cell + 1] += p >> 8 & 0xFF;
                    sums[cell + 2] += p & 0xFF;
                }
            }
            int n = factor * factor;
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (int) (sums[x * 3] / n) << 16 | (int) (sums[x * 3 + 1] / n) << 8
                        | (int) (sums[x * 3 + 2] / n);
            }
        }
        return new AnalysisImage(out, width, height, factor);
    }

    /**
     * Seal ink: red from magenta-red (hue −35°) to orange-red (+25°), saturated enough to differ from paper and
     * skin shadows, bright enough not to be black text; ink over black text still passes as dark red.
     */
    static boolean isRed(int p) {
        int r = p >> 16 & 0xFF;
        int g = p >> 8 & 0xFF;
        int b = p & 0xFF;
        int min = Math.min(g, b);
        int chroma = r - min;
        if (r < 64 || g > r || b > r || chroma < 0.28 * r) {
            return false;
        }
        // hue = 60° × (g − b) / chroma when red is the largest channel
        return (g - b) * 60 <= 25 * chroma && (b - g) * 60 <= 35 * chroma;
    }
}
