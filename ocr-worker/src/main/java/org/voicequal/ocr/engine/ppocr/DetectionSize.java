package org.voicequal.ocr.engine.ppocr;

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

    /** Rounded to the nearest multiple of 32, at least 32 (as PaddleOCR: {@code max(round(x / 32) * 32, 32)}). */
    static int multipleOf32(int side) {
        return Math.max((int) Math.round(side / 32.0) * 32, 32);
    }
}
