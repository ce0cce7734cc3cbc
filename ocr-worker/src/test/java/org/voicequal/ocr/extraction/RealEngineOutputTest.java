package org.voicequal.ocr.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.ocr.extraction.Pages.byName;
import static org.voicequal.ocr.extraction.Pages.line;
import static org.voicequal.ocr.extraction.Pages.page;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.engine.PageText;

/**
 * Geometry PP-OCRv4 really returned on the labelled corpus (lines' text and boxes copied from its output, the
 * values being the generator's invented ones), for each failure that tuning fixed: the fixes cannot regress
 * unseen. Confidences are {@link Pages#CONFIDENCE}: what is tested is where values are found, and that a value
 * found by a guess is never reported as sure.
 */
class RealEngineOutputTest {

    private static Map<String, FieldRead> read(DocumentType type, PageText page) {
        return byName(Extractors.forType(type).extract(page));
    }

    /** Scanned one-column licence (0001): the label's box reaches 13 px into its code's, both on one row. */
    @Test
    void skewedLabelBoxStillSharesItsRowWithTheValue() {
        Map<String, FieldRead> f = read(DocumentType.BUSINESS_LICENCE, page(955, 1351,
                line("营业执照", 312, 132, 307, 81),
                line("注册号", 105, 338, 124, 31), line("313110335684666", 307, 333, 214, 29),
                line("统一社会信用代码", 108, 389, 196, 29), line("91510107331256PA19", 291, 383, 280, 29),
                line("名", 108, 441, 28, 30), line("称", 179, 440, 28, 30),
                line("成都明德商贸股份有限公司", 312, 432, 283, 32)));
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo("91510107331256PA19");
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("成都明德商贸股份有限公司");
    }

    /** Two-column licence (0000): 登记机关 printed under the right column's 住所 does not cut its value off. */
    @Test
    void labelFarBelowDoesNotEndTheRightColumnsValue() {
        Map<String, FieldRead> f = read(DocumentType.BUSINESS_LICENCE, page(1754, 1240,
                line("营业执照", 683, 144, 391, 93),
                line("名称", 128, 492, 64, 33), line("厦门盛世广告有限责任公司", 333, 495, 354, 27),
                line("注册资本", 900, 493, 119, 31), line("人民币300万元", 1102, 495, 191, 27),
                line("经营范围", 130, 673, 104, 28), line("货物进出口丶技术进出口；广告设计、制作丶", 334, 675, 511, 24),
                line("住所", 898, 669, 63, 31), line("福建省厦门市思明区解放路632号创新", 1101, 672, 490, 27),
                line("代理、发布；计算机软硬件及辅助设备的销售", 333, 714, 514, 26),
                line("大厦9幢810室", 1102, 718, 176, 29),
                line("登记机关", 1081, 923, 118, 31), line("监督管理局", 1431, 925, 139, 29)));
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("福建省厦门市思明区解放路632号创新大厦9幢810室");
        assertThat(f.get(Fields.REGISTERED_CAPITAL).value()).isEqualTo("人民币300万元");
    }

    /**
     * Traditional USCC certificate (0043): the engine lost 稱 of 機構名稱 and misread 負責人 as 負贡人. The name is
     * found beside the partial label but only at a guess's confidence (the engine lost 諮 of the value too); the
     * misread label never becomes the end of the address; 有效期 is this certificate's term.
     */
    @Test
    void partlyReadLabelsOfATraditionalCertificate() {
        Map<String, FieldRead> f = read(DocumentType.BUSINESS_LICENCE, page(1240, 877,
                line("统一社會信用代碼證書", 284, 97, 699, 72),
                line("统一社會信用代码", 158, 278, 180, 28), line("91310115P4087K0B7B", 397, 274, 207, 25),
                line("機構名", 158, 325, 92, 26), line("宏业明德（上海）企業管理询股份有限公司", 400, 313, 451, 33),
                line("機構類型", 159, 370, 92, 29), line("有限责任公司（港澳台法人獨资）", 402, 363, 315, 29),
                line("機構地址", 161, 417, 90, 26), line("上海市浦东新區文三路21號", 402, 410, 270, 28),
                line("負贡人", 162, 464, 112, 26), line("韩偉", 401, 458, 47, 27),
                line("有效期", 160, 509, 117, 28), line("自2020年03月31日至2025年05月01日", 407, 500, 354, 29)));
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("宏业明德（上海）企業管理询股份有限公司");
        assertThat(f.get(Fields.ENTERPRISE_NAME).confidence()).isLessThanOrEqualTo(0.5);
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("上海市浦东新區文三路21號");
        assertThat(f.get(Fields.TERM_FROM).value()).isEqualTo("2020-03-31");
        assertThat(f.get(Fields.TERM_TO).value()).isEqualTo("2025-05-01");
    }

