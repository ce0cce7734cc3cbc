package org.voicequal.ocr.engine.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Resize arithmetic, connected regions and DB post-processing on small hand-made maps. */
class DetectionTest {

    @Test
    void sidesAreRoundedToTheNearestMultipleOf32() {
        assertThat(DetectionSize.multipleOf32(800)).isEqualTo(800);
        assertThat(DetectionSize.multipleOf32(815)).isEqualTo(800);
        assertThat(DetectionSize.multipleOf32(817)).isEqualTo(832);
        assertThat(DetectionSize.multipleOf32(5)).isEqualTo(32);
    }

    @Test
    void aSmallImageIsEnlargedToTheMinimumSide() {
        // 600 × 400: × 512/400 → 768 × 512
        assertThat(DetectionSize.fit(600, 400, 512, 1600)).isEqualTo(new DetectionSize(768, 512));
        // 860 × 540: × 736/540 → 1172 × 736 → 1184 × 736 (RapidOCR's minimum)
        assertThat(DetectionSize.fit(860, 540, 736, 2016)).isEqualTo(new DetectionSize(1184, 736));
    }

    @Test
    void aLargeImageIsShrunkToTheMaximumSide() {
        // 2480 × 3508 (A4 at 300 dpi): × 1600/3508 → 1131 × 1600 → 1120 × 1600
        assertThat(DetectionSize.fit(2480, 3508, 512, 1600)).isEqualTo(new DetectionSize(1120, 1600));
    }

    @Test
    void theMaximumWinsForALongNarrowImage() {
        assertThat(DetectionSize.fit(4000, 100, 512, 1600)).isEqualTo(new DetectionSize(1600, 32));
    }

    @Test
    void anImageInRangeKeepsItsScale() {
        assertThat(DetectionSize.fit(1200, 800, 512, 1600)).isEqualTo(new DetectionSize(1216, 800));
        assertThat(DetectionSize.fit(860, 540, 512, 1600)).isEqualTo(new DetectionSize(864, 544));
    }

    @Test
    void regionsAreEightConnected() {
        boolean[] bitmap = bitmap(
                "##....#",
                ".#....#",
                "..#....",
                ".......",
                "###..#.");
        List<ConnectedRegions.Region> regions = ConnectedRegions.find(bitmap, 7, 5);
        assertThat(regions).hasSize(4);
        ConnectedRegions.Region diagonal = regions.get(0);
        assertThat(diagonal.top()).isZero();
        assertThat(diagonal.pixels()).isEqualTo(4);
        assertThat(diagonal.left()).containsExactly(0, 1, 2);
        assertThat(diagonal.right()).containsExactly(1, 1, 2);
        assertThat(regions.get(1).pixels()).isEqualTo(2);
        assertThat(regions.get(2).outline()).containsExactly(new Point(0, 4), new Point(2, 4));
        assertThat(regions.get(3).outline()).containsExactly(new Point(5, 4));
    }

    @Test
    void aRegionBendingBackUpIsOneRegion() {
        boolean[] bitmap = bitmap(
                "#...#",
                "#...#",
                "#####");
        List<ConnectedRegions.Region> regions = ConnectedRegions.find(bitmap, 5, 3);
        assertThat(regions).hasSize(1);
        assertThat(regions.get(0).pixels()).isEqualTo(9);
        assertThat(regions.get(0).left()).containsExactly(0, 0, 0);
        assertThat(regions.get(0).right()).containsExactly(4, 4, 4);
    }

    @Test
    void aConfidentBlockBecomesAnUnclippedBoxScaledToTheImage() {
        // a 20 × 40 map with a 6 × 20 block of probability 0.9, for an image twice as large
        int w = 40, h = 20;
        float[] map = new float[w * h];
        for (int y = 7; y < 13; y++) {
            for (int x = 10; x < 30; x++) {
                map[y * w + x] = 0.9f;
            }
        }
        List<Quad> boxes = DbPostProcessor.boxes(map, w, h, 2 * w, 2 * h);
        assertThat(boxes).hasSize(1);
        // kernel from pixel centres: 19 × 5, distance 19 × 5 × 1.5 / 48 ≈ 2.97, so about 25 × 11 map pixels
        Quad box = boxes.get(0);
        assertThat(box.width()).isBetween(48.0, 52.0);
        assertThat(box.height()).isBetween(20.0, 24.0);
        assertThat(box.topLeft().x()).isBetween(12.0, 16.0);
    }

    @Test
    void weakOrTinyRegionsAreNoBoxes() {
        int w = 40, h = 20;
        float[] map = new float[w * h];
        for (int y = 5; y < 15; y++) {
            for (int x = 5; x < 35; x++) {
                map[y * w + x] = 0.45f; // over the threshold, under the box threshold
            }
        }
        map[2 * w + 2] = 0.99f; // a single pixel
        assertThat(DbPostProcessor.boxes(map, w, h, w, h)).isEmpty();
    }

    @Test
    void boxesAreSortedTopToBottomThenLeftToRightWithinTenPixels() {
        Quad right = box(300, 102), left = box(10, 100), below = box(5, 160);
        assertThat(TextDetector.readingOrder(List.of(below, right, left))).containsExactly(left, right, below);
    }

    private static Quad box(double x, double y) {
        return new Quad(new Point(x, y), new Point(x + 100, y), new Point(x + 100, y + 30), new Point(x, y + 30));
    }

    private static boolean[] bitmap(String... rows) {
        boolean[] bitmap = new boolean[rows.length * rows[0].length()];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length(); x++) {
                bitmap[y * rows[y].length() + x] = rows[y].charAt(x) == '#';
            }
        }
        return bitmap;
    }
}
