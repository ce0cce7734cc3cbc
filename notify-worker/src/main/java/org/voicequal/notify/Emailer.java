package org.voicequal.notify;

/** Sends an email; the one side effect of notify-worker, behind one method so that tests can pass their own. */
@FunctionalInterface
public interface Emailer {

    void send(Email email);
}
