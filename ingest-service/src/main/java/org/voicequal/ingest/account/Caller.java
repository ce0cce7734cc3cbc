package org.voicequal.ingest.account;

import java.util.Arrays;

/**
 * Who sent a request, from its API key: every handler under {@code /v1/} takes one. Decisions about what a
 * caller may see are made here, in one place, rather than in each handler.
 *
 * @param keyId     the key's public id (a prefix of its hash): what the audit trail records
 * @param accountId the account an applicant's or auditor's key is bound to; null for the platform's keys
 */
public record Caller(String keyId, String name, Role role, String accountId) {

    public Caller {
        if (role.boundToAccount() == (accountId == null)) {
            throw new IllegalArgumentException(role + " keys " + (role.boundToAccount() ? "need" : "have no") + " account");
        }
    }

    public boolean platform() {
        return !role.boundToAccount();
    }

    /**
     * Whether the caller may see (masked) what belongs to {@code account}. Anything it may not see is answered
     * 404, never 403: an id of another account must not even be confirmed to exist.
     */
    public boolean maySee(String account) {
        return platform() || account.equals(accountId);
    }

    /** Clear text goes to the owning account's applicants and to reviewers, never to anyone else. */
    public boolean mayReveal(String account) {
        return role == Role.REVIEWER || (role == Role.APPLICANT && account.equals(accountId));
    }

    /** Whether reading {@code account}'s data must be audited even when masked: the platform reading a customer's. */
    public boolean readsAcrossAccounts(String account) {
        return !account.equals(accountId);
    }

    /** Refuses with 403 unless the caller has one of {@code roles}. */
    public Caller require(Role... roles) {
        if (Arrays.asList(roles).contains(role)) {
            return this;
        }
        throw new ForbiddenException(role, roles);
    }
}
