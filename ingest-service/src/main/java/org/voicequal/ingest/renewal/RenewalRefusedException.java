package org.voicequal.ingest.renewal;

import java.util.List;
import org.voicequal.ingest.submission.FieldError;

/**
 * A renewal that cannot be accepted as asked: the qualification is not expiring or expired (409, no fields),
 * or it changes what a renewal may not change (422, one error per changed field).
 */
public class RenewalRefusedException extends RuntimeException {

    private final String status;
    private final List<FieldError> changedFields;

    RenewalRefusedException(String status, List<FieldError> changedFields) {
        super(changedFields.isEmpty() ? "not renewable in status " + status : changedFields.size() + " changed field(s)");
        this.status = status;
        this.changedFields = List.copyOf(changedFields);
    }

    public String status() {
        return status;
    }

    public List<FieldError> changedFields() {
        return changedFields;
    }
}
