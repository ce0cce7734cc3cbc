package org.voicequal.ocr.engine.ppocr;

/** A point in image pixels; fractional because boxes come from rotated rectangles. */
record Point(double x, double y) {

    double distance(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
