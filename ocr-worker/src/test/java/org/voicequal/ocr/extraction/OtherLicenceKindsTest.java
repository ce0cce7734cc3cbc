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
