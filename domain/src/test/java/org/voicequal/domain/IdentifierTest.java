package org.voicequal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Test vectors are published examples (GB 11643's own sample, issued licences), not values computed here. */
class IdentifierTest {

    @Test
    void acceptsPublishedCreditCodesAndExposesTheEmbeddedOrganizationCode() {
        assertThat(UnifiedSocialCreditCode.of("91350100M000100Y43").organizationCode()).isEqualTo("M000100Y4");
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(" 911100007109288314 ");
        assertThat(code.value()).isEqualTo("911100007109288314");
        assertThat(OrganizationCode.of(code.organizationCode()).value()).isEqualTo("710928831");
    }

    @Test
    void rejectsCreditCodesByReason() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100Y4"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo("length"));
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100I43"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo("charset"));
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100Y44"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo("checksum"));
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
    }

    @Test
    void organizationCodeAcceptsTheHyphenatedFormAndChecksItsCheckCharacter() {
        assertThat(OrganizationCode.of("71092883-1").value()).isEqualTo("710928831");
        assertThatThrownBy(() -> OrganizationCode.of("710928832"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo("checksum"));
    }

    @Test
    void residentIdNumbersFollowGb11643() {
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumber.of("11010519491231002x").value()).isEqualTo("11010519491231002X");
        assertThat(ResidentIdNumber.isValid("440524188001010014")).isTrue();
        assertThatThrownBy(() -> ResidentIdNumber.of("110101199003071234"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo("checksum"));
        assertThatThrownBy(() -> ResidentIdNumber.of("110101199013071234"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo("birth-date"));
    }

    @Test
    void anIdNumberNeverPrintsInClear() {
        assertThat(ResidentIdNumber.of("11010519491231002X").toString()).isEqualTo("110***********002X");
    }
}
