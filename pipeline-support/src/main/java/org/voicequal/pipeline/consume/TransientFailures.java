package org.voicequal.pipeline.consume;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.schemas.registry.SchemaRegistryException;
import org.voicequal.schemas.registry.WriterSchemaUnavailableException;

/**
 * Failures of the infrastructure rather than of the record: the database, the registry or the mail server
 * is unreachable, or the blob store does not (yet) hold an image. Retrying them for as long as it takes is right (the record is fine, and dead-lettering it
 * would lose accepted work); only the record's own faults exhaust their attempts and go to the dead letters.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof HttpTimeoutException
                    || t instanceof SocketException || t instanceof SQLTransientException) {
                return true;
            }
            // ingest stores an image before it publishes the event that names it: a shared store that does not
            // show it yet is lagging, and the image must never be recorded as unreadable for that
            if (t instanceof BlobStore.BlobNotFoundException) {
                return true;
            }
            if (t instanceof SchemaRegistryException e && (e.status() == 0 || e.status() >= 500)) {
                return true;
            }
            // a schema this worker writes is missing or refused: the deployment is to be fixed, not the record
            if (t instanceof WriterSchemaUnavailableException) {
                return true;
            }
            // SQLState class 08: connection exception; 57P: the server is shutting down or restarting
            if (t instanceof SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
