package org.voicequal.review.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceMasksTest {

    @Test
    void identifiersAndCodesAreMaskedByTheirKind() {
        assertThat(EvidenceMasks.mask("legalRepresentative.idNumber", "110101199003071234")).isEqualTo("110***********1234");
        assertThat(EvidenceMasks.mask("administrator.passportNumber", "E12345678")).isEqualTo("E12**5678");
        assertThat(EvidenceMasks.mask("enterprise.creditCode", "91330106MA2B3C4D5E")).isEqualTo("91**************5E");
        assertThat(EvidenceMasks.mask("enterprise.organizationCode", "MA2B3C4D5")).isEqualTo("MA*****D5");
        assertThat(EvidenceMasks.mask("administrator.contact", "13800138000")).isEqualTo("138****8000");
    }

    @Test
    void namesOfPeopleAndOfTheEnterpriseAreMasked() {
        assertThat(EvidenceMasks.mask("legalRepresentative.name", "張三豐")).isEqualTo("張**");
        assertThat(EvidenceMasks.mask("numberApplicationLetter.administratorName", "李四")).isEqualTo("李*");
        assertThat(EvidenceMasks.mask("enterprise.name", "杭州示例科技有限公司")).isEqualTo("杭州******公司");
        assertThat(EvidenceMasks.mask("commitmentLetter.companyName", "杭州示例科技有限公司")).isEqualTo("杭州******公司");
        assertThat(EvidenceMasks.mask("enterprise.enterpriseType", "有限責任公司")).isEqualTo("有限**公司");
    }

    @Test
    void datesAndAddressesStayClearAndAnUnknownFieldIsMaskedToItsEnds() {
        assertThat(EvidenceMasks.mask("administrator.idValidTo", "2035-03-01")).isEqualTo("2035-03-01");
        assertThat(EvidenceMasks.mask("enterprise.termEnd", "長期")).isEqualTo("長期");
        assertThat(EvidenceMasks.mask("legalRepresentative.idValidTo", "LONG_TERM")).isEqualTo("LONG_TERM");
        assertThat(EvidenceMasks.mask("enterprise.certificateType", "BUSINESS_LICENCE")).isEqualTo("BUSINESS_LICENCE");
        assertThat(EvidenceMasks.mask("administrator.idInHand.sealed", "false")).isEqualTo("false");
        assertThat(EvidenceMasks.mask("enterprise.address", "杭州市西湖區文三路1號")).isEqualTo("杭州市西湖區文三路1號");
        assertThat(EvidenceMasks.mask("something.new", "secret-value")).isEqualTo("se********ue");
        assertThat(EvidenceMasks.mask("enterprise.name", null)).isNull();
    }
}
