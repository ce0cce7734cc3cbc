package org.voicequal.ingest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallerTest {

    private static final Caller APPLICANT = new Caller("k1", "portal", Role.APPLICANT, "acct-a");
    private static final Caller AUDITOR = new Caller("k2", "audit", Role.AUDITOR, "acct-a");
    private static final Caller REVIEWER = new Caller("k3", "alice", Role.REVIEWER, null);
    private static final Caller OPERATOR = new Caller("k4", "ops", Role.OPERATOR, null);

    @Test
    void accountKeysSeeTheirAccountOnlyAndPlatformKeysEvery() {
        assertThat(APPLICANT.maySee("acct-a")).isTrue();
        assertThat(APPLICANT.maySee("acct-b")).isFalse();
        assertThat(AUDITOR.maySee("acct-b")).isFalse();
        assertThat(REVIEWER.maySee("acct-b")).isTrue();
        assertThat(OPERATOR.maySee("acct-b")).isTrue();
    }

    @Test
    void clearTextGoesToTheOwningApplicantAndReviewersOnly() {
        assertThat(APPLICANT.mayReveal("acct-a")).isTrue();
        assertThat(APPLICANT.mayReveal("acct-b")).isFalse();
        assertThat(AUDITOR.mayReveal("acct-a")).isFalse();
        assertThat(REVIEWER.mayReveal("acct-b")).isTrue();
        assertThat(OPERATOR.mayReveal("acct-b")).isFalse();
    }

    @Test
    void thePlatformReadingACustomersDataIsAuditedTheOwnerReadingItsOwnIsNot() {
        assertThat(APPLICANT.readsAcrossAccounts("acct-a")).isFalse();
        assertThat(OPERATOR.readsAcrossAccounts("acct-a")).isTrue();
    }

    @Test
    void aRoleIsRequiredAndAnAccountBelongsToAccountRolesOnly() {
        assertThat(APPLICANT.require(Role.APPLICANT, Role.REVIEWER)).isSameAs(APPLICANT);
        assertThatThrownBy(() -> AUDITOR.require(Role.APPLICANT)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> new Caller("k", "x", Role.APPLICANT, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Caller("k", "x", Role.REVIEWER, "acct-a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysAreStoredAsTheirSha256() {
        assertThat(Accounts.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Accounts.keyId(Accounts.hash("abc"))).isEqualTo("key-ba7816bf8f01");
    }
}
