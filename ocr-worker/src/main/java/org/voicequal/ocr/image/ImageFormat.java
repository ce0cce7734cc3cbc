package org.voicequal.ocr.image;

/** The image formats customers may upload, recognised by their first bytes rather than by a file name. */
public enum ImageFormat {
    JPEG("JPEG"), PNG("PNG"), GIF("GIF");

    private final String label;

    ImageFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The format the magic bytes announce; anything else is refused, naming the format when it is a common one so
     * the customer knows what to convert.
     */
    static ImageFormat sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return GIF;
        }
        throw new UnreadableImageException(other(bytes) + "not a JPG, PNG or GIF image");
    }

    private static String other(byte[] bytes) {
        if (startsWith(bytes, 0, 'B', 'M')) {
            return "BMP file: ";
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return "WebP file: ";
        }
        if (startsWith(bytes, 0, 'I', 'I', 42, 0) || startsWith(bytes, 0, 'M', 'M', 0, 42)) {
            return "TIFF file: ";
        }
        if (startsWith(bytes, 4, 'f', 't', 'y', 'p', 'h', 'e', 'i')
                || startsWith(bytes, 4, 'f', 't', 'y', 'p', 'm', 'i', 'f')) {
            return "HEIC file: ";
        }
        if (startsWith(bytes, 0, '%', 'P', 'D', 'F')) {
            return "PDF file: ";
        }
        return "";
    }

    private static boolean startsWith(byte[] bytes, int offset, int... magic) {
        if (bytes.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
