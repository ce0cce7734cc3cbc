package org.voicequal.ocr.extraction;

import org.voicequal.schemas.Fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.ocr.extraction.Pages.byName;
import static org.voicequal.ocr.extraction.Pages.line;
import static org.voicequal.ocr.extraction.Pages.page;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;

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

    /** PP-OCRv4's lines of the clean-approved application's two-column licence (samples/applications). */
    private static PageText cleanApprovedLicence(TextLine legalRepresentative, TextLine... more) {
        java.util.List<TextLine> lines = new java.util.ArrayList<>(java.util.List.of(
                line("营业执照", 670, 138, 414, 103),
                line("统一社会信用代码913302120YY96BXJ25", 131, 332, 597, 30),
                line("名", 131, 487, 46, 39), line("称", 230, 488, 44, 35),
                line("宁波汇通长风商贸有限责任公司", 334, 490, 495, 30),
                line("注册资本", 900, 488, 144, 36), line("1000万人民币", 1101, 488, 211, 35),
                line("类", 131, 557, 39, 38), line("型", 230, 557, 44, 36),
                line("有限责任公司（自然人投资或控", 331, 559, 483, 33),
                line("成立日期", 901, 559, 141, 34), line("2020年08月09日", 1101, 560, 244, 30),
                line("营业期限", 902, 627, 141, 37), line("2020年08月09日至长期", 1101, 628, 375, 36),
                legalRepresentative,
                line("住所", 897, 694, 150, 43), line("浙江省宁波市鄞州区天府大道33", 1103, 700, 498, 33),
                line("经营范围", 130, 758, 123, 31), line("广告设计丶制作、代理丶发布；货物", 331, 759, 492, 32),
                line("0号国际商务中心7幢3008室", 1102, 755, 426, 34),
                line("进出口丶技术进出口；企业管理咨询", 333, 809, 491, 27)));
        lines.addAll(java.util.List.of(more));
        return page(1754, 1240, lines.toArray(TextLine[]::new));
    }

    /**
     * The clean-approved licence: the type wraps after 控 and its bracket closes on the next line (股)), which the
     * engine reads as a row of its own beside 营业期限: joined up to the closing bracket, the type is whole, and
     * each of its two lines is a box of its own for the second engine.
     */
    @Test
    void aTypeThatWrapsIsJoinedUpToItsClosingBracket() {
        Map<String, FieldRead> f = read(DocumentType.BUSINESS_LICENCE,
                cleanApprovedLicence(line("法定代表人曾新琪", 132, 684, 307, 35), line("股)", 328, 611, 52, 42)));
        FieldRead type = f.get(Fields.ENTERPRISE_TYPE);
        assertThat(type.value()).isEqualTo("有限责任公司（自然人投资或控股)");
        assertThat(type.confidence()).isGreaterThan(0.5);
        assertThat(type.lines()).hasSize(2);
        assertThat(type.lines().get(1).y()).isEqualTo(611);
        assertThat(f.get(Fields.ESTABLISHED_ON).value()).isEqualTo("2020-08-09");
        assertThat(f.get(Fields.TERM_FROM).value()).isEqualTo("2020-08-09");
    }

    /** The same type whose second line was not read: cut short with its bracket open, it is only a guess. */
    @Test
    void aValueCutShortWithItsBracketLeftOpenIsOnlyAGuess() {
        Map<String, FieldRead> f = read(DocumentType.BUSINESS_LICENCE,
                cleanApprovedLicence(line("法定代表人曾新琪", 132, 684, 307, 35)));
        assertThat(f.get(Fields.ENTERPRISE_TYPE).value()).isEqualTo("有限责任公司（自然人投资或控");
        assertThat(f.get(Fields.ENTERPRISE_TYPE).confidence()).isLessThanOrEqualTo(0.5);
        assertThat(f.get(Fields.ESTABLISHED_ON).confidence()).isGreaterThan(0.5);
    }

    /**
     * 法定代表人曾新琪 read as one line across the gap between the labels' column and the values' (which starts at
     * x 331 on the rows above): the gap is not a lost character, so the name is no guess.
     */
    @Test
    void aLabelMergedWithItsValueAcrossTheColumnGapLostNoCharacter() {
        FieldRead name = read(DocumentType.BUSINESS_LICENCE,
                cleanApprovedLicence(line("法定代表人曾新琪", 132, 684, 307, 35))).get(Fields.LEGAL_REPRESENTATIVE);
        assertThat(name.value()).isEqualTo("曾新琪");
        assertThat(name.confidence()).isGreaterThan(0.5);
    }

    /** The same merged line a character wider than its name needs (呂峯佳 read as 呂佳): still a guess. */
    @Test
    void aLabelMergedWithItsValueThatLostACharacterIsStillAGuess() {
        FieldRead name = read(DocumentType.BUSINESS_LICENCE,
                cleanApprovedLicence(line("法定代表人曾琪", 132, 684, 307, 35))).get(Fields.LEGAL_REPRESENTATIVE);
        assertThat(name.value()).isEqualTo("曾琪");
        assertThat(name.confidence()).isLessThanOrEqualTo(0.5);
    }

    /**
     * Scanned two-column licence (0102 of seed 1): the name's own value was not read and its 类型 label was lost,
     * so the row below offered the type as the name. Both engines read that crop alike; it must not be the name.
     */
    @Test
    void anEnterpriseTypeIsNeverTakenAsTheName() {
        Map<String, FieldRead> f = read(DocumentType.BUSINESS_LICENCE, page(1754, 1240,
                line("营业执照", 683, 144, 391, 93),
                line("名称", 128, 492, 64, 33),
                line("注册资本", 900, 493, 119, 31), line("人民币300万元", 1102, 495, 191, 27),
                line("其他有限责任公司", 333, 562, 240, 27),
                line("成立日期", 900, 560, 119, 31), line("2020年08月09日", 1102, 562, 220, 27)));
        assertThat(f.get(Fields.ENTERPRISE_NAME).isRead()).isFalse();
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

    /**
     * Individual business licence (0054 of the tuning set): the engine dropped 峯 of 呂峯佳 at 0.99, but its box
     * still spans three characters: the name is only a guess. The whole-width values beside it stay sure.
     */
    @Test
    void lineWiderThanItsCharactersLostOneAndIsAGuess() {
        Map<String, FieldRead> f = read(DocumentType.BUSINESS_LICENCE, page(1754, 1240,
                line("營業執照", 690, 152, 377, 88),
                line("统一社會信用代碼", 126, 337, 247, 24), line("924101058CDT6LM45X", 361, 336, 394, 24),
                line("名", 129, 489, 71, 39), line("金水區老星辰服装店", 334, 495, 298, 27),
                line("類型", 129, 556, 69, 36), line("个體工商户", 332, 557, 166, 35),
                line("經營者", 129, 621, 103, 39), line("吕佳", 331, 624, 101, 35),
                line("組成形式", 131, 691, 133, 31), line("個人經營", 331, 689, 133, 34)));
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).value()).isEqualTo("吕佳");
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).confidence()).isLessThanOrEqualTo(0.5);
        assertThat(f.get(Fields.COMPOSITION_FORM).value()).isEqualTo("個人經營");
        assertThat(f.get(Fields.COMPOSITION_FORM).confidence()).isEqualTo(Pages.CONFIDENCE, org.assertj.core.data.Offset.offset(1e-6));
    }

    /**
     * Traditional two-column licence (0000 of the check set): 類型 was not read at all. The name already ends in
     * 有限公司, so the type on the next row is not taken for the rest of it.
     */
    @Test
    void nameEndingLikeAnOrganizationDoesNotWrapIntoTheNextRow() {
        Map<String, FieldRead> f = read(DocumentType.BUSINESS_LICENCE, page(1754, 1240,
                line("營業執照", 674, 141, 409, 96),
                line("统一社會信用代碼", 143, 304, 252, 27), line("91440106H0G0H4J32Y", 141, 358, 323, 29),
                line("名", 132, 488, 43, 34), line("广州萬通青禾食品有限公司", 335, 492, 421, 28),
                line("册资本", 901, 490, 140, 33), line("1000萬元整", 1101, 488, 175, 34),
                line("有限责任公司(法人獨資)", 333, 561, 389, 30),
                line("成立日期", 904, 559, 137, 34), line("2012年3月21日", 1101, 560, 226, 32),
                line("法定代表人", 134, 630, 178, 31), line("羅霞", 325, 628, 78, 36)));
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("广州萬通青禾食品有限公司");
        assertThat(f.get(Fields.ENTERPRISE_TYPE).isRead()).isFalse();
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).value()).isEqualTo("羅霞");
    }

    /** Tilted hand-held card (0007 of the check set): the number lies under the address, above its label. */
    @Test
    void idNumberUnderTheAddressDoesNotContinueIt() {
        Map<String, FieldRead> f = read(DocumentType.ADMIN_ID_IN_HAND, page(1165, 873,
                line("姓名王雪国", 349, 483, 116, 38), line("民族汉", 469, 509, 79, 32),
                line("性别女", 353, 523, 79, 31), line("出生1970年1月5日", 358, 542, 213, 44),
                line("住", 365, 600, 31, 16), line("址广东省深圳市南山区文三", 386, 572, 213, 45),
                line("路804号国际商务中心1幢", 417, 592, 191, 44), line("1101室", 420, 628, 62, 29),
                line("44030519700105680X", 490, 664, 198, 41), line("公民身份号码", 378, 691, 86, 29)));
        assertThat(f.get(Fields.ADDRESS).isRead() ? f.get(Fields.ADDRESS).value() : "").doesNotContain("440305");
    }

    /** Hand-held card (0059 of the tuning set): 回 read as 园, which is no ethnic group. */
    @Test
    void ethnicityOutsideThe56GroupsIsUnread() {
        Map<String, FieldRead> f = read(DocumentType.ADMIN_ID_IN_HAND, page(1200, 900,
                line("姓名董娜峰", 506, 510, 121, 37), line("性别男", 500, 549, 85, 30), line("民族园", 626, 566, 83, 29),
                line("出生1991年3月13日", 497, 586, 229, 49)));
        assertThat(f.get(Fields.ETHNICITY).isRead()).isFalse();
        assertThat(f.get(Fields.SEX).value()).isEqualTo("男");
    }

    /** Organization-code certificate (0051 of the tuning set): 码 of 代码 lost, and the seal reads 代码管理专用章. */
    @Test
    void codeBesideAPartialLabelWinsOverTheSealsLettering() {
        String code = Pages.organizationCode("MAH3PL24");
        Map<String, FieldRead> f = read(DocumentType.ORGANIZATION_CODE_CERTIFICATE, page(1754, 1240,
                line("中华人民共和国", 729, 134, 296, 40), line("组织机构代码证", 549, 204, 654, 83),
                line("代", 198, 392, 60, 34), line(code, 459, 395, 157, 29),
                line("机构名称", 199, 458, 126, 33), line("上海蓝海科技有限责任公司", 465, 461, 363, 28),
                line("机构类型", 199, 524, 125, 34),
                line("代码管理专用章", 1195, 1075, 150, 32)));
        assertThat(f.get(Fields.ORGANIZATION_CODE).value()).isEqualTo(code.replace("-", ""));
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("上海蓝海科技有限责任公司");
    }

    /** Tax-registration certificate (0050 of the tuning set): 稱 of 纳税人名稱 misread as 种. */
    @Test
    void labelWithOneCharacterMisreadIsFoundAndItsValueIsAGuess() {
        Map<String, FieldRead> f = read(DocumentType.TAX_REGISTRATION_CERTIFICATE, page(1400, 989,
                line("税務登記證", 520, 107, 347, 65),
                line("纳税人名种", 158, 303, 130, 27), line("北京新锐餐饮管理有限公司", 399, 296, 310, 30),
                line("税務登记號", 158, 358, 131, 29), line("110105MA8971326", 397, 356, 198, 26),
                line("法定代表人", 161, 415, 128, 26), line("袁桐磊", 398, 411, 77, 29)));
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("北京新锐餐饮管理有限公司");
        assertThat(f.get(Fields.ENTERPRISE_NAME).confidence()).isLessThanOrEqualTo(0.5);
    }

    /** USCC certificate (0043 of the tuning set): the engine put a colon between two boxes of the name. */
    @Test
    void colonInsideAnOrganizationsNameIsLeftOutAndTheNameIsAGuess() {
        Map<String, FieldRead> f = read(DocumentType.BUSINESS_LICENCE, page(1754, 1240,
                line("统一社会信用代码证书", 408, 142, 938, 86),
                line("机构名称", 219, 436, 126, 33), line("宏业明德", 551, 438, 126, 29),
                line("：（上海）企业管理咨询股份有限公司", 672, 438, 494, 27),
                line("机构类型", 219, 499, 124, 31), line("有限责任公司（港澳台法人独资）", 552, 501, 425, 29)));
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("宏业明德（上海）企业管理咨询股份有限公司");
        assertThat(f.get(Fields.ENTERPRISE_NAME).confidence()).isLessThanOrEqualTo(0.5);
    }

    /**
     * Traditional licence (0026 of the check set): 碼 of 統一社會信用代碼 lost and the label merged with its code;
     * a public-institution certificate (0055) whose title lost 證: 事業單位法人書.
     */
    @Test
    void longLabelWithoutItsLastCharacterAndATitleMissingOne() {
        Map<String, FieldRead> licence = read(DocumentType.BUSINESS_LICENCE, page(1754, 1240,
                line("營業執照", 693, 150, 370, 88),
                line("照编号：655419703398328013", 1142, 310, 373, 22),
                line("統一社會信用代91610113561LN6ND4B", 135, 336, 600, 25),
                line("名", 128, 488, 70, 39), line("遠航（西安）科技有限公司", 332, 493, 390, 30)));
        assertThat(licence.get(Fields.CREDIT_CODE).value()).isEqualTo("91610113561LN6ND4B");
        assertThat(licence.get(Fields.LICENCE_KIND).value()).isEqualTo("CORPORATE");

        Map<String, FieldRead> institution = read(DocumentType.BUSINESS_LICENCE, page(1483, 1048,
                line("事業單位法人書", 459, 116, 587, 85),
                line("统一社會信用代碼", 191, 300, 209, 32), line("12320508MA8696846U", 471, 309, 280, 34),
                line("名", 185, 349, 114, 39), line("蘇州市姑蘇區疾病预防控制中心", 471, 361, 361, 36),
                line("住所", 181, 497, 114, 40), line("江蘇省蘇州市姑蘇區學院路185號時代廣場11幢806室", 466, 510, 605, 43)));
        assertThat(institution.get(Fields.LICENCE_KIND).value()).isEqualTo("PUBLIC_INSTITUTION");
        assertThat(institution.get(Fields.CREDIT_CODE).value()).isEqualTo("12320508MA8696846U");
    }

    /**
     * Passport data page (0008 and 0047 of the check set): the engine read the zone's first line without its
     * filler run, or not at all; the second line alone still gives the check-digited number and dates.
     */
    @Test
    void passportZoneWithAShortOrMissingFirstLine() {
        Map<String, FieldRead> shortFirst = read(DocumentType.LEGAL_REP_ID_FRONT, page(1476, 1039,
                line("National Immigration Administration, PRC", 460, 720, 464, 26),
                line("P<CHNHUANG<<NUOZI<<", 213, 872, 460, 27),
                line("E701958897CHN6011228F3008100<<<<<<<<<<<<<<02", 213, 940, 1051, 30)));
        assertThat(shortFirst.get(Fields.PASSPORT_NUMBER).value()).isEqualTo("E70195889");
        assertThat(shortFirst.get(Fields.BIRTH_DATE).value()).isEqualTo("1960-11-22");
        assertThat(shortFirst.get(Fields.EXPIRES_ON).value()).isEqualTo("2030-08-10");
        assertThat(shortFirst.get(Fields.NAME).value()).isEqualTo("HUANG NUOZI");

        Map<String, FieldRead> noFirst = read(DocumentType.LEGAL_REP_ID_FRONT, page(1476, 1039,
                line("中华人民共和国国家移民管理局", 463, 675, 400, 27),
                line("National Immigration Administration,PRC", 459, 721, 441, 23),
                line("E466694575CHN6806167M3106198<<<<<<<<<<<<<<06", 212, 939, 1054, 34)));
        assertThat(noFirst.get(Fields.PASSPORT_NUMBER).value()).isEqualTo("E46669457");
        assertThat(noFirst.get(Fields.BIRTH_DATE).value()).isEqualTo("1968-06-16");
        assertThat(noFirst.get(Fields.NAME).isRead()).isFalse();
    }

    /**
     * Traditional number-application letter (0036 of the check set): the engine lacks 託 and reads 兹委 before the
     * filled-in blank; the name is found, as a guess.
     */
    @Test
    void blankAfterALeadInThatLostACharacter() {
        Map<String, FieldRead> f = read(DocumentType.NUMBER_APPLICATION_LETTER, page(1240, 1754,
                line("號碼申請公函", 453, 158, 334, 45),
                line("中國XX通信有限公司蘇州市分公司：", 124, 297, 475, 27),
                line("兹委", 181, 353, 95, 32), line("司马华晓", 318, 345, 160, 37),
                line("同志（身份證號：370102198106067341", 459, 349, 619, 40),
                line("期：2026年11月18日", 580, 1313, 313, 39)));
        assertThat(f.get(Fields.ADMIN_NAME_IN_BLANK).value()).isEqualTo("司马华晓");
        assertThat(f.get(Fields.ADMIN_NAME_IN_BLANK).confidence()).isLessThanOrEqualTo(0.5);
    }

    /**
     * Scanned hand-held card (0020 of the check set): 性别, 出生 and 住址 were not read, 身 of 公民身份号码 misread.
     * The date alone on its row is the birth date because the number encodes exactly it; the sex is the number's,
     * never sure; the address is not guessed.
     */
    @Test
    void birthDateWithoutItsLabelOnlyWhenTheNumberEncodesIt() {
        Map<String, FieldRead> f = read(DocumentType.ADMIN_ID_IN_HAND, page(1360, 1020,
                line("姓名张梓刚", 594, 641, 117, 30), line("女", 654, 686, 18, 15), line("民朝鲜", 721, 675, 95, 26),
                line("1981年10月30日", 654, 714, 170, 26),
                line("浙江省宁波市州区体育西", 657, 748, 203, 29), line("路105号", 658, 779, 60, 21),
                line("公民务份号码", 608, 867, 84, 24), line("330212198110307927", 730, 855, 171, 29)));
        assertThat(f.get(Fields.ID_NUMBER).value()).isEqualTo("330212198110307927");
        assertThat(f.get(Fields.BIRTH_DATE).value()).isEqualTo("1981-10-30");
        assertThat(f.get(Fields.SEX).value()).isEqualTo("女");
        assertThat(f.get(Fields.SEX).confidence()).isLessThanOrEqualTo(0.5);
        assertThat(f.get(Fields.ADDRESS).isRead()).isFalse();

        Map<String, FieldRead> other = read(DocumentType.ADMIN_ID_IN_HAND, page(1360, 1020,
                line("姓名张梓刚", 594, 641, 117, 30), line("1981年10月31日", 654, 714, 170, 26),
                line("公民务份号码", 608, 867, 84, 24), line("330212198110307927", 730, 855, 171, 29)));
        assertThat(other.get(Fields.BIRTH_DATE).isRead()).isFalse();
    }

    /**
     * Number-application letter of the unsure-read application: the blank's underline before the handwritten name
     * read as a dash (－蒋霞_). The name is read, and the box the second engine reads spans 委托 … 同志, the
     * handwritten name's own box (estimated from character positions on a line of print) being too narrow.
     */
    @Test
    void aBlankWhoseUnderlineReadsAsADashStillHoldsTheName() {
        Map<String, FieldRead> f = read(DocumentType.NUMBER_APPLICATION_LETTER, page(1240, 1754,
                line("号码申请公函", 458, 158, 322, 48),
                line("中国XX通信有限公司济南市分公司：", 123, 298, 467, 27),
                line("兹委托－蒋霞_同志（身份证号：310115197605137443", 179, 343, 781, 44),
                line("）为我单位语音号码业务管理员，负责办理号码申请、资料提交及后续变更", 121, 412, 985, 27),
                line("等事宜。我单位对其办理的业务承担全部责任。特此函告。", 123, 467, 756, 31)));
        FieldRead blank = f.get(Fields.ADMIN_NAME_IN_BLANK);
        assertThat(blank.value()).isEqualTo("蒋霞");
        // 兹委托－蒋霞_同志（ are characters 1 to 9 of the line's 33: the box runs from 委 to the bracket after 同志
        assertThat(blank.box().x()).isBetween(179 + 781 / 33, 179 + 2 * 781 / 33);
        assertThat(blank.box().right()).isGreaterThanOrEqualTo(179 + 9 * 781 / 33);
    }

    /**
     * Commitment letter of the clean-approved application read with its seal's red lifted: the company stands on
     * the line under its label, the seal's lettering (责任公, 皮, 可) beside and under it.
     */
    @Test
    void theSignatoryCompanyOnTheLineUnderItsLabel() {
        Map<String, FieldRead> f = read(DocumentType.COMMITMENT_LETTER, page(1240, 1754,
                line("入网承诺书", 474, 153, 289, 50),
                line("中国XX通信有限公司宁波市分公司：", 126, 296, 481, 27),
                line("承诺单位（盖章）：", 507, 1174, 266, 30),
                line("宁波汇通长风商贸有限责任公司", 549, 1234, 439, 27),
                line("责任公", 929, 1276, 36, 94),
                line("日期：2026年11月11日", 511, 1292, 309, 27),
                line("皮", 753, 1330, 23, 18), line("可", 931, 1358, 21, 26)));
        assertThat(f.get(Fields.SIGNATORY_COMPANY).value()).isEqualTo("宁波汇通长风商贸有限责任公司");
        assertThat(f.get(Fields.SIGNATORY_COMPANY).confidence()).isGreaterThan(0.5);
        assertThat(f.get(Fields.LETTER_DATE).value()).isEqualTo("2026-11-11");
    }

    /**
     * Scanned Traditional two-column licence (0042 of the corpus): the code stands under its label and the rest of
     * the label's row is the 证照编号, whose label lost its first character; PP-OCR has no 幣 and no 責 in its
     * dictionary, so the capital and the type come back without them.
     */
    @Test
    void codeUnderItsLabelBesideADistractorAndCharactersTheEngineCannotOutput() {
        Map<String, FieldRead> f = read(DocumentType.BUSINESS_LICENCE, page(1445, 1022,
                line("營業執照", 541, 110, 361, 91), line("统一社會信用代碼", 106, 253, 191, 27),
                line("照编號：257830203733527", 939, 252, 246, 22), line("914403053641H7Q691", 106, 296, 235, 23),
                line("名", 104, 405, 57, 35), line("深圳博建工程有限公司", 273, 407, 312, 27),
                line("注册资本", 739, 402, 110, 33), line("人民2000萬元", 907, 401, 183, 31),
                line("類型", 104, 457, 57, 35), line("有限任公司(自然人獨資)", 273, 458, 258, 29),
                line("成立日期", 741, 456, 106, 30), line("2022年06月09日", 906, 454, 182, 29)));
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo("914403053641H7Q691");
        assertThat(f.get(Fields.REGISTERED_CAPITAL).value()).isEqualTo("人民幣2000萬元");
        assertThat(f.get(Fields.REGISTERED_CAPITAL).confidence()).isLessThanOrEqualTo(0.5);
        assertThat(f.get(Fields.ENTERPRISE_TYPE).value()).isEqualTo("有限責任公司(自然人獨資)");
        assertThat(f.get(Fields.ENTERPRISE_TYPE).confidence()).isLessThanOrEqualTo(0.5);
    }

    /**
     * Scanned two-column licence (0092 of the corpus): the columns are offset by half a row, so the name's line
     * shares its row with 注册资本's and 名称 stands on a row of its own. The name is the line beside the label.
     */
    @Test
    void valueBesideItsLabelOnTheOtherColumnsRow() {
        Map<String, FieldRead> f = read(DocumentType.BUSINESS_LICENCE, page(1369, 968,
                line("营业执照", 516, 107, 316, 86), line("证照编号449434797563299112", 883, 225, 277, 29),
                line("统一社会信用代码", 93, 248, 189, 32), line("91330106939A8P08X4", 94, 285, 265, 33),
                line("注册资本", 698, 376, 106, 34), line("300万元整", 855, 371, 122, 34), line("名称", 97, 397, 57, 33),
                line("远航（杭州）医疗器械有限公司", 254, 383, 361, 41), line("成立日期", 700, 427, 107, 33),
                line("2019年01月10日", 856, 421, 185, 33), line("类型", 98, 446, 57, 34),
                line("有限责任公司", 256, 440, 156, 33), line("营业期限", 701, 477, 106, 33),
                line("2019年01月10日至长期", 859, 469, 262, 34), line("法定代表人", 102, 495, 133, 33),
                line("朱嘉伟", 256, 491, 81, 32), line("住所", 701, 526, 58, 36),
                line("浙江省杭州市西湖区文三路392号", 861, 515, 401, 38), line("经营范围", 100, 548, 92, 31)));
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("远航（杭州）医疗器械有限公司");
        assertThat(f.get(Fields.ENTERPRISE_TYPE).value()).isEqualTo("有限责任公司");
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).value()).isEqualTo("朱嘉伟");
        assertThat(f.get(Fields.REGISTERED_CAPITAL).value()).isEqualTo("300万元整");
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo("91330106939A8P08X4");
    }
}
