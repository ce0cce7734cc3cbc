package org.voicequal.ocr.engine.ppocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The smallest rectangle, at any angle, holding a set of points (OpenCV's {@code minAreaRect}): the convex
 * hull by Andrew's monotone chain, then rotating calipers — the best rectangle has one side on a hull edge,
 * so each edge's direction is tried.
 */
final class MinAreaRect {

    private MinAreaRect() {
    }

    static RotatedRect of(List<Point> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no points");
        }
        List<Point> hull = convexHull(points);
        if (hull.size() == 1) {
            return new RotatedRect(hull.get(0), 0, 0, 1, 0);
        }
        RotatedRect best = null;
        for (int i = 0; i < hull.size(); i++) {
            Point a = hull.get(i), b = hull.get((i + 1) % hull.size());
            double length = a.distance(b);
            if (length == 0) {
                continue;
            }
            double cos = (b.x() - a.x()) / length, sin = (b.y() - a.y()) / length;
            double minU = Double.MAX_VALUE, maxU = -Double.MAX_VALUE, minV = Double.MAX_VALUE, maxV = -Double.MAX_VALUE;
            for (Point p : hull) {
                double u = p.x() * cos + p.y() * sin;
                double v = -p.x() * sin + p.y() * cos;
                minU = Math.min(minU, u);
                maxU = Math.max(maxU, u);
                minV = Math.min(minV, v);
                maxV = Math.max(maxV, v);
            }
            double width = maxU - minU, height = maxV - minV;
            if (best == null || width * height < best.area()) {
                double u = (minU + maxU) / 2, v = (minV + maxV) / 2;
                Point center = new Point(u * cos - v * sin, u * sin + v * cos);
                best = new RotatedRect(center, width, height, cos, sin);
            }
        }
        return best;
    }

    /** Counter-clockwise (in image coordinates, y down: clockwise on screen) hull without collinear points. */
    static List<Point> convexHull(List<Point> points) {
        Point[] sorted = points.toArray(new Point[0]);
        Arrays.sort(sorted, Comparator.comparingDouble(Point::x).thenComparingDouble(Point::y));
        int n = sorted.length;
        if (n < 3) {
            return n == 2 && sorted[0].equals(sorted[1]) ? List.of(sorted[0]) : List.of(sorted);
        }
        Point[] hull = new Point[2 * n];
        int k = 0;
        for (Point p : sorted) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        for (int i = n - 2, lower = k + 1; i >= 0; i--) {
            Point p = sorted[i];
            while (k >= lower && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        List<Point> result = new ArrayList<>(Arrays.asList(hull).subList(0, k - 1));
        return result.isEmpty() ? List.of(sorted[0]) : result;
    }

    private static double cross(Point o, Point a, Point b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }
}
