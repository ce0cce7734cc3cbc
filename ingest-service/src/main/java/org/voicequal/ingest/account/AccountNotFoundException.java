package org.voicequal.ingest.account;

/** No such account or key, or not one the caller may see (404). */
public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException() {
        super("no such account or key");
    }
}
