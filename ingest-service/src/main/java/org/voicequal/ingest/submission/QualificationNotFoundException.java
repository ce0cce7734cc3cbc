package org.voicequal.ingest.submission;

/**
 * No such qualification, or one of another account: both answer the same 404, so that an id does not tell
 * whether it exists elsewhere. The id is not in the message: it is what the caller sent.
 */
public class QualificationNotFoundException extends RuntimeException {

    public QualificationNotFoundException() {
        super("no such qualification");
    }
}
