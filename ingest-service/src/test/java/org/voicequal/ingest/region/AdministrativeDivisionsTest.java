package org.voicequal.ingest.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdministrativeDivisionsTest {

    private final AdministrativeDivisions divisions = AdministrativeDivisions.shipped();

    @Test
    void thirtyFourProvincialLevelDivisionsEachWithItsCitiesExceptTheThreeWithoutASecondLevel() {
        assertThat(divisions.provinces()).hasSize(34);
        assertThat(divisions.provinces()).filteredOn(p -> p.cities().isEmpty())
                .extracting(AdministrativeDivisions.Province::name)
                .containsExactlyInAnyOrder("台湾省", "香港特别行政区", "澳门特别行政区");
        assertThat(divisions.provinces()).filteredOn(AdministrativeDivisions.Province::municipality)
                .extracting(AdministrativeDivisions.Province::name)
                .containsExactlyInAnyOrder("北京市", "天津市", "上海市", "重庆市");
    }

    @Test
    void aProvinceIsFoundByFullShortOrTraditionalName() {
        assertThat(divisions.province("浙江省")).get().extracting(AdministrativeDivisions.Province::code).isEqualTo("330000");
        assertThat(divisions.province("浙江")).get().extracting(AdministrativeDivisions.Province::name).isEqualTo("浙江省");
        assertThat(divisions.province(" 內蒙古自治區 ")).get().extracting(AdministrativeDivisions.Province::name)
                .isEqualTo("内蒙古自治区");
        assertThat(divisions.province("宁夏")).get().extracting(AdministrativeDivisions.Province::code).isEqualTo("640000");
        assertThat(divisions.province("省")).isEmpty();
        assertThat(divisions.province(null)).isEmpty();
    }

    @Test
    void aCityIsFoundWithinItsProvinceOnly() {
        AdministrativeDivisions.Province zhejiang = divisions.province("浙江省").orElseThrow();
        assertThat(zhejiang.city("杭州市")).get().extracting(AdministrativeDivisions.City::code).isEqualTo("330100");
        assertThat(zhejiang.city("寧波")).get().extracting(AdministrativeDivisions.City::name).isEqualTo("宁波市");
        assertThat(zhejiang.city("苏州市")).isEmpty();
        // 吉林 is a province and a city of it
        assertThat(divisions.province("吉林").orElseThrow().city("吉林")).get()
                .extracting(AdministrativeDivisions.City::name).isEqualTo("吉林市");
        assertThat(divisions.province("内蒙古").orElseThrow().city("阿拉善")).get()
                .extracting(AdministrativeDivisions.City::name).isEqualTo("阿拉善盟");
    }

    @Test
    void aMunicipalitysCityIsTheMunicipalityItself() {
        AdministrativeDivisions.Province beijing = divisions.province("北京").orElseThrow();
        assertThat(beijing.city("北京市")).contains(new AdministrativeDivisions.City("110100", "北京市"));
        assertThat(beijing.city("市辖区")).contains(new AdministrativeDivisions.City("110100", "北京市"));
        assertThat(beijing.city("北京")).contains(new AdministrativeDivisions.City("110100", "北京市"));
        assertThat(beijing.city("朝阳区")).isEmpty();
        assertThat(beijing.city("上海市")).isEmpty();
    }
}
