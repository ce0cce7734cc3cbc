package org.voicequal.review.api;

/** review-worker runs without {@code pipeline.blob-store.root}: it cannot show document images (503). */
public class DocumentStoreMissingException extends RuntimeException {

    public DocumentStoreMissingException() {
        super("pipeline.blob-store.root is not set: document images cannot be shown");
    }
}
