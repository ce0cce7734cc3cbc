package org.voicequal.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** Width and height from hand-made headers of a few dozen bytes: nothing here is a decodable image. */
public class ImageDimensionsTest {

    /** The PNG signature and an IHDR chunk (CRC left zero: only the header is read). */
    public static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        out.writeBytes(int32(width));
        out.writeBytes(int32(height));
        out.writeBytes(new byte[] {8, 2, 0, 0, 0, 0, 0, 0, 0});
        return out.toByteArray();
    }

    /** SOI, an APP0 (JFIF) segment to skip, fill bytes, then a baseline SOF0 frame header. */
    static byte[] jpeg(int width, int height) {
        return new byte[] {(byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) (height >> 8), (byte) height,
                (byte) (width >> 8), (byte) width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1};
    }

    static byte[] gif(int width, int height) {
        return new byte[] {'G', 'I', 'F', '8', '9', 'a', (byte) width, (byte) (width >> 8), (byte) height,
                (byte) (height >> 8), 0, 0, 0};
    }

    private static byte[] int32(int v) {
        return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    @Test
    void readsPngIhdr() {
        byte[] bomb = png(40_000, 40_000);
        assertThat(bomb.length).isLessThan(100);
        ImageDimensions d = ImageDimensions.read(bomb).orElseThrow();
        assertThat(d).isEqualTo(new ImageDimensions(40_000, 40_000));
        assertThat(d.pixels()).isEqualTo(1_600_000_000L);
        assertThat(d.acceptable()).isFalse();
    }

    @Test
    void readsTheGifLogicalScreen() {
        assertThat(ImageDimensions.read(gif(860, 540))).contains(new ImageDimensions(860, 540));
        assertThat(ImageDimensions.read(gif(65_535, 65_535)).orElseThrow().acceptable()).isFalse();
    }

    @Test
    void readsTheJpegFrameHeaderAfterOtherSegments() {
        assertThat(ImageDimensions.read(jpeg(4000, 3000))).contains(new ImageDimensions(4000, 3000));
        byte[] progressive = jpeg(8000, 6000);
        progressive[22] = (byte) 0xC2;
        assertThat(ImageDimensions.read(progressive)).contains(new ImageDimensions(8000, 6000));
    }

    @Test
    void phonePhotosPassAndBombsAndSlivers() {
        assertThat(new ImageDimensions(8000, 6000).acceptable()).isTrue(); // 48 MP
        assertThat(new ImageDimensions(10_000, 10_000).acceptable()).isTrue(); // exactly 100 MP
        assertThat(new ImageDimensions(10_000, 10_001).acceptable()).isFalse();
        assertThat(new ImageDimensions(100, 100).acceptable()).isTrue();
        assertThat(new ImageDimensions(99, 4000).acceptable()).isFalse();
    }

    @Test
    void unreadableHeadersAreEmpty() {
        assertThat(ImageDimensions.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})).isEmpty();
        byte[] notIhdr = png(1000, 1000);
        notIhdr[12] = 'X';
        assertThat(ImageDimensions.read(notIhdr)).isEmpty();
        assertThat(ImageDimensions.read(png(0, 1000))).isEmpty();
        assertThat(ImageDimensions.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEmpty();
        byte[] truncated = java.util.Arrays.copyOf(jpeg(4000, 3000), 26);
        assertThat(ImageDimensions.read(truncated)).isEmpty();
        // the scan starts before any frame header
        assertThat(ImageDimensions.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2}))
                .isEmpty();
        assertThat(ImageDimensions.read(new byte[] {'G', 'I', 'F', '8', '9', 'a', 1})).isEmpty();
        assertThat(ImageDimensions.read("text".getBytes())).isEmpty();
    }
}
