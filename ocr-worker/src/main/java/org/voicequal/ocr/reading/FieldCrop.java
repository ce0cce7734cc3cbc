package org.voicequal.ocr.reading;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.Images;

/**
 * The image the second engine reads a field from: the value's box with a margin (engines read a tightly cut line
 * badly, and boxes of a sub-value are estimates), with what the margin clipped off a neighbour blanked out.
 *
 * <p>The margin clips pieces of what stands beside the value: the last stroke of the label before it (人 of
 * 法定代表人 merged into one line with its value), the descenders of the line above. Tesseract takes such a piece
 * for a character, or loses the whole line over it (曾新琪 read as nothing, as 新琪 when cut off by hand). A piece
 * is blanked only when it touches the crop's edge, is separated from the rest by a blank gap, and is narrower than
 * half a character: a character of the value is never that narrow, so blanking cannot remove one the leading
 * engine left out. (A white border around the crop, tried too, lost Tesseract more values on the sample
 * applications than it won: 172 of 238 true reads agreed, against 180 without and 181 with the blanking.)
 */
final class FieldCrop {

    /** Darker than this (0–255 luminance) is ink. */
    private static final int INK = 140;

    private FieldCrop() {
    }

    static BufferedImage of(BufferedImage image, Box box) {
        int marginY = Math.max(4, box.height() / 3);
        int marginX = Math.max(6, box.height() / 2);
        int x = Math.max(0, box.x() - marginX);
        int y = Math.max(0, box.y() - marginY);
        int right = Math.min(image.getWidth(), box.right() + marginX);
        int bottom = Math.min(image.getHeight(), box.bottom() + marginY);
        if (right - x < 2 || bottom - y < 2) {
            return image;
        }
        BufferedImage crop = copy(image.getSubimage(x, y, right - x, bottom - y));
        blankEdgePieces(crop, box.height());
        return crop;
    }

    /** A line box taller than this (pixels) is read smaller: print of a 300-dpi scan, or a card photographed close. */
    static final int LARGEST_LINE = 40;
    /** The box height such a line is brought to: what the 150-dpi pages Tesseract reads best print (25–30 px). */
    static final int READING_LINE = 28;

    /**
     * The crop at the size Tesseract, the second engine, reads best (PP-OCR scales every line to its own height and
     * reads a crop best at the page's resolution). Its fast {@code chi_sim} model misreads large print that it reads
     * right at half the size (on the sample applications drawn at 300 dpi: 责 as 贡, 自 as 目, 胡 as 明, 京 as 各;
     * 191 fields confirmed there against 202 at 150 dpi; with crops brought to this size, 204 and 205). Halved by
     * averaging first, so no stroke is skipped.
     */
    static BufferedImage atReadingSize(BufferedImage crop, int lineHeight) {
        if (lineHeight <= LARGEST_LINE) {
            return crop;
        }
        double factor = READING_LINE / (double) lineHeight;
        BufferedImage out = crop;
        // halve with bilinear (a 2 x 2 average) while more than halving is left, so no ink is skipped
        while (factor < 0.5) {
            out = scaled(out, Math.max(1, out.getWidth() / 2), Math.max(1, out.getHeight() / 2));
            factor *= 2;
        }
        return scaled(out, Math.max(1, (int) Math.round(out.getWidth() * factor)),
                Math.max(1, (int) Math.round(out.getHeight() * factor)));
    }

    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        return Images.scaled(image, width, height, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    /** The crop twice as large (bicubic): Tesseract reads small print it lost at its size. */
    static BufferedImage enlarged(BufferedImage crop) {
        return Images.scaled(crop, crop.getWidth() * 2, crop.getHeight() * 2,
                RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    /** Blanks ink touching an edge of {@code crop} that a blank gap separates from the rest and is under half a character. */
    static void blankEdgePieces(BufferedImage crop, int charHeight) {
        int w = crop.getWidth();
        int h = crop.getHeight();
        boolean[][] ink = new boolean[w][h];
        int[] cols = new int[w];
        int[] rows = new int[h];
        for (int i = 0; i < w; i++) {
            for (int j = 0; j < h; j++) {
                int rgb = crop.getRGB(i, j);
                int lum = (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
                if (lum < INK) {
                    ink[i][j] = true;
                    cols[i]++;
                    rows[j]++;
                }
            }
        }
        int narrow = Math.max(2, charHeight / 2);
        int gap = Math.max(2, charHeight / 10);
        int left = edgePiece(cols, narrow, gap, false);
        int rightPiece = edgePiece(cols, narrow, gap, true);
        int top = edgePiece(rows, Math.max(2, charHeight * 2 / 5), gap, false);
        int bottomPiece = edgePiece(rows, Math.max(2, charHeight * 2 / 5), gap, true);
        Graphics2D g = crop.createGraphics();
        g.setColor(Color.WHITE);
        if (left > 0) {
            g.fillRect(0, 0, left, h);
        }
        if (rightPiece > 0) {
            g.fillRect(w - rightPiece, 0, rightPiece, h);
        }
        if (top > 0) {
            g.fillRect(0, 0, w, top);
        }
        if (bottomPiece > 0) {
            g.fillRect(0, h - bottomPiece, w, bottomPiece);
        }
        g.dispose();
    }

    /**
     * The width of a piece of ink that starts at the edge ({@code fromEnd}: the far edge) of the profile, is at
     * most {@code narrow} wide and followed by at least {@code gap} blank lines before more ink; 0 when none.
     */
    private static int edgePiece(int[] profile, int narrow, int gap, boolean fromEnd) {
        int n = profile.length;
        int at = 0;
        while (at < 2 && at < n && profile[fromEnd ? n - 1 - at : at] == 0) {
            at++;
        }
        if (at == 2) {
            return 0;
        }
        while (at < n && profile[fromEnd ? n - 1 - at : at] > 0) {
            at++;
        }
        if (at > narrow || at >= n) {
            return 0;
        }
        int blank = 0;
        int i = at;
        while (i < n && profile[fromEnd ? n - 1 - i : i] == 0) {
            blank++;
            i++;
        }
        // nothing but the piece: it is the value itself, not a piece of a neighbour
        return blank >= gap && i < n ? at : 0;
    }

    /** A copy of {@code image} (RGB), which blanking may change without touching the page. */
    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }
}
