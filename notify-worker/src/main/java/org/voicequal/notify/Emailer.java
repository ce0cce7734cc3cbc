package org.voicequal.notify;

/** Sends an email; the one side effect of notify-worker, behind one method so that tests can pass their own. */
@FunctionalInterface
public interface Emailer {

    void send(Email email);

    /**
     * A run of emails sent one after the other over one connection, where the transport has connections (SMTP):
     * each email is still sent, and succeeds or fails, on its own, with its own Message-ID. The default sends each
     * as {@link #send} does.
     */
    default Session open() {
        return this::send;
    }

    /** Emails sent in a row; {@link #close} ends the connection, if one was opened. */
    @FunctionalInterface
    interface Session extends AutoCloseable {

        void send(Email email);

        @Override
        default void close() {
        }
    }
}
