package org.voicequal.ocr.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.voicequal.ocr.extraction.common.LostCharacters;
import org.voicequal.schemas.Fields;

class LostCharactersTest {

    private static FieldRead read(String field, String value) {
        return FieldRead.read(field, value, 0.97, null, value);
    }

    @Test
    void currencyRestoredInTheValuesScriptAndNeverSure() {
        assertThat(LostCharacters.inCapital(read(Fields.REGISTERED_CAPITAL, "人民10萬元")).value()).isEqualTo("人民幣10萬元");
        assertThat(LostCharacters.inCapital(read(Fields.REGISTERED_CAPITAL, "人民10万元")).value()).isEqualTo("人民币10万元");
        assertThat(LostCharacters.inCapital(read(Fields.REGISTERED_CAPITAL, "人民警50萬元")).value()).isEqualTo("人民幣50萬元");
        assertThat(LostCharacters.inCapital(read(Fields.REGISTERED_CAPITAL, "300萬人民")).value()).isEqualTo("300萬人民幣");
        assertThat(LostCharacters.inCapital(read(Fields.REGISTERED_CAPITAL, "人民10萬元")).confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void aValueThatLostNothingIsLeftAsRead() {
        FieldRead whole = read(Fields.REGISTERED_CAPITAL, "人民幣10萬元");
        assertThat(LostCharacters.inCapital(whole)).isSameAs(whole);
        FieldRead dollars = read(Fields.REGISTERED_CAPITAL, "100萬美元");
        assertThat(LostCharacters.inCapital(dollars)).isSameAs(dollars);
        FieldRead type = read(Fields.ENTERPRISE_TYPE, "有限责任公司");
        assertThat(LostCharacters.inOrganizationForm(type)).isSameAs(type);
    }

    @Test
    void limitedLiabilityRestored() {
        FieldRead name = LostCharacters.inOrganizationForm(read(Fields.ENTERPRISE_NAME, "南京嘉禾文化傳媒有限任公司"));
        assertThat(name.value()).isEqualTo("南京嘉禾文化傳媒有限責任公司");
        assertThat(name.confidence()).isLessThanOrEqualTo(0.5);
        assertThat(LostCharacters.inOrganizationForm(read(Fields.ENTERPRISE_TYPE, "有限任公司")).value())
                .isEqualTo("有限责任公司");
        assertThat(LostCharacters.inOrganizationForm(read(Fields.ENTERPRISE_TYPE, "有限青任公司(法人獨資)")).value())
                .isEqualTo("有限責任公司(法人獨資)");
    }
}
