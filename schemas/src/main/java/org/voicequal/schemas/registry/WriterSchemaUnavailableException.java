package org.voicequal.schemas.registry;

/**
 * This process cannot get an id for a schema it writes: not registered where clients may not register
 * ({@code pipeline.auto-register-schemas=false}), refused as incompatible, or the registry forbids the call.
 * It is a fault of the deployment, not of any record: every event the worker writes would fail the same way
 * until someone registers the schema, so consumers wait for that instead of dead-lettering what they read.
 */
public class WriterSchemaUnavailableException extends RuntimeException {

    public WriterSchemaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
