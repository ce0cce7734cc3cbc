package org.voicequal.ingest.submission;

import java.util.List;

/** A submission with field errors; answered 400 with a problem detail that lists each of them. */
public class InvalidSubmissionException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidSubmissionException(List<FieldError> errors) {
        super(errors.size() + " field error(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
