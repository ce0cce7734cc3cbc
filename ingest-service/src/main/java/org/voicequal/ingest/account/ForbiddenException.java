package org.voicequal.ingest.account;

import java.util.Arrays;

/** The caller's role may not do this (403). Which resource was asked for is not said: it may be another account's. */
public class ForbiddenException extends RuntimeException {

    private final Role role;
    private final Role[] allowed;

    public ForbiddenException(Role role, Role... allowed) {
        super("a " + role + " key may not do this; it needs " + Arrays.toString(allowed));
        this.role = role;
        this.allowed = allowed.clone();
    }

    public Role role() {
        return role;
    }

    public Role[] allowed() {
        return allowed.clone();
    }
}
