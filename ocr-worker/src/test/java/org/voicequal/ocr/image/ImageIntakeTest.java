package org.voicequal.ocr.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

class ImageIntakeTest {

    private final ImageIntake intake = new ImageIntake();

    private static BufferedImage page() {
        return TestImages.page(600, 800, new Random(7));
    }

    private void refused(byte[] bytes, String reason) {
        assertThatThrownBy(() -> intake.decode(bytes)).isInstanceOf(UnreadableImageException.class)
                .hasMessage(reason);
    }

    @Test
    void zeroBytesAreAnEmptyFile() {
        refused(new byte[0], "empty file");
    }

    @Test
    void truncatedPngIsRefused() {
        byte[] png = TestImages.encode(page(), "png");
        refused(Arrays.copyOf(png, png.length / 2), "truncated PNG");
    }

    @Test
    void truncatedJpegIsRefusedThoughTheDecoderOnlyWarns() {
        byte[] jpeg = TestImages.encode(page(), "jpg");
        refused(Arrays.copyOf(jpeg, jpeg.length / 2), "truncated JPEG");
    }

    @Test
    void truncatedGifIsRefused() {
        byte[] gif = TestImages.encode(page(), "gif");
        refused(Arrays.copyOf(gif, gif.length / 2), "truncated GIF");
    }

    @Test
    void garbageIsNotAnImage() {
        byte[] garbage = new byte[5000];
        new Random(1).nextBytes(garbage);
        garbage[0] = 0x12;
        refused(garbage, "not a JPG, PNG or GIF image");
    }

    @Test
    void corruptJpegBodyIsRefused() {
        byte[] jpeg = TestImages.encode(page(), "jpg");
        byte[] corrupt = Arrays.copyOf(jpeg, 40); // SOI and part of the first table, then garbage
        byte[] noise = new byte[4000];
        new Random(2).nextBytes(noise);
        byte[] bytes = Arrays.copyOf(corrupt, corrupt.length + noise.length);
        System.arraycopy(noise, 0, bytes, corrupt.length, noise.length);
        assertThatThrownBy(() -> intake.decode(bytes)).isInstanceOf(UnreadableImageException.class)
                .hasMessageMatching("(corrupt JPEG image|truncated JPEG)");
    }

    @Test
    void bmpAndWebpAreNamedAndRefused() {
        refused(TestImages.encode(page(), "bmp"), "BMP file: not a JPG, PNG or GIF image");
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        refused(webp, "WebP file: not a JPG, PNG or GIF image");
    }

    @Test
    void hugePngIsRefusedFromItsHeaderInMilliseconds() {
        byte[] png = TestImages.pngHeaderOnly(40_000, 40_000);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        intake.decode(TestImages.encode(page(), "png")); // warm the reader classes up
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        refused(png, "40000 × 40000 pixels exceeds the 100-megapixel limit");
        long micros = (System.nanoTime() - start) / 1000;
        long bytes = threads.getCurrentThreadAllocatedBytes() - allocated;
        System.out.printf("40000 x 40000 PNG (%d bytes) refused in %d µs, %d KB allocated%n", png.length, micros,
                bytes / 1024);
        assertThat(micros).isLessThan(200_000);
        assertThat(bytes).isLessThan(10_000_000);
    }

