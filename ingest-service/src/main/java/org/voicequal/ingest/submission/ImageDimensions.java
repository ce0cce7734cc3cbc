package org.voicequal.ingest.submission;

import java.util.Optional;

/**
 * An image's width and height read from its header alone, before anything decodes it: PNG's IHDR chunk, GIF's
 * logical screen descriptor, JPEG's first SOFn frame header. A few dozen bytes say whether the image is worth
 * decoding at all: a 194 KB PNG can claim 40 000 × 40 000 pixels, gigabytes once decoded.
 */
record ImageDimensions(int width, int height) {

    /** About 100 megapixels: a phone's photo passes (48 MP sensors included), a decompression bomb does not. */
    static final long MAX_PIXELS = 100_000_000L;
    /** A document photographed or scanned smaller than this on a side cannot be read. */
    static final int MIN_SIDE = 100;

    long pixels() {
        return (long) width * height;
    }

    boolean acceptable() {
        return pixels() <= MAX_PIXELS && Math.min(width, height) >= MIN_SIDE;
    }

    /** The dimensions the header declares; empty when the header is missing, truncated or inconsistent. */
    static Optional<ImageDimensions> read(byte[] bytes) {
        return switch (ImageFormat.detect(bytes).orElse("")) {
            case "image/png" -> png(bytes);
            case "image/gif" -> gif(bytes);
            case "image/jpeg" -> jpeg(bytes);
            default -> Optional.empty();
        };
    }

    private static Optional<ImageDimensions> png(byte[] b) {
        // signature (8), then the first chunk must be IHDR: length 13, type, width, height (big-endian)
        if (b.length < 24 || u32(b, 8) != 13 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            return Optional.empty();
        }
        long width = u32(b, 16);
        long height = u32(b, 20);
        return of(width, height);
    }

    private static Optional<ImageDimensions> gif(byte[] b) {
        // "GIF87a" or "GIF89a", then the logical screen width and height (little-endian)
        if (b.length < 10 || b[4] != '7' && b[4] != '9' || b[5] != 'a') {
            return Optional.empty();
        }
        return of((b[6] & 0xFF) | (b[7] & 0xFF) << 8, (b[8] & 0xFF) | (b[9] & 0xFF) << 8);
    }

    private static Optional<ImageDimensions> jpeg(byte[] b) {
        int i = 2; // after SOI
        while (i + 1 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return Optional.empty(); // not at a marker: corrupt
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                i += 2; // TEM, RSTn: no length
                continue;
            }
            if (marker == 0xD8 || marker == 0xD9 || marker == 0xDA || i + 3 >= b.length) {
                return Optional.empty(); // a second SOI, the end or the scan before any frame header
            }
            int length = u16(b, i + 2);
            if (length < 2) {
                return Optional.empty();
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                // length (2), precision (1), height (2), width (2); a height of 0 defers to a DNL marker: refused
                if (i + 8 >= b.length || length < 7) {
                    return Optional.empty();
                }
                return of(u16(b, i + 7), u16(b, i + 5));
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static Optional<ImageDimensions> of(long width, long height) {
        if (width <= 0 || height <= 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new ImageDimensions((int) width, (int) height));
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static long u32(byte[] b, int at) {
        return (long) (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }
}
