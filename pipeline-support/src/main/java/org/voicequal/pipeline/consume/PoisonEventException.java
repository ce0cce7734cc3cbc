package org.voicequal.pipeline.consume;

/**
 * An event that can never be processed as it is (it breaks the contract, not a passing fault). It goes to
 * the dead-letter topic at once, with this message as the cause, instead of being retried.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
