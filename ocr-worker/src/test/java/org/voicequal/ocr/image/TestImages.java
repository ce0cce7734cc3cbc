package org.voicequal.ocr.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Synthetic pages and encoded files for the image tests; no fonts, only Java2D shapes. */
public final class TestImages {

    private TestImages() {
    }

    /** A white page with rows of black text-like strokes. */
    static BufferedImage page(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        textLines(g, width, height, Color.BLACK, random);
        g.dispose();
        return image;
    }

    /** Lines of "characters": each a cluster of thin strokes, like small print seen from afar. */
    static void textLines(Graphics2D g, int width, int height, Color ink, Random random) {
        g.setColor(ink);
        int size = Math.max(8, width / 45);
        for (int y = height / 12; y < height - size * 2; y += size * 2) {
            int end = width - width / 10 - random.nextInt(Math.max(1, width / 3));
            for (int x = width / 10; x < end; x += size + size / 4) {
                for (int stroke = 0; stroke < 3; stroke++) {
                    int sx = x + random.nextInt(size - 2);
                    int sy = y + random.nextInt(size - 2);
                    if (random.nextBoolean()) {
                        g.fillRect(x, sy, size - 1, Math.max(1, size / 8));
                    } else {
                        g.fillRect(sx, y, Math.max(1, size / 8), size - 1);
                    }
                }
            }
        }
    }

    static byte[] encode(RenderedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inserts a marker segment right after a JPEG's SOI. */
    static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        byte[] out = new byte[jpeg.length + 4 + payload.length];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xD8;
        out[2] = (byte) 0xFF;
        out[3] = (byte) marker;
        int length = payload.length + 2;
        out[4] = (byte) (length >> 8);
        out[5] = (byte) length;
        System.arraycopy(payload, 0, out, 6, payload.length);
        System.arraycopy(jpeg, 2, out, 6 + payload.length, jpeg.length - 2);
        return out;
    }

    /** An APP1 Exif payload (big-endian TIFF) whose IFD0 holds only the orientation tag. */
    static byte[] exifOrientation(int orientation) {
        return new byte[] {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
    }

    /** A PNG of signature, IHDR (with a correct CRC) and IEND only: enough for any reader to learn the size. */
    public static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = {'I', 'H', 'D', 'R', (byte) (width >>> 24), (byte) (width >> 16), (byte) (width >> 8),
            (byte) width, (byte) (height >>> 24), (byte) (height >> 16), (byte) (height >> 8), (byte) height,
            8, 2, 0, 0, 0};
        chunk(out, ihdr);
        chunk(out, new byte[] {'I', 'E', 'N', 'D'});
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, byte[] typeAndData) {
        int length = typeAndData.length - 4;
        out.writeBytes(new byte[] {(byte) (length >>> 24), (byte) (length >> 16), (byte) (length >> 8), (byte) length});
        out.writeBytes(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        long value = crc.getValue();
        out.writeBytes(new byte[] {(byte) (value >>> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value});
    }
}
