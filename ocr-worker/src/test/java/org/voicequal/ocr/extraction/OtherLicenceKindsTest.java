package org.voicequal.ocr.extraction;

import org.voicequal.schemas.Fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.ocr.extraction.Pages.at;
import static org.voicequal.ocr.extraction.Pages.byName;
import static org.voicequal.ocr.extraction.Pages.creditCode;
import static org.voicequal.ocr.extraction.Pages.line;
import static org.voicequal.ocr.extraction.Pages.page;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.engine.PageText;

/** 个体工商户 licence, 事业单位法人证书 and 统一社会信用代码证书 in the business-licence slot. */
class OtherLicenceKindsTest {

    private static final DocumentExtractor EXTRACTOR = Extractors.forType(DocumentType.BUSINESS_LICENCE);

    @Test
    void individualBusinessLicence() {
        String code = creditCode("92330106MA2C0FFEE");
        PageText page = page(2000, 1400,
                line("营业执照", 850, 150, 300, 80),
                at("统一社会信用代码", 100, 300), line(code, 100, 345, 430, 36),
                at("名称", 100, 500), at("杭州小王便利店", 300, 500),
                at("类型", 100, 560), at("个体工商户", 300, 560),
                at("经营者", 100, 620), at("王小明", 300, 620),
                at("组成形式", 1050, 500), at("个人经营", 1250, 500),
                at("注册日期", 1050, 560), line("2019年03月01日", 1250, 560, 330, 40),
                at("经营场所", 1050, 620), at("浙江省杭州市拱墅区", 1250, 620), at("湖墅南路1号", 1250, 665),
                at("登记机关", 1300, 1100), line("2019年03月01日", 1300, 1200, 330, 40));
        Map<String, FieldRead> f = byName(EXTRACTOR.extract(page));
        assertThat(f.get(Fields.LICENCE_KIND).value()).isEqualTo("INDIVIDUAL_BUSINESS");
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo(code);
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("杭州小王便利店");
        assertThat(f.get(Fields.ENTERPRISE_TYPE).value()).isEqualTo("个体工商户");
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).value()).isEqualTo("王小明");
        assertThat(f.get(Fields.COMPOSITION_FORM).value()).isEqualTo("个人经营");
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("浙江省杭州市拱墅区湖墅南路1号");
        assertThat(f.get(Fields.ESTABLISHED_ON).value()).isEqualTo("2019-03-01");
        assertThat(f.get(Fields.REGISTERED_CAPITAL).isRead()).isFalse();
        String noTerm = "no business term on an individual business licence";
        assertThat(f.get(Fields.TERM_FROM).unreadReason()).isEqualTo(noTerm);
        assertThat(f.get(Fields.TERM_TO).unreadReason()).isEqualTo(noTerm);
        assertThat(f.get(Fields.ISSUED_ON).value()).isEqualTo("2019-03-01");
    }

    @Test
    void aBusinessScopeLabelReadWithoutItsLastTwoCharactersLeavesACompanysLicenceACompanys() {
        // 经营范围 read as 经营, which is also 经营者 (an individual business's operator) without its last character
        String code = creditCode("91410105MAEB67397");
        PageText page = page(1682, 1226,
                line("营业执照", 597, 193, 389, 118),
                at("统一社会信用代码", 208, 355), line(code, 211, 393, 279, 40),
                at("名称", 224, 496), at("正泰（郑州）汽车销售有限公司", 373, 496),
                at("类型", 221, 557), at("有限责任公司", 377, 549),
                at("法定代表人", 225, 609), at("彭东涛", 371, 608),
                at("经营", 228, 662), at("广告设计、制作、代理、发布", 381, 650),
                at("注册资本", 815, 493), at("50万人民币", 977, 485),
                at("营业期限", 819, 591), line("2016年11月30日至2066年11月29日", 983, 585, 415, 41));
        Map<String, FieldRead> f = byName(EXTRACTOR.extract(page));
        assertThat(f.get(Fields.LICENCE_KIND).value()).isEqualTo("CORPORATE");
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).value()).isEqualTo("彭东涛");
        assertThat(f.get(Fields.REGISTERED_CAPITAL).value()).isEqualTo("50万人民币");
        assertThat(f.get(Fields.TERM_TO).value()).isEqualTo("2066-11-29");
    }

    @Test
    void publicInstitutionCertificate() {
        String code = creditCode("12330000470000123");
        PageText page = page(1200, 1700,
                line("事业单位法人证书", 350, 100, 500, 70),
                line("统一社会信用代码 " + code, 100, 250, 800, 40),
                line("名 称 浙江省示例研究院", 100, 320, 600, 40),
                line("宗旨和业务范围 开展示例研究，促进科技发展。", 100, 380, 900, 40),
                line("住 所 杭州市西湖区天目山路1号", 100, 440, 700, 40),
                line("法定代表人 赵六", 100, 500, 400, 40),
                line("经费来源 财政补助", 100, 560, 400, 40),
                line("开办资金 ￥500万元", 100, 620, 400, 40),
                line("举办单位 浙江省科学技术厅", 100, 680, 600, 40),
                line("有效期 自2019年01月01日至2024年12月31日", 100, 740, 900, 40),
                line("登记管理机关", 700, 1400, 240, 40),
                line("2019年01月01日", 700, 1500, 330, 40));
        Map<String, FieldRead> f = byName(EXTRACTOR.extract(page));
        assertThat(f.get(Fields.LICENCE_KIND).value()).isEqualTo("PUBLIC_INSTITUTION");
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo(code);
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("浙江省示例研究院");
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("杭州市西湖区天目山路1号");
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).value()).isEqualTo("赵六");
        assertThat(f.get(Fields.REGISTERED_CAPITAL).value()).isEqualTo("￥500万元");
        assertThat(f.get(Fields.TERM_FROM).value()).isEqualTo("2019-01-01");
        assertThat(f.get(Fields.TERM_TO).value()).isEqualTo("2024-12-31");
        assertThat(f.get(Fields.ENTERPRISE_TYPE).unreadReason()).contains("public-institution");
        assertThat(f.get(Fields.ESTABLISHED_ON).isRead()).isFalse();
        assertThat(f.get(Fields.ISSUED_ON).value()).isEqualTo("2019-01-01");
    }

    /**
     * PP-OCR's lines of a phone photo of a Traditional-script certificate (corpus 0243, truth: issued 2025-06-10): the
     * authority's label read as 登記城, the issue date garbled (2023年061日), and the validity's dates on a row of
     * their own, apart from 有效期. The validity's end is not the issue date: unread, never a confident wrong date.
     */
    @Test
    void aPeriodWhoseLabelStandsApartIsNeverTakenForTheIssueDate() {
        PageText page = page(1083, 790,
                line("事業單位法人證書", 345, 141, 326, 59), line("统一社會信用代础", 188, 272, 143, 29),
                line("124403053F9608430P", 320, 264, 185, 29), line("名", 189, 313, 38, 25),
                line("深圳市南山区人民医院", 347, 299, 177, 30), line("宗旨和菜能圈", 188, 347, 107, 27),
                line("络技的研究奥用：货物進出口·技选出口：廣", 350, 328, 359, 38),
                line("住所", 189, 412, 40, 27), line("广东省深圳市南山區中山北路337號财富中心1", 351, 394, 351, 37),
                line("2906室", 350, 434, 74, 29), line("法定代表人", 190, 478, 90, 28), line("沈棠海", 350, 473, 58, 26),
                line("经费菜源", 190, 515, 73, 27), line("财政补助", 351, 508, 76, 29), line("辦资金", 191, 552, 73, 28),
                line("人民币5000满元", 354, 544, 126, 29), line("单位修", 732, 545, 63, 23),
                line("登記城深圳市事位登記管理局", 651, 559, 291, 36), line("有效期", 192, 589, 58, 28),
                line("自2025年06月10日至2030年06月09日", 358, 576, 280, 33), line("★", 746, 591, 36, 24),
                line("2023年061日", 713, 607, 135, 28));
        Map<String, FieldRead> f = byName(EXTRACTOR.extract(page));
        assertThat(f.get(Fields.LICENCE_KIND).value()).isEqualTo("PUBLIC_INSTITUTION");
        assertThat(f.get(Fields.ISSUED_ON).isRead()).as("read as %s", f.get(Fields.ISSUED_ON).value()).isFalse();
    }

    /**
     * PP-OCR's lines of a scanned Traditional-script individual business licence (corpus 0053): 名稱 read as 名
     * alone, in a box two characters wide, its value beside it.
     */
    @Test
    void aNameLabelThatLostItsSecondCharacterStillLeadsToTheName() {
        PageText page = page(1398, 988,
                line("營業執照", 506, 102, 372, 96), line("（副本）", 630, 213, 126, 35),
                line("瞪照编号685141049304739982326", 903, 233, 331, 28),
                line("统一社會信用代碼92440305MA4576468K", 107, 267, 492, 37),
                line("册日期", 714, 387, 110, 33), line("2019年08月19日", 875, 383, 197, 31),
                line("名", 100, 399, 114, 38), line("南山區鑫源服装店", 262, 396, 214, 32),
                line("經營場所", 715, 440, 110, 32), line("廣东省深圳市南山區新華街438号", 878, 432, 393, 34),
                line("類", 103, 454, 31, 32), line("型", 138, 451, 76, 34), line("個體工商户", 261, 448, 138, 35));
        Map<String, FieldRead> f = byName(EXTRACTOR.extract(page));
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).as(f.get(Fields.ENTERPRISE_NAME).toString())
                .isEqualTo("南山區鑫源服装店");
    }

    @Test
    void unifiedSocialCreditCodeCertificate() {
        String code = creditCode("51330000MJ8800123");
        PageText page = page(1200, 1700,
                line("统一社会信用代码证书", 350, 100, 500, 70),
                line("统一社会信用代码：" + code, 100, 250, 800, 40),
                line("机构名称：杭州市示例协会", 100, 320, 600, 40),
                line("机构类型：社会团体", 100, 380, 400, 40),
                line("机构地址：杭州市下城区建国北路", 100, 440, 700, 40), at("2号", 300, 485),
                line("负责人：孙七", 100, 560, 300, 40),
                line("有效期限：2017年01月01日至2027年12月31日", 100, 620, 900, 40),
                line("发证机关", 700, 1400, 160, 40),
                line("2017年01月01日", 700, 1500, 330, 40));
        Map<String, FieldRead> f = byName(EXTRACTOR.extract(page));
        assertThat(f.get(Fields.LICENCE_KIND).value()).isEqualTo("USCC_CERTIFICATE");
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo(code);
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("杭州市示例协会");
        assertThat(f.get(Fields.ENTERPRISE_TYPE).value()).isEqualTo("社会团体");
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("杭州市下城区建国北路2号");
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).value()).isEqualTo("孙七");
        assertThat(f.get(Fields.TERM_FROM).value()).isEqualTo("2017-01-01");
        assertThat(f.get(Fields.TERM_TO).value()).isEqualTo("2027-12-31");
        assertThat(f.get(Fields.REGISTERED_CAPITAL).isRead()).isFalse();
        assertThat(f.get(Fields.ISSUED_ON).value()).isEqualTo("2017-01-01");
    }
}
