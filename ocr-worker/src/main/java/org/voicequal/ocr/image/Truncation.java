package org.voicequal.ocr.image;

import java.util.Locale;

/**
 * Spots files cut short (an interrupted upload) from their structure, because decoders do not always fail on
 * them: the GIF reader returns the rows it got, the JPEG reader fills the rest with grey and only warns.
 */
final class Truncation {

    private Truncation() {
    }

    static void check(ImageFormat format, byte[] bytes) {
        boolean complete = switch (format) {
            case PNG -> hasPngEnd(bytes);
            case GIF -> hasGifTrailer(bytes);
            // JPEG: phones append data after the end marker (motion photos), so the decoder's warning decides
            case JPEG -> true;
        };
        if (!complete) {
            throw new UnreadableImageException("truncated " + format.label());
        }
    }

    /** The decoders' words for data that stops early (JPEG warnings, ZLIB and LZW errors). */
    static boolean isEarlyEnd(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("premature end") || m.contains("missing eoi") || m.contains("unexpected end");
    }

    /** Walks the chunks by their lengths: the IEND chunk must be reached inside the file. */
    private static boolean hasPngEnd(byte[] b) {
        long pos = 8;
        while (pos + 8 <= b.length) {
            int at = (int) pos;
            long length = (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
            if (pos + 12 + length > b.length) {
                return false;
            }
            if (b[at + 4] == 'I' && b[at + 5] == 'E' && b[at + 6] == 'N' && b[at + 7] == 'D') {
                return true;
            }
            pos += 12 + length;
        }
        return false;
    }

    /** The trailer byte 0x3B ends a GIF; some writers pad with zeros after it. */
    private static boolean hasGifTrailer(byte[] b) {
        int end = b.length - 1;
        while (end > 0 && b[end] == 0) {
            end--;
        }
        return b[end] == 0x3B;
    }
}
