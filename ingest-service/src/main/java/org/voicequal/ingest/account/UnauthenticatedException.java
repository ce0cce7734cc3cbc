package org.voicequal.ingest.account;

/** No API key, or one that is unknown or revoked (401). */
public class UnauthenticatedException extends RuntimeException {

    private final boolean keyPresented;

    public UnauthenticatedException(boolean keyPresented) {
        super(keyPresented ? "unknown or revoked API key" : "no API key");
        this.keyPresented = keyPresented;
    }

    public boolean keyPresented() {
        return keyPresented;
    }
}
