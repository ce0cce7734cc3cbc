package org.voicequal.ingest.intake;

import java.util.List;
import org.voicequal.ingest.submission.FieldError;
import org.voicequal.pipeline.consume.PoisonEventException;

/**
 * An intake record refused for good (no retry helps): the record goes to the dead-letter topic and the portal
 * gets the reasons on the intake-result topic. The message, copied into the dead letter's headers, counts the
 * errors and never repeats a value.
 */
public class IntakeRefusedException extends PoisonEventException {

    private final String accountId;
    private final List<FieldError> errors;

    public IntakeRefusedException(String accountId, List<FieldError> errors) {
        super("intake refused: " + errors.stream().map(e -> e.field() + ":" + e.code()).toList());
        this.accountId = accountId;
        this.errors = List.copyOf(errors);
    }

    public String accountId() {
        return accountId;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
