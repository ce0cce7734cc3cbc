package org.voicequal.ingest.submission;

import java.util.Optional;

/** JPG, PNG and GIF, recognised by their content rather than by a file name or a declared type. */
final class ImageFormat {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private ImageFormat() {
    }

    static Optional<String> detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Optional.of("image/png");
        }
        if (bytes.length >= 6 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == '8') {
            return Optional.of("image/gif");
        }
        return Optional.empty();
    }
}