    /**
     * Two-column licence (0026): 名 of 名称 lost, so the label is 称 alone; the name must stop at the next row's
     * 类型, which stands left of the partial label, and is only a guess.
     */
    @Test
    void nameOfAOneCharacterLabelStopsAtTheNextLabel() {
        Map<String, FieldRead> f = read(DocumentType.BUSINESS_LICENCE, page(1240, 1754,
                line("营业执照", 513, 103, 361, 94),
                line("统一社会信用代码915101072LA19D443U", 109, 264, 475, 30),
                line("称", 175, 392, 43, 29), line("成都天成软件有限公司", 263, 390, 281, 30),
                line("注册资本", 714, 385, 115, 32), line("10万人民币", 871, 383, 143, 33),
                line("类型", 99, 444, 121, 38), line("有限责任公司（自然人独资）", 263, 446, 337, 29),
                line("成立日期", 714, 441, 115, 32), line("2021年03月31日", 874, 441, 196, 26)));
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("成都天成软件有限公司");
        assertThat(f.get(Fields.ENTERPRISE_NAME).confidence()).isLessThanOrEqualTo(0.5);
        assertThat(f.get(Fields.ENTERPRISE_TYPE).value()).isEqualTo("有限责任公司（自然人独资）");
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo("915101072LA19D443U");
    }

    /** Number-application letter (0023): the seal's lettering 南京, taller, beside the signed name. */
    @Test
    void sealLetteringBesideTheSignatureIsNotPartOfTheName() {
        Map<String, FieldRead> f = read(DocumentType.NUMBER_APPLICATION_LETTER, page(1240, 1754,
                line("号码申请公函", 446, 154, 348, 51),
                line("兹委托", 184, 353, 98, 35), line("司马子", 322, 344, 107, 43),
                line("同志（身份证号：310115198312142040", 468, 356, 586, 30),
                line("单位名称（盖章）：", 550, 1025, 266, 31),
                line("南京明德星辰物流有限公司", 586, 1082, 386, 37),
                line("南京", 879, 1104, 55, 72),
                line("管理员：司马子", 542, 1130, 284, 53),
                line("期：2026年11月8日", 638, 1321, 298, 40)));
        assertThat(f.get(Fields.ADMIN_NAME_AT_SIGNATURE).value()).isEqualTo("司马子");
        assertThat(f.get(Fields.ADMIN_NAME_IN_BLANK).value()).isEqualTo("司马子");
    }

    /** Scanned letter (0010): the seal hides 立玉 of 诸葛立玉 and the blank was not read: the name is not sure. */
    @Test
    void signatureNameWithoutTheBlankToConfirmItIsAGuess() {
        Map<String, FieldRead> f = read(DocumentType.NUMBER_APPLICATION_LETTER, page(1000, 1400,
                line("單位名（盏章）", 392, 841, 182, 31), line("科技股份有限公司", 761, 833, 194, 27),
                line("管理員：诸葛", 391, 887, 186, 33), line("成", 593, 913, 30, 23),
                line("期：2026年10月11日", 468, 1022, 254, 36)));
        assertThat(f.get(Fields.ADMIN_NAME_AT_SIGNATURE).value()).isEqualTo("诸葛");
        assertThat(f.get(Fields.ADMIN_NAME_AT_SIGNATURE).confidence()).isLessThanOrEqualTo(0.5);
    }

    /** Commitment letter (0009): the seal over 司 leaves 有限公; a name cut short is never sure. */
    @Test
    void companyNameCutShortByTheSealIsAGuess() {
        Map<String, FieldRead> f = read(DocumentType.COMMITMENT_LETTER, page(1240, 1754,
                line("相关号码服务。", 122, 818, 183, 26),
                line("承诺单位（盖章）：深圳万通旅行社有限公", 489, 1176, 560, 27),
                line("深圳", 863, 1201, 62, 86),
                line("日期：2026年11月10日", 489, 1227, 299, 32)));
        assertThat(f.get(Fields.SIGNATORY_COMPANY).confidence()).isLessThanOrEqualTo(0.5);
        assertThat(f.get(Fields.LETTER_DATE).value()).isEqualTo("2026-11-10");
    }
}
