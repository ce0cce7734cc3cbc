package org.voicequal.ocr.engine.ppocr;

/**
 * A rectangle at any angle, as OpenCV's {@code minAreaRect} gives it: centre, side lengths and the unit
 * direction of the {@code width} side.
 */
record RotatedRect(Point center, double width, double height, double cos, double sin) {

    double shortSide() {
        return Math.min(width, height);
    }

    double area() {
        return width * height;
    }

    double perimeter() {
        return 2 * (width + height);
    }

    Point[] corners() {
        double wx = cos * width / 2, wy = sin * width / 2;
        double hx = -sin * height / 2, hy = cos * height / 2;
        double cx = center.x(), cy = center.y();
        return new Point[] {
            new Point(cx - wx - hx, cy - wy - hy),
            new Point(cx + wx - hx, cy + wy - hy),
            new Point(cx + wx + hx, cy + wy + hy),
            new Point(cx - wx + hx, cy - wy + hy)};
    }

    /**
     * PaddleOCR's {@code unclip}: the DB model predicts a shrunk text kernel, so the box is pushed outward
     * by {@code area × ratio / perimeter} on every side. PaddleOCR offsets the polygon with rounded joins
     * (pyclipper) and then takes the minimum-area rectangle again; for a rectangle that is exactly the
     * rectangle grown by the distance on each side, so the offset is done directly.
     */
    RotatedRect unclip(double ratio) {
        double perimeter = perimeter();
        if (perimeter == 0) {
            return this;
        }
        double distance = area() * ratio / perimeter;
        return new RotatedRect(center, width + 2 * distance, height + 2 * distance, cos, sin);
    }
}
