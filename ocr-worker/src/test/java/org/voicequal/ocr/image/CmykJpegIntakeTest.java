package org.voicequal.ocr.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** CMYK and YCCK JPEGs, which ImageIO refuses as "Unsupported Image Type", decode to the right colours. */
class CmykJpegIntakeTest {

    private final ImageIntake intake = new ImageIntake();

    private static BufferedImage page() {
        return TestImages.page(600, 800, new Random(7));
    }

    @Test
    void adobeInvertedCmykJpegIsConverted() throws Exception {
        // Photoshop's way: APP14 "Adobe" and every channel stored inverted (255 = no ink)
        BufferedImage rgb = page();
        Graphics2D g = rgb.createGraphics();
        g.setColor(new Color(220, 20, 20));
        g.fillRect(100, 100, 200, 200);
        g.dispose();
        WritableRaster cmyk = cmykRaster(rgb, true);
        byte[] adobe = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        BufferedImage decoded = intake.decode(TestImages.withSegment(jpeg(cmyk), 0xEE, adobe));
        assertClose(decoded.getRGB(200, 200), 0xDC1414);
        assertClose(decoded.getRGB(590, 790), 0xFFFFFF);
    }

    @Test
    void adobeYcckJpegIsConverted() throws Exception {
        // transform 2: the inverted C, M, Y (for K = 0 that is R, G, B) stored as YCbCr, K stored inverted
        BufferedImage rgb = page();
        Graphics2D g = rgb.createGraphics();
        g.setColor(new Color(30, 160, 60));
        g.fillRect(100, 100, 200, 200);
        g.dispose();
        WritableRaster ycck = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 600, 800, 4, null);
        for (int y = 0; y < 800; y++) {
            for (int x = 0; x < 600; x++) {
                int p = rgb.getRGB(x, y);
                double r = p >> 16 & 0xFF;
                double gr = p >> 8 & 0xFF;
                double b = p & 0xFF;
                ycck.setPixel(x, y, new int[] {
                    (int) Math.round(0.299 * r + 0.587 * gr + 0.114 * b),
                    (int) Math.round(128 - 0.168736 * r - 0.331264 * gr + 0.5 * b),
                    (int) Math.round(128 + 0.5 * r - 0.418688 * gr - 0.081312 * b), 255});
            }
        }
        byte[] adobe = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 2};
        BufferedImage decoded = intake.decode(TestImages.withSegment(jpeg(ycck), 0xEE, adobe));
        assertClose(decoded.getRGB(200, 200), 0x1EA03C);
        assertClose(decoded.getRGB(590, 790), 0xFFFFFF);
    }

    @Test
    void plainCmykJpegIsConverted() throws Exception {
        BufferedImage rgb = page();
        Graphics2D g = rgb.createGraphics();
        g.setColor(new Color(20, 20, 220));
        g.fillRect(100, 100, 200, 200);
        g.dispose();
        BufferedImage decoded = intake.decode(jpeg(cmykRaster(rgb, false)));
        assertClose(decoded.getRGB(200, 200), 0x1414DC);
    }

    /** C, M, Y from the RGB complement, K = 0 (no black ink); inverted stores 255 - ink as Photoshop does. */
    private static WritableRaster cmykRaster(BufferedImage rgb, boolean inverted) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, rgb.getWidth(),
                rgb.getHeight(), 4, null);
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int p = rgb.getRGB(x, y);
                int[] ink = {255 - (p >> 16 & 0xFF), 255 - (p >> 8 & 0xFF), 255 - (p & 0xFF), 0};
                for (int i = 0; i < 4; i++) {
                    ink[i] = inverted ? 255 - ink[i] : ink[i];
                }
                raster.setPixel(x, y, ink);
            }
        }
        return raster;
    }

    private static byte[] jpeg(Raster raster) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, (IIOMetadata) null), writer.getDefaultWriteParam());
        }
        writer.dispose();
        return out.toByteArray();
    }

    private static void assertClose(int actual, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat(actual >> shift & 0xFF).as("channel at bit %d of %06x", shift, actual & 0xFFFFFF)
                    .isCloseTo(expected >> shift & 0xFF, Offset.offset(24));
        }
    }
}
