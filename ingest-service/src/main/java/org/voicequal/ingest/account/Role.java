package org.voicequal.ingest.account;

/**
 * What an API key may do. {@link #APPLICANT} and {@link #AUDITOR} keys belong to one account (the portal's
 * customer); {@link #REVIEWER} and {@link #OPERATOR} keys belong to the platform (the console's operator) and
 * work across accounts, every access audited.
 */
public enum Role {
    /** Submits, lists, reads, reveals, reuses and renews the account's own qualifications. */
    APPLICANT,
    /** Reads the account's qualifications (masked only) and its audit trail: who saw what in clear, and when. */
    AUDITOR,
    /** Decides review tasks (review-worker) and may reveal any qualification, audited. */
    REVIEWER,
    /** Manages accounts (the 400-number enablement), issues keys, reads across accounts (masked), audited. */
    OPERATOR;

    public boolean boundToAccount() {
        return this == APPLICANT || this == AUDITOR;
    }
}
