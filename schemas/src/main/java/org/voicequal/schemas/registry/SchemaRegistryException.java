package org.voicequal.schemas.registry;

/** The registry refused a request or could not be reached. {@link #status()} is 0 when it was not reached. */
public class SchemaRegistryException extends RuntimeException {

    private final int status;
    private final int errorCode;

    public SchemaRegistryException(int status, int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    /** Confluent's error_code, e.g. 40401 subject not found, 409 incompatible schema; 0 when absent. */
    public int errorCode() {
        return errorCode;
    }
}
