package org.voicequal.pipeline.blob;

/**
 * The claim-check store for document images: content-addressed by SHA-256, so the same image is stored once
 * and a reference can be verified by whoever reads it. In production it is shared storage (a volume, or an
 * object store behind the same interface) that ingest-service writes and ocr-worker reads.
 */
public interface BlobStore {

    StoredBlob put(byte[] content);

    /** The bytes of {@code key}, verified against their SHA-256; throws {@link BlobNotFoundException}. */
    byte[] get(String key);

    record StoredBlob(String key, String sha256, long sizeBytes) {
    }

    class BlobNotFoundException extends RuntimeException {
        public BlobNotFoundException(String message) {
            super(message);
        }
    }
}
