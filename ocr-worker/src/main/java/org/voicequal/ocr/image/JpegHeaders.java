package org.voicequal.ocr.image;

/**
 * The few facts ImageIO does not give us from a JPEG's header segments, parsed by hand so no metadata library
 * is needed: the component count (4 means CMYK or YCCK, which ImageIO cannot turn into a BufferedImage), the
 * Adobe APP14 colour transform (Photoshop stores CMYK inverted and may encode it as YCCK) and the EXIF
 * orientation a phone records instead of rotating the pixels.
 *
 * @param components     components of the frame, 0 when no frame header was found
 * @param adobeTransform the APP14 transform (0 = CMYK/RGB, 1 = YCbCr, 2 = YCCK), -1 when there is no APP14
 * @param orientation    EXIF tag 0x0112, 1..8; 1 when absent or invalid
 */
record JpegHeaders(int components, int adobeTransform, int orientation) {

    /** Walks the marker segments up to the start of scan; never throws on malformed input, stops instead. */
    static JpegHeaders parse(byte[] b) {
        int components = 0;
        int adobe = -1;
        int orientation = 1;
        int pos = 2;
        while (pos + 4 <= b.length && (b[pos] & 0xFF) == 0xFF) {
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++; // fill byte before a marker
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                break; // start of scan: all header segments are behind us
            }
            int length = u16(b, pos + 2, false);
            int segment = pos + 4;
            int end = pos + 2 + length;
            if (length < 2 || end > b.length) {
                break;
            }
            if (marker == 0xE1 && orientation == 1) {
                orientation = exifOrientation(b, segment, end);
            } else if (marker == 0xEE && end - segment >= 12 && ascii(b, segment, "Adobe")) {
                adobe = b[segment + 11] & 0xFF;
            } else if (isStartOfFrame(marker) && end - segment >= 6) {
                components = b[segment + 5] & 0xFF;
            }
            pos = end;
        }
        return new JpegHeaders(components, adobe, orientation);
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** Tag 0x0112 of IFD0 in an APP1 "Exif\0\0" segment holding a TIFF structure (either byte order). */
    private static int exifOrientation(byte[] b, int start, int end) {
        if (end - start < 14 || !ascii(b, start, "Exif") || b[start + 4] != 0 || b[start + 5] != 0) {
            return 1;
        }
        int tiff = start + 6;
        boolean little;
        if (ascii(b, tiff, "II")) {
            little = true;
        } else if (ascii(b, tiff, "MM")) {
            little = false;
        } else {
            return 1;
        }
        if (u16(b, tiff + 2, little) != 42) {
            return 1;
        }
        long ifd = tiff + u32(b, tiff + 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = u16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112 && u16(b, entry + 2, little) == 3) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static boolean ascii(byte[] b, int at, String text) {
        if (at + text.length() > b.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return little ? first | second << 8 : first << 8 | second;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, little ? at + 2 : at, little);
        long low = u16(b, little ? at : at + 2, little);
        return high << 16 | low;
    }
}
