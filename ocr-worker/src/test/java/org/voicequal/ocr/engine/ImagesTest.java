package org.voicequal.ocr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImagesTest {

    /**
     * A 3 × 2 picture, each pixel its own colour:
     * <pre>
     * a b c
     * d e f
     * </pre>
     */
    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
        int[] colours = {0xa, 0xb, 0xc, 0xd, 0xe, 0xf};
        for (int i = 0; i < colours.length; i++) {
            image.setRGB(i % 3, i / 3, 0xff000000 | colours[i]);
        }
        return image;
    }

    private static String rows(BufferedImage image) {
        StringBuilder rows = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                rows.append(Integer.toHexString(image.getRGB(x, y) & 0xffffff));
            }
            rows.append(y + 1 < image.getHeight() ? "/" : "");
        }
        return rows.toString();
    }

    @Test
    void aQuarterClockwisePutsTheLeftColumnOnTop() {
        BufferedImage turned = Images.turnedClockwise(picture(), 1);
        assertThat(turned.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(rows(turned)).isEqualTo("da/eb/fc");
    }

    @Test
    void halfATurnReversesRowsAndColumns() {
        assertThat(rows(Images.turnedClockwise(picture(), 2))).isEqualTo("fed/cba");
    }

    @Test
    void threeQuartersClockwisePutsTheRightColumnOnTop() {
        assertThat(rows(Images.turnedClockwise(picture(), 3))).isEqualTo("cf/be/ad");
    }

    @Test
    void noTurnIsAnRgbCopyAndFourQuartersComeBackWhereTheyStarted() {
        assertThat(rows(Images.turnedClockwise(picture(), 0))).isEqualTo("abc/def");
        BufferedImage once = Images.turnedClockwise(picture(), 1);
        BufferedImage back = Images.turnedClockwise(Images.turnedClockwise(Images.turnedClockwise(once, 1), 1), 1);
        assertThat(rows(back)).isEqualTo("abc/def");
    }

    @Test
    void onlyZeroToThreeQuartersAreTurns() {
        assertThatThrownBy(() -> Images.turnedClockwise(picture(), 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Images.turnedClockwise(picture(), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubImageIsTurnedFromItsOwnPixelsNotItsParentsBuffer() {
        // the picture inside a larger RGB image: a sub-image shares the parent's buffer, offset
        BufferedImage parent = new BufferedImage(5, 4, BufferedImage.TYPE_INT_RGB);
        BufferedImage picture = picture();
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                parent.setRGB(x + 1, y + 1, picture.getRGB(x, y));
            }
        }
        BufferedImage part = parent.getSubimage(1, 1, 3, 2);
        assertThat(rows(Images.turnedClockwise(part, 1))).isEqualTo("da/eb/fc");
        assertThat(rows(Images.upright(part, 2))).as("EXIF 2: mirrored").isEqualTo("cba/fed");
        assertThat(java.util.Arrays.stream(Images.packedRgb(part)).map(p -> p & 0xffffff).toArray())
                .containsExactly(0xa, 0xb, 0xc, 0xd, 0xe, 0xf);
    }
}
