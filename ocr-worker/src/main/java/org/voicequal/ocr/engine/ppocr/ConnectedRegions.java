package org.voicequal.ocr.engine.ppocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 8-connected regions of a binary map (what OpenCV's {@code findContours} outlines in PaddleOCR's DB
 * post-processing). A region is kept only as its leftmost and rightmost pixel per row: those hold its convex
 * hull, which is all the minimum-area rectangle needs, at a fraction of the points.
 */
final class ConnectedRegions {

    /**
     * One region: for each row from {@code top}, the leftmost and rightmost pixel ({@code -1} for rows the
     * region does not touch, possible when it bends back).
     */
    record Region(int top, int[] left, int[] right, int pixels) {

        /** The pixel centres of the row ends, the points a contour would give for the hull. */
        List<Point> outline() {
            List<Point> points = new ArrayList<>(2 * left.length);
            for (int i = 0; i < left.length; i++) {
                if (left[i] >= 0) {
                    points.add(new Point(left[i], top + i));
                    if (right[i] != left[i]) {
                        points.add(new Point(right[i], top + i));
                    }
                }
            }
            return points;
        }
    }

    private ConnectedRegions() {
    }

    /** Regions in the order their first pixel is met, scanning rows top to bottom. */
    static List<Region> find(boolean[] bitmap, int width, int height) {
        if (bitmap.length != width * height) {
            throw new IllegalArgumentException("bitmap is not " + width + "x" + height);
        }
        boolean[] seen = new boolean[bitmap.length];
        int[] stack = new int[64];
        List<Region> regions = new ArrayList<>();
        for (int start = 0; start < bitmap.length; start++) {
            if (!bitmap[start] || seen[start]) {
                continue;
            }
            int top = start / width, bottom = top;
            int[] left = new int[16], right = new int[16];
            Arrays.fill(left, -1);
            Arrays.fill(right, -1);
            int pixels = 0, size = 0;
            stack[size++] = start;
            seen[start] = true;
            while (size > 0) {
                int index = stack[--size];
                int y = index / width, x = index % width;
                pixels++;
                int row = y - top;
                if (row >= left.length) {
                    int grown = Math.max(left.length * 2, row + 1);
                    left = grow(left, grown);
                    right = grow(right, grown);
                }
                bottom = Math.max(bottom, y);
                left[row] = left[row] < 0 ? x : Math.min(left[row], x);
                right[row] = Math.max(right[row], x);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= height) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= width) {
                            continue;
                        }
                        int neighbour = ny * width + nx;
                        if (bitmap[neighbour] && !seen[neighbour]) {
                            seen[neighbour] = true;
                            if (size == stack.length) {
                                stack = Arrays.copyOf(stack, size * 2);
                            }
                            stack[size++] = neighbour;
                        }
                    }
                }
            }
            int rows = bottom - top + 1;
            regions.add(new Region(top, Arrays.copyOf(left, rows), Arrays.copyOf(right, rows), pixels));
        }
        return regions;
    }

    private static int[] grow(int[] array, int length) {
        int old = array.length;
        int[] grown = Arrays.copyOf(array, length);
        Arrays.fill(grown, old, length, -1);
        return grown;
    }
}
