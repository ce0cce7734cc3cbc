package org.voicequal.ocr.engine.ppocr;

import java.util.Arrays;
import java.util.Comparator;
import org.voicequal.ocr.engine.Box;

/**
 * Four corners of a detected text line, clockwise from the top left as the line reads (PaddleOCR's
 * {@code get_mini_boxes} order): the cropper maps them onto an upright rectangle in this order.
 */
record Quad(Point topLeft, Point topRight, Point bottomRight, Point bottomLeft) {

    /**
     * Orders the corners of a rectangle the way PaddleOCR's {@code get_mini_boxes} does: the two leftmost
     * corners give the top left (the higher one) and bottom left, the two rightmost the top right and
     * bottom right. Matching it keeps a slightly tilted line's crop upright instead of turned by 90°.
     */
    static Quad of(Point[] corners) {
        Point[] p = corners.clone();
        Arrays.sort(p, Comparator.comparingDouble(Point::x));
        Point topLeft, bottomLeft, topRight, bottomRight;
        if (p[1].y() > p[0].y()) {
            topLeft = p[0];
            bottomLeft = p[1];
        } else {
            topLeft = p[1];
            bottomLeft = p[0];
        }
        if (p[3].y() > p[2].y()) {
            topRight = p[2];
            bottomRight = p[3];
        } else {
            topRight = p[3];
            bottomRight = p[2];
        }
        return new Quad(topLeft, topRight, bottomRight, bottomLeft);
    }

    Point[] corners() {
        return new Point[] {topLeft, topRight, bottomRight, bottomLeft};
    }

    /** The longer of the top and bottom edges: the crop's width, as PaddleOCR's {@code get_rotate_crop_image}. */
    double width() {
        return Math.max(topLeft.distance(topRight), bottomLeft.distance(bottomRight));
    }

    double height() {
        return Math.max(topLeft.distance(bottomLeft), topRight.distance(bottomRight));
    }

    Quad scaled(double sx, double sy) {
        return new Quad(scale(topLeft, sx, sy), scale(topRight, sx, sy), scale(bottomRight, sx, sy),
                scale(bottomLeft, sx, sy));
    }

    Quad clipped(int width, int height) {
        return new Quad(clip(topLeft, width, height), clip(topRight, width, height),
                clip(bottomRight, width, height), clip(bottomLeft, width, height));
    }

    /** The axis-aligned bounds, in whole pixels, kept inside a {@code width × height} image. */
    Box bounds(int width, int height) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point p : corners()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        int left = (int) Math.max(0, Math.floor(minX));
        int top = (int) Math.max(0, Math.floor(minY));
        int right = (int) Math.min(width, Math.ceil(maxX));
        int bottom = (int) Math.min(height, Math.ceil(maxY));
        return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    private static Point scale(Point p, double sx, double sy) {
        return new Point(p.x() * sx, p.y() * sy);
    }

    private static Point clip(Point p, int width, int height) {
        return new Point(Math.max(0, Math.min(width - 1, p.x())), Math.max(0, Math.min(height - 1, p.y())));
    }
}
