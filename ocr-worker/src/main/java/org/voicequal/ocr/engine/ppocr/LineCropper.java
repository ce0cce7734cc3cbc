package org.voicequal.ocr.engine.ppocr;

import java.awt.image.BufferedImage;
import org.voicequal.ocr.engine.Images;

/**
 * Cuts a detected line out of the page as an upright image (PaddleOCR's {@code get_rotate_crop_image}): the
 * quad is mapped onto a rectangle by a perspective transform, so a tilted line comes out level, and a crop at
 * least 1.5 times taller than wide — a vertical line — is turned a quarter to read left to right.
 */
final class LineCropper {

    /** A box at least this many times taller than wide holds a vertical line (PaddleOCR's rule). */
    private static final double TALL = 1.5;

    /** Whether the crop of this box is turned a quarter counter-clockwise: a vertical line then reads left to right. */
    static boolean turnsAQuarter(Quad quad) {
        return Math.max(1, (int) quad.height()) >= TALL * Math.max(1, (int) quad.width());
    }

    private final int[] page;
    private final int width;
    private final int height;

    /** @param page the page's packed RGB pixels, row-major, {@code width × height} */
    LineCropper(int[] page, int width, int height) {
        this.page = page;
        this.width = width;
        this.height = height;
    }

    BufferedImage crop(Quad quad) {
        int cropWidth = Math.max(1, (int) quad.width());
        int cropHeight = Math.max(1, (int) quad.height());
        double[] h = Homography.mapping(
                new Point[] {new Point(0, 0), new Point(cropWidth, 0), new Point(cropWidth, cropHeight),
                    new Point(0, cropHeight)},
                quad.corners());
        int[] out = new int[cropWidth * cropHeight];
        for (int y = 0; y < cropHeight; y++) {
            for (int x = 0; x < cropWidth; x++) {
                double w = h[6] * x + h[7] * y + 1;
                double sx = (h[0] * x + h[1] * y + h[2]) / w;
                double sy = (h[3] * x + h[4] * y + h[5]) / w;
                out[y * cropWidth + x] = sample(sx, sy);
            }
        }
        BufferedImage crop = Pixels.image(out, cropWidth, cropHeight);
        // a quarter counter-clockwise (three clockwise), as PaddleOCR's np.rot90: the vertical line then reads left to right
        return turnsAQuarter(quad) ? Images.turnedClockwise(crop, 3) : crop;
    }

    /** Bilinear, with the border pixels repeated outside the page (OpenCV's {@code BORDER_REPLICATE}). */
    private int sample(double x, double y) {
        x = Math.max(0, Math.min(width - 1, x));
        y = Math.max(0, Math.min(height - 1, y));
        int x0 = (int) x, y0 = (int) y;
        int x1 = Math.min(width - 1, x0 + 1), y1 = Math.min(height - 1, y0 + 1);
        double fx = x - x0, fy = y - y0;
        int a = page[y0 * width + x0], b = page[y0 * width + x1];
        int c = page[y1 * width + x0], d = page[y1 * width + x1];
        int rgb = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double top = ((a >> shift) & 0xff) * (1 - fx) + ((b >> shift) & 0xff) * fx;
            double bottom = ((c >> shift) & 0xff) * (1 - fx) + ((d >> shift) & 0xff) * fx;
            int value = (int) Math.round(top * (1 - fy) + bottom * fy);
            rgb |= Math.min(255, value) << shift;
        }
        return rgb;
    }
}
