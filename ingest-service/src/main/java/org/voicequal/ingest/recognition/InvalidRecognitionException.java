package org.voicequal.ingest.recognition;

import java.util.List;
import org.voicequal.ingest.submission.FieldError;

/** A recognition request refused before anything is stored; answered 400 with each reason. */
class InvalidRecognitionException extends RuntimeException {

    private final List<FieldError> errors;

    InvalidRecognitionException(List<FieldError> errors) {
        super(errors.size() + " error(s)");
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