    @Test
    void animatedGifIsRefused() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(page(), null, null), null);
            writer.writeToSequence(new IIOImage(TestImages.page(600, 800, new Random(8)), null, null), null);
            writer.endWriteSequence();
        }
        writer.dispose();
        refused(out.toByteArray(), "animated GIF");
    }

    @Test
    void singleFrameGifDecodes() {
        assertThat(intake.decode(TestImages.encode(page(), "gif")).getWidth()).isEqualTo(600);
    }

    @Test
    void sixteenBitPaletteAndAlphaPngsDecodeOnWhite() {
        BufferedImage page = page();
        BufferedImage gray16 = new BufferedImage(600, 800, BufferedImage.TYPE_USHORT_GRAY);
        BufferedImage indexed = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_INDEXED);
        BufferedImage alpha = new BufferedImage(600, 800, BufferedImage.TYPE_INT_ARGB); // transparent background
        for (BufferedImage target : List.of(gray16, indexed)) {
            Graphics2D g = target.createGraphics();
            g.drawImage(page, 0, 0, null);
            g.dispose();
        }
        Graphics2D g = alpha.createGraphics();
        TestImages.textLines(g, 600, 800, Color.BLACK, new Random(3));
        g.dispose();
        for (BufferedImage source : List.of(gray16, indexed, alpha)) {
            BufferedImage decoded = intake.decode(TestImages.encode(source, "png"));
            assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
            // white stays white (a 16-bit grey passes through a linear grey colour space: 252 is near enough)
            assertThat(decoded.getRGB(2, 2) & 0xFF).isGreaterThan(245);
            assertThat(decoded.getRGB(2, 2) >> 16 & 0xFF).isGreaterThan(245);
        }
    }

    @Test
    void tinyImageIsTooSmallToRead() {
        refused(TestImages.encode(TestImages.page(50, 50, new Random(4)), "png"),
                "50 × 50 pixels is too small to read");
    }

    @Test
    void blankPagesAreNoDocument() {
        BufferedImage white = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1240, 1754);
        g.dispose();
        refused(TestImages.encode(white, "png"), "blank image: no document");
        // a photographed blank sheet: uneven light and sensor noise, saved as JPEG
        Random random = new Random(5);
        for (int y = 0; y < 1754; y++) {
            for (int x = 0; x < 1240; x++) {
                int v = 180 + x * 60 / 1240 + random.nextInt(9);
                white.setRGB(x, y, v << 16 | v << 8 | (v - 10));
            }
        }
        refused(TestImages.encode(white, "jpg"), "blank image: no document");
    }

    @Test
    void largeAllowedImageDecodesToTheWorkingSize() {
        BufferedImage big = new BufferedImage(8000, 6000, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = big.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 8000, 6000);
        TestImages.textLines(g, 8000, 6000, Color.DARK_GRAY, new Random(6));
        g.dispose();
        byte[] jpeg = TestImages.encode(big, "jpg");
        big = null;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        DecodedImage decoded = intake.read(jpeg);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long bytes = threads.getCurrentThreadAllocatedBytes() - allocated;
        System.out.printf("8000 x 6000 JPEG (%d KB) decoded to %d x %d in %d ms, %d MB allocated%n",
                jpeg.length / 1024, decoded.image().getWidth(), decoded.image().getHeight(), millis, bytes >> 20);
        assertThat(decoded.image().getWidth()).isEqualTo(ImageIntake.DEFAULT_WORKING_SIDE);
        assertThat(decoded.image().getHeight()).isEqualTo(2631);
        assertThat(decoded.originalWidth()).isEqualTo(8000);
        assertThat(decoded.scale()).isCloseTo(3508 / 8000.0, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void exifOrientationSixTurnsThePhotoUpright() {
        BufferedImage stored = TestImages.page(400, 300, new Random(9));
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 60, 40); // marks the stored top-left corner
        g.dispose();
        byte[] jpeg = TestImages.withSegment(TestImages.encode(stored, "jpg"), 0xE1, TestImages.exifOrientation(6));
        DecodedImage decoded = intake.read(jpeg);
        assertThat(decoded.orientation()).isEqualTo(6);
        assertThat(decoded.image().getWidth()).isEqualTo(300);
        assertThat(decoded.image().getHeight()).isEqualTo(400);
        // stored row 0 is the upright right-hand column, stored column 0 the upright top row
        assertThat(decoded.image().getRGB(290, 10) & 0xFF).isLessThan(60);
        assertThat(decoded.image().getRGB(10, 10) & 0xFF).isGreaterThan(200);
    }

    @Test
    void decodesTheSameOnManyThreads() throws Exception {
        byte[] png = TestImages.encode(page(), "png");
        int[] expected = intake.decode(png).getRGB(0, 0, 600, 800, null, 0, 600);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> intake.decode(png).getRGB(0, 0, 600, 800, null, 0, 600)));
            }
            for (Future<int[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
