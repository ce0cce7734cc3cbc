package org.voicequal.domain;

/**
 * An identifier that cannot be what it claims to be. Carries a stable reason code so that an HTTP problem
 * detail or a rule evaluation can name the exact defect instead of a generic "invalid".
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private final String reason;

    public InvalidIdentifierException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A stable, machine-readable code such as {@code length}, {@code charset} or {@code checksum}. */
    public String reason() {
        return reason;
    }
}
