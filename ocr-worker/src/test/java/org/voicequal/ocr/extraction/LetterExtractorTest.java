package org.voicequal.ocr.extraction;

import org.voicequal.schemas.Fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.ocr.extraction.Pages.byName;
import static org.voicequal.ocr.extraction.Pages.creditCode;
import static org.voicequal.ocr.extraction.Pages.idNumber;
import static org.voicequal.ocr.extraction.Pages.line;
import static org.voicequal.ocr.extraction.Pages.page;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.engine.PageText;

/** 入网承诺书 and 号码申请公函, A4 scans at 1240x1754. */
class LetterExtractorTest {

    static final String CODE = creditCode("91330106MA2B3C4D5");
    static final String ID = idNumber("33010619900101002");

    @Test
    void commitmentLetterWithLabelledSignatory() {
        PageText page = page(1240, 1754,
                line("入网承诺书", 500, 120, 240, 50),
                line("本单位承诺所提交的资料真实有效，并遵守相关规定。", 120, 250, 1000, 36),
                line("统一社会信用代码：" + CODE, 120, 320, 800, 36),
                line("承诺单位（盖章）：杭州示例科技有限公司", 600, 1400, 620, 36),
                line("2026年11月20日", 800, 1480, 300, 36));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.COMMITMENT_LETTER).extract(page));
        assertThat(f.keySet()).containsExactly(Fields.SIGNATORY_COMPANY, Fields.CREDIT_CODE, Fields.LETTER_DATE);
        assertThat(f.get(Fields.SIGNATORY_COMPANY).value()).isEqualTo("杭州示例科技有限公司");
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo(CODE);
        assertThat(f.get(Fields.LETTER_DATE).value()).isEqualTo("2026-11-20");
    }

    /**
     * 承诺单位（盖章） read with 盖 lost (scanned, 0050 of the corpus) or misread as 菱 (clean, 0288): what is left of
     * the bracket is not the name.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"承诺单位（章）：厦门天成餐饮管理股份有限公司, 厦门天成餐饮管理股份有限公司",
            "承诺单位（菱章）：西安博衆企業管理有限公司, 西安博衆企業管理有限公司"})
    void signatoryLabelWhoseSealNoteWasLostOrMisread(String signature, String company) {
        PageText page = page(1240, 1754, line("入网承诺书", 500, 120, 240, 50), line(signature, 600, 1400, 620, 36),
                line("2026年11月20日", 800, 1480, 300, 36));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.COMMITMENT_LETTER).extract(page));
        assertThat(f.get(Fields.SIGNATORY_COMPANY).value()).isEqualTo(company);
    }

    @Test
    void commitmentLetterSignedWithTheCompanyLineOnly() {
        PageText page = page(1240, 1754,
                line("入网承诺书", 500, 120, 240, 50),
                line("我公司于2026年1月1日起使用该号码，承诺遵守规定。", 120, 250, 1000, 36),
                line("杭州示例科技有限公司（盖章）", 800, 1400, 560, 36),
                line("2026-11-20", 800, 1480, 220, 36));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.COMMITMENT_LETTER).extract(page));
        assertThat(f.get(Fields.SIGNATORY_COMPANY).value()).isEqualTo("杭州示例科技有限公司");
        assertThat(f.get(Fields.CREDIT_CODE).unreadReason()).isEqualTo("label not found");
        assertThat(f.get(Fields.LETTER_DATE).value()).isEqualTo("2026-11-20");
    }

    @Test
    void numberApplicationLetter() {
        PageText page = page(1240, 1754,
                line("号码申请公函", 480, 120, 280, 50),
                line("兹委托 张三 同志（身份证号：" + ID.substring(0, 10), 120, 250, 1000, 36),
                line(ID.substring(10) + "）作为我单位400号码业务管理员，联系电话 13812345678。", 120, 300, 1000, 36),
                line("管理员（签字）：张三", 600, 1300, 400, 36),
                line("杭州示例科技有限公司（盖章）", 600, 1400, 560, 36),
                line("2026年11月20日", 800, 1480, 300, 36));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.NUMBER_APPLICATION_LETTER).extract(page));
        assertThat(f.keySet()).containsExactly(Fields.ADMIN_NAME_IN_BLANK, Fields.ADMIN_NAME_AT_SIGNATURE,
                Fields.ID_NUMBER, Fields.MOBILE, Fields.LETTER_DATE);
        assertThat(f.get(Fields.ADMIN_NAME_IN_BLANK).value()).isEqualTo("张三");
        assertThat(f.get(Fields.ADMIN_NAME_AT_SIGNATURE).value()).isEqualTo("张三");
        assertThat(f.get(Fields.ID_NUMBER).value()).isEqualTo(ID);
        assertThat(f.get(Fields.ID_NUMBER).evidence()).contains("\n");
        assertThat(f.get(Fields.MOBILE).value()).isEqualTo("13812345678");
        assertThat(f.get(Fields.LETTER_DATE).value()).isEqualTo("2026-11-20");
    }

    @Test
    void numberApplicationLetterWithOperatorSignatureAndDifferentNames() {
        PageText page = page(1240, 1754,
                line("兹委托李四同志作为我单位管理员。", 120, 250, 1000, 36),
                line("经办人：王五", 600, 1300, 300, 36),
                line("2026.11.20", 800, 1480, 220, 36));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.NUMBER_APPLICATION_LETTER).extract(page));
        assertThat(f.get(Fields.ADMIN_NAME_IN_BLANK).value()).isEqualTo("李四");
        assertThat(f.get(Fields.ADMIN_NAME_AT_SIGNATURE).value()).isEqualTo("王五");
        assertThat(f.get(Fields.ID_NUMBER).isRead()).isFalse();
        assertThat(f.get(Fields.MOBILE).unreadReason()).isEqualTo("no 11-digit mobile number");
        assertThat(f.get(Fields.LETTER_DATE).value()).isEqualTo("2026-11-20");
    }
}
