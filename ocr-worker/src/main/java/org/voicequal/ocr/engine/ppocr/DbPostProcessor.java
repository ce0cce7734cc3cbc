package org.voicequal.ocr.engine.ppocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the DB model's text probability map into line boxes, as PaddleOCR's {@code DBPostProcess} (fast score
 * mode, no dilation): threshold the map, take each connected region's minimum-area rectangle, keep it if the
 * mean probability inside is high enough, grow it back from the shrunk kernel the model predicts (unclip), and
 * scale it to the original image.
 */
final class DbPostProcessor {

    static final float THRESHOLD = 0.3f;
    static final double BOX_THRESHOLD = 0.6;
    static final double UNCLIP_RATIO = 1.5;
    static final int MIN_SIZE = 3;
    static final int MAX_CANDIDATES = 1000;

    private DbPostProcessor() {
    }

    /**
     * @param probability the map, row-major, {@code mapWidth × mapHeight}
     * @return boxes in the original image's pixels ({@code imageWidth × imageHeight}), in the order found
     */
    static List<Quad> boxes(float[] probability, int mapWidth, int mapHeight, int imageWidth, int imageHeight) {
        boolean[] bitmap = new boolean[probability.length];
        for (int i = 0; i < probability.length; i++) {
            bitmap[i] = probability[i] > THRESHOLD;
        }
        List<ConnectedRegions.Region> regions = ConnectedRegions.find(bitmap, mapWidth, mapHeight);
        List<Quad> boxes = new ArrayList<>();
        double sx = imageWidth / (double) mapWidth, sy = imageHeight / (double) mapHeight;
        for (ConnectedRegions.Region region : regions.subList(0, Math.min(regions.size(), MAX_CANDIDATES))) {
            RotatedRect kernel = MinAreaRect.of(region.outline());
            if (kernel.shortSide() < MIN_SIZE) {
                continue;
            }
            Quad kernelBox = Quad.of(kernel.corners());
            if (meanInside(probability, mapWidth, mapHeight, kernelBox) < BOX_THRESHOLD) {
                continue;
            }
            RotatedRect line = kernel.unclip(UNCLIP_RATIO);
            if (line.shortSide() < MIN_SIZE + 2) {
                continue;
            }
            Quad box = Quad.of(line.corners());
            boxes.add(new Quad(toImage(box.topLeft(), sx, sy, imageWidth, imageHeight),
                    toImage(box.topRight(), sx, sy, imageWidth, imageHeight),
                    toImage(box.bottomRight(), sx, sy, imageWidth, imageHeight),
                    toImage(box.bottomLeft(), sx, sy, imageWidth, imageHeight)));
        }
        return boxes;
    }

    /**
     * PaddleOCR's {@code box_score_fast}: the mean probability over the pixels the box covers, a cheap
     * measure of how sure the model is that the whole box is text (a region of stray weak pixels scores low).
     */
    static double meanInside(float[] probability, int width, int height, Quad box) {
        Point[] c = box.corners();
        int minX = width, maxX = 0, minY = height, maxY = 0;
        for (Point p : c) {
            minX = Math.min(minX, (int) Math.floor(p.x()));
            maxX = Math.max(maxX, (int) Math.ceil(p.x()));
            minY = Math.min(minY, (int) Math.floor(p.y()));
            maxY = Math.max(maxY, (int) Math.ceil(p.y()));
        }
        minX = clamp(minX, width - 1);
        maxX = clamp(maxX, width - 1);
        minY = clamp(minY, height - 1);
        maxY = clamp(maxY, height - 1);
        double sum = 0;
        int count = 0;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                if (inside(c, x, y)) {
                    sum += probability[y * width + x];
                    count++;
                }
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** Inside or on the edge of the convex quad (the edge counts, as {@code cv2.fillPoly} fills it). */
    private static boolean inside(Point[] corners, double x, double y) {
        boolean negative = false, positive = false;
        for (int i = 0; i < corners.length; i++) {
            Point a = corners[i], b = corners[(i + 1) % corners.length];
            double cross = (b.x() - a.x()) * (y - a.y()) - (b.y() - a.y()) * (x - a.x());
            double length = a.distance(b);
            // within half a pixel of an edge still counts, as a rasterised polygon's border pixels do
            if (cross < -0.5 * length) {
                negative = true;
            } else if (cross > 0.5 * length) {
                positive = true;
            }
        }
        return !(negative && positive);
    }

    /** PaddleOCR rounds the scaled corners to whole pixels inside the image. */
    private static Point toImage(Point p, double sx, double sy, int width, int height) {
        return new Point(Math.max(0, Math.min(width, Math.round(p.x() * sx))),
                Math.max(0, Math.min(height, Math.round(p.y() * sy))));
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
