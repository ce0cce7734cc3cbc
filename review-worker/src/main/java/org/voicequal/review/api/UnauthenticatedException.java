package org.voicequal.review.api;

/** No API key, or one that belongs to no reviewer (401). */
public class UnauthenticatedException extends RuntimeException {

    private final boolean keyGiven;

    public UnauthenticatedException(boolean keyGiven) {
        super(keyGiven ? "unknown API key" : "no API key");
        this.keyGiven = keyGiven;
    }

    public boolean keyGiven() {
        return keyGiven;
    }
}
