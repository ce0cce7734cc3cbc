package org.voicequal.ocr.engine.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicequal.ocr.engine.Box;

/** Minimum-area rectangles, unclip, corner order and crops on shapes whose answers are known. */
class GeometryTest {

    @Test
    void anAxisAlignedRectangleOfPointsIsItsOwnMinimumRectangle() {
        List<Point> points = new ArrayList<>();
        for (int x = 10; x <= 50; x++) {
            for (int y = 20; y <= 30; y++) {
                points.add(new Point(x, y));
            }
        }
        RotatedRect rect = MinAreaRect.of(points);
        assertThat(rect.area()).isCloseTo(40 * 10, within(1e-6));
        assertThat(rect.shortSide()).isCloseTo(10, within(1e-6));
        assertThat(rect.center().x()).isCloseTo(30, within(1e-6));
        assertThat(rect.center().y()).isCloseTo(25, within(1e-6));
    }

    @Test
    void aRotatedRectangleIsFoundAtItsAngle() {
        // a 100 × 20 rectangle turned by 30°, given by its corners and some points inside
        double angle = Math.toRadians(30), cos = Math.cos(angle), sin = Math.sin(angle);
        List<Point> points = new ArrayList<>();
        for (double u = 0; u <= 100; u += 10) {
            for (double v = 0; v <= 20; v += 5) {
                points.add(new Point(200 + u * cos - v * sin, 100 + u * sin + v * cos));
            }
        }
        RotatedRect rect = MinAreaRect.of(points);
        assertThat(rect.area()).isCloseTo(2000, within(1e-6));
        assertThat(Math.max(rect.width(), rect.height())).isCloseTo(100, within(1e-6));
        assertThat(rect.shortSide()).isCloseTo(20, within(1e-6));
    }

    @Test
    void aDiamondsMinimumRectangleIsTheSquareOnItsEdges() {
        RotatedRect rect = MinAreaRect.of(List.of(new Point(0, 10), new Point(10, 0), new Point(20, 10),
                new Point(10, 20), new Point(10, 10)));
        assertThat(rect.area()).isCloseTo(200, within(1e-6));
        assertThat(rect.shortSide()).isCloseTo(Math.sqrt(200), within(1e-6));
    }

    @Test
    void degeneratePointSetsGiveEmptyOrFlatRectangles() {
        assertThat(MinAreaRect.of(List.of(new Point(3, 4))).area()).isZero();
        RotatedRect line = MinAreaRect.of(List.of(new Point(0, 0), new Point(5, 0), new Point(10, 0)));
        assertThat(line.shortSide()).isZero();
        assertThat(Math.max(line.width(), line.height())).isCloseTo(10, within(1e-9));
    }

    @Test
    void convexHullDropsInnerAndCollinearPoints() {
        List<Point> hull = MinAreaRect.convexHull(List.of(new Point(0, 0), new Point(5, 0), new Point(10, 0),
                new Point(10, 10), new Point(0, 10), new Point(5, 5)));
        assertThat(hull).containsExactlyInAnyOrder(new Point(0, 0), new Point(10, 0), new Point(10, 10),
                new Point(0, 10));
    }

    @Test
    void unclipGrowsEverySideByAreaTimesRatioOverPerimeter() {
        RotatedRect kernel = new RotatedRect(new Point(50, 20), 80, 20, 1, 0);
        // 80 × 20: area 1600, perimeter 200, distance 1600 × 1.5 / 200 = 12
        RotatedRect line = kernel.unclip(1.5);
        assertThat(line.width()).isCloseTo(104, within(1e-9));
        assertThat(line.height()).isCloseTo(44, within(1e-9));
        assertThat(line.center()).isEqualTo(kernel.center());
    }

    @Test
    void cornersAreOrderedFromTheTopLeftClockwise() {
        Quad quad = Quad.of(new Point[] {new Point(90, 40), new Point(10, 10), new Point(10, 40), new Point(90, 10)});
        assertThat(quad.topLeft()).isEqualTo(new Point(10, 10));
        assertThat(quad.topRight()).isEqualTo(new Point(90, 10));
        assertThat(quad.bottomRight()).isEqualTo(new Point(90, 40));
        assertThat(quad.bottomLeft()).isEqualTo(new Point(10, 40));
        assertThat(quad.width()).isEqualTo(80);
        assertThat(quad.height()).isEqualTo(30);
        assertThat(quad.bounds(50, 100)).isEqualTo(new Box(10, 10, 40, 30));
    }

    @Test
    void aTiltedLinesCornersStillStartAtItsTopLeft() {
        double angle = Math.toRadians(5);
        RotatedRect rect = new RotatedRect(new Point(100, 50), 120, 20, Math.cos(angle), Math.sin(angle));
        Quad quad = Quad.of(rect.corners());
        assertThat(quad.width()).isCloseTo(120, within(1e-9));
        assertThat(quad.height()).isCloseTo(20, within(1e-9));
        assertThat(quad.topLeft().x()).isLessThan(quad.topRight().x());
        assertThat(quad.topLeft().y()).isLessThan(quad.bottomLeft().y());
    }

    @Test
    void aCropMapsTheQuadOntoAnUprightRectangle() {
        // a 4 × 2 page: left half black, right half white
        int[] page = {0, 0, 0xffffff, 0xffffff, 0, 0, 0xffffff, 0xffffff};
        var crop = new LineCropper(page, 4, 2).crop(new Quad(new Point(2, 0), new Point(4, 0), new Point(4, 2),
                new Point(2, 2)));
        assertThat(crop.getWidth()).isEqualTo(2);
        assertThat(crop.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void aTallCropIsTurnedToReadLeftToRight() {
        int[] page = new int[10 * 30];
        page[0] = 0xff0000; // top left of the tall crop ends up bottom left once turned counter-clockwise
        var crop = new LineCropper(page, 10, 30).crop(new Quad(new Point(0, 0), new Point(10, 0), new Point(10, 30),
                new Point(0, 30)));
        assertThat(crop.getWidth()).isEqualTo(30);
        assertThat(crop.getHeight()).isEqualTo(10);
        assertThat(crop.getRGB(0, 9) & 0xffffff).isEqualTo(0xff0000);
    }
}
