package org.voicequal.ingest.submission;

/** An {@code Idempotency-Key} already used by this account for another request (422): a client's bug, not a retry. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("Idempotency-Key already used with another request");
    }
}
