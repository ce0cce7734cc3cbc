package org.voicequal.ocr.extraction;

import org.voicequal.schemas.Fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.ocr.extraction.Pages.byName;
import static org.voicequal.ocr.extraction.Pages.line;
import static org.voicequal.ocr.extraction.Pages.organizationCode;
import static org.voicequal.ocr.extraction.Pages.page;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.engine.PageText;

/** 税务登记证 and 组织机构代码证, from before three-in-one. */
class CertificateExtractorTest {

    static final String ORG = organizationCode("MA2B3C4D");

    @Test
    void taxRegistrationWithFifteenCharacterNumber() {
        String number = "330106" + ORG.replace("-", "");
        PageText page = page(1600, 1100,
                line("税务登记证", 650, 100, 300, 60),
                line("税务登记号 " + number, 200, 220, 700, 40),
                line("纳税人名称 杭州示例科技有限公司", 200, 300, 700, 40),
                line("法定代表人（负责人） 张伟", 200, 360, 600, 40),
                line("地址 浙江省杭州市西湖区文三路100号", 200, 420, 700, 40),
                line("登记注册类型 有限责任公司", 200, 480, 600, 40));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.TAX_REGISTRATION_CERTIFICATE).extract(page));
        assertThat(f.keySet()).containsExactly(Fields.ENTERPRISE_NAME, Fields.TAX_NUMBER, Fields.LEGAL_REPRESENTATIVE,
                Fields.ADDRESS);
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("杭州示例科技有限公司");
        assertThat(f.get(Fields.TAX_NUMBER).value()).isEqualTo(number);
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).value()).isEqualTo("张伟");
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("浙江省杭州市西湖区文三路100号");
    }

    @Test
    void taxNumbersOfEighteenAndTwentyCharacters() {
        String code = Pages.creditCode("91330106MA2B3C4D5");
        String personal = Pages.idNumber("33010619850315123") + "01";
        for (String number : new String[] {code, personal}) {
            PageText page = page(1600, 1100, line("纳税人识别号：" + number, 200, 220, 800, 40));
            Map<String, FieldRead> f = byName(
                    Extractors.forType(DocumentType.TAX_REGISTRATION_CERTIFICATE).extract(page));
            assertThat(f.get(Fields.TAX_NUMBER).value()).isEqualTo(number);
        }
    }

    @Test
    void taxNumberWhoseEmbeddedCodeFailsIsUnread() {
        PageText page = page(1600, 1100, line("纳税人识别号：330106123456780", 200, 220, 700, 40));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.TAX_REGISTRATION_CERTIFICATE).extract(page));
        String check = String.valueOf(org.voicequal.domain.OrganizationCode.checkCharacter("12345678"));
        assertThat(check).isNotEqualTo("0");
        assertThat(f.get(Fields.TAX_NUMBER).isRead()).isFalse();
        assertThat(f.get(Fields.ENTERPRISE_NAME).unreadReason()).isEqualTo("label not found");
    }

    @Test
    void organizationCodeCertificate() {
        PageText page = page(1600, 1100,
                line("中华人民共和国", 650, 60, 300, 40),
                line("组织机构代码证", 620, 110, 360, 60),
                line("代 码：" + ORG, 200, 240, 500, 40),
                line("机构名称：杭州示例科技有限公司", 200, 320, 700, 40),
                line("机构类型：企业法人", 200, 380, 400, 40),
                line("地址：浙江省杭州市西湖区文三路100号", 200, 440, 700, 40),
                line("有效期：自2012年3月1日至2016年2月29日", 200, 500, 700, 40));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.ORGANIZATION_CODE_CERTIFICATE).extract(page));
        assertThat(f.keySet()).containsExactly(Fields.ENTERPRISE_NAME, Fields.ORGANIZATION_CODE,
                Fields.LEGAL_REPRESENTATIVE, Fields.ADDRESS);
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("浙江省杭州市西湖区文三路100号");
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).isRead()).isFalse();
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("杭州示例科技有限公司");
        assertThat(f.get(Fields.ORGANIZATION_CODE).value()).isEqualTo(ORG.replace("-", ""));
    }

    @Test
    void otherDocumentsHaveNoFields() {
        assertThat(Extractors.forType(DocumentType.OTHER).extract(page(100, 100, line("任意", 0, 0, 80, 40))))
                .isEmpty();
        for (DocumentType type : DocumentType.values()) {
            assertThat(Extractors.forType(type).extract(page(100, 100))).allMatch(r -> !r.isRead());
        }
    }
}
