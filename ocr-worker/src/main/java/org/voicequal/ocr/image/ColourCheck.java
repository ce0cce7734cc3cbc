package org.voicequal.ocr.image;

import java.util.List;
import org.voicequal.ocr.engine.Box;

/**
 * Tells a colour photo or scan from a black-and-white copy. Chroma is measured after balancing the image's own
 * paper colour to grey, so a phone photo of a copy under warm light stays black-and-white; the seals' boxes are
 * left out, so a red seal stamped on a copy does not make it a colour image.
 */
final class ColourCheck {

    /** Balanced max − min channel that no grey copy reaches: JPEG noise and tinted light stay well below. */
    private static final int CHROMA = 40;
    /** Any non-red colour on this share of the image means colour (a photo, a card's blue, a logo). */
    private static final double OTHER_SHARE = 0.003;
    /** Red alone needs more: an undetected faded seal covers ~0.5 % of a page, a licence's red border more. */
    private static final double ANY_SHARE = 0.015;

    private ColourCheck() {
    }

    static boolean isColour(AnalysisImage image, List<Seal> seals) {
        int w = image.width();
        int h = image.height();
        boolean[] skip = new boolean[w * h];
        for (Seal seal : seals) {
            Box box = seal.box();
            int f = image.factor();
            for (int y = Math.max(0, box.y() / f - 2); y < Math.min(h, box.bottom() / f + 2); y++) {
                for (int x = Math.max(0, box.x() / f - 2); x < Math.min(w, box.right() / f + 2); x++) {
                    skip[y * w + x] = true;
                }
            }
        }
        // the paper's colour: the mean of the brighter half of the pixels
        long[] sum = new long[3];
        long lumaSum = 0;
        int counted = 0;
        for (int i = 0; i < skip.length; i++) {
            if (!skip[i]) {
                lumaSum += luma(image.rgb()[i]);
                counted++;
            }
        }
        if (counted == 0) {
            return false;
        }
        double meanLuma = lumaSum / (double) counted;
        int bright = 0;
        for (int i = 0; i < skip.length; i++) {
            int p = image.rgb()[i];
            if (!skip[i] && luma(p) >= meanLuma) {
                sum[0] += p >> 16 & 0xFF;
                sum[1] += p >> 8 & 0xFF;
                sum[2] += p & 0xFF;
                bright++;
            }
        }
        double[] gain = new double[3];
        double grey = (sum[0] + sum[1] + sum[2]) / 3.0;
        for (int c = 0; c < 3; c++) {
            // a strong cast is corrected, a page that is really one colour is not turned grey entirely
            gain[c] = Math.max(0.67, Math.min(1.5, grey / Math.max(1, sum[c])));
        }
        int other = 0;
        int any = 0;
        for (int i = 0; i < skip.length; i++) {
            if (skip[i]) {
                continue;
            }
            int p = image.rgb()[i];
            double r = (p >> 16 & 0xFF) * gain[0];
            double g = (p >> 8 & 0xFF) * gain[1];
            double b = (p & 0xFF) * gain[2];
            double max = Math.max(r, Math.max(g, b));
            if (max >= 48 && max - Math.min(r, Math.min(g, b)) >= CHROMA) {
                any++;
                if (!AnalysisImage.isRed(p)) {
                    other++;
                }
            }
        }
        return other >= OTHER_SHARE * counted || any >= ANY_SHARE * counted;
    }

    private static int luma(int p) {
        return (299 * (p >> 16 & 0xFF) + 587 * (p >> 8 & 0xFF) + 114 * (p & 0xFF)) / 1000;
    }
}
