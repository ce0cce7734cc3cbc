package org.voicequal.ocr.image;

/**
 * The image itself is at fault (corrupt, truncated, empty, too large, not a document): reading it again will
 * not help, so the recognition is recorded as unreadable with this reason instead of being retried.
 */
public class UnreadableImageException extends RuntimeException {

    public UnreadableImageException(String reason) {
        super(reason);
    }
}
