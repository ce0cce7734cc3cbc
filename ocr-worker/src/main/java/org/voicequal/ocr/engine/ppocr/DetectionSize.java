package org.voicequal.ocr.engine.ppocr;

import java.util.Arrays;
import java.util.Optional;

/**
 * The size a page is resized to before detection (PaddleOCR's {@code DetResizeForTest}): scaled so the
 * shorter side reaches at least {@code minSide} and the longer side at most {@code maxSide} (the cap wins),
 * each side then rounded to a multiple of 32 because the DB network downsamples five times.
 */
record DetectionSize(int width, int height) {

    static DetectionSize fit(int width, int height, int minSide, int maxSide) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("empty image " + width + "x" + height);
        }
        double ratio = 1;
        if (Math.min(width, height) < minSide) {
            ratio = minSide / (double) Math.min(width, height);
        }
        if (Math.max(width, height) * ratio > maxSide) {
            ratio = maxSide / (double) Math.max(width, height);
        }
        return new DetectionSize(multipleOf32((int) (width * ratio)), multipleOf32((int) (height * ratio)));
    }

    /**
     * The size a page is first detected at: {@link #fit} within {@code maxSide} when its longer side is at most
     * that, else within {@code largePageFirstSide} (and detected again larger where its print needs it, {@link #finer}).
     */
    static DetectionSize first(int width, int height, int minSide, int maxSide, int largePageFirstSide) {
        return fit(width, height, minSide, Math.max(width, height) <= maxSide ? maxSide : largePageFirstSide);
    }

    /**
     * A size at which the page's small print comes out as large as the detector reads it reliably, when it came
     * out smaller at this size: the lower quartile of the lines' heights found here ({@code lineHeights}, in this
     * size's pixels; a box is about one and a half times the height of its text) is brought up to
     * {@code targetLineHeight}, the longer side kept at most {@code maxSide}. Empty when the lines are already
     * that large, when that would enlarge the page by less than a fifth, or when no line was found (a page with
     * nothing on it is not read again).
     *
     * <p>Why: detection costs the square of the side, and a page's side says little about the size of its print
     * — an ID card fills 1 000 px with 30 px lines, an A4 page at 300 dpi fills 3 500 px with 25 px ones.
     */
    static Optional<DetectionSize> finer(DetectionSize current, int width, int height, double[] lineHeights,
            double minLineHeight, double targetLineHeight, int maxSide) {
        if (lineHeights.length == 0) {
            return Optional.empty();
        }
        double[] sorted = lineHeights.clone();
        Arrays.sort(sorted);
        double lowerQuartile = sorted[sorted.length / 4];
        if (lowerQuartile >= minLineHeight) {
            return Optional.empty();
        }
        int longer = Math.max(current.width(), current.height());
        double factor = Math.min(targetLineHeight / Math.max(1, lowerQuartile), maxSide / (double) longer);
        // never more than twice the page's own pixels: a thumbnail's blur is not sharpened by enlarging it further
        factor = Math.min(factor, 2.0 * Math.max(width, height) / longer);
        if (factor < 1.2) {
            return Optional.empty();
        }
        double scale = longer / (double) Math.max(width, height) * factor;
        return Optional.of(new DetectionSize(multipleOf32((int) (width * scale)),
                multipleOf32((int) (height * scale))));
    }

    /** Rounded to the nearest multiple of 32, at least 32 (as PaddleOCR: {@code max(round(x / 32) * 32, 32)}). */
    static int multipleOf32(int side) {
        return Math.max((int) Math.round(side / 32.0) * 32, 32);
    }
}
