package org.voicequal.ocr.extraction;

import org.voicequal.schemas.Fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.ocr.extraction.Pages.at;
import static org.voicequal.ocr.extraction.Pages.byName;
import static org.voicequal.ocr.extraction.Pages.creditCode;
import static org.voicequal.ocr.extraction.Pages.line;
import static org.voicequal.ocr.extraction.Pages.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;

/** The current two-column licence and the old one-column licence, in both scripts. */
class BusinessLicenceExtractorTest {

    static final String CODE = creditCode("91330106MA2B3C4D5");
    /** An 18-character 证照编号 that even passes the GB 32100 check: it must never become the credit code. */
    static final String LICENCE_NUMBER = creditCode("33010600020180510");

    private static final DocumentExtractor EXTRACTOR = Extractors.forType(DocumentType.BUSINESS_LICENCE);

    /** Current licence, 2000x1400: code under its label top-left, 证照编号 top-right, two columns of fields. */
    static List<TextLine> twoColumn(String codeAsRead) {
        List<TextLine> lines = new ArrayList<>(List.of(
                line("营业执照", 850, 150, 300, 80),
                at("统一社会信用代码", 100, 300), line(codeAsRead, 100, 345, 430, 36),
                at("证照编号", 1300, 300), line(LICENCE_NUMBER, 1300, 345, 430, 36),
                at("名称", 100, 500), at("杭州示例科技有限公司", 300, 500),
                at("注册资本", 1050, 500), at("壹佰万元整", 1250, 500),
                at("类型", 100, 560), at("有限责任公司(自然人投资或控股)", 300, 560),
                at("成立日期", 1050, 560), line("2018年05月10日", 1250, 560, 330, 40),
                at("法定代表人", 100, 620), at("张伟", 300, 620),
                at("营业期限", 1050, 620), line("2018年05月10日至长期", 1250, 620, 420, 40),
                at("经营范围", 100, 680), at("技术开发、技术服务；", 300, 680), at("软件销售。", 300, 725),
                at("住所", 1050, 680), at("浙江省杭州市西湖区", 1250, 680), line("文三路100号", 1250, 725, 260, 40),
                at("登记机关", 1300, 1100), at("杭州市西湖区市场监督管理局", 1300, 1150),
                line("2020年06月01日", 1300, 1210, 330, 40)));
        return lines;
    }

    @Test
    void currentTwoColumnLicence() {
        Map<String, FieldRead> f = read(twoColumn(CODE));
        assertThat(f.keySet()).containsExactly(Fields.LICENCE_KIND, Fields.ENTERPRISE_NAME, Fields.CREDIT_CODE,
                Fields.ENTERPRISE_TYPE, Fields.LEGAL_REPRESENTATIVE, Fields.COMPOSITION_FORM, Fields.ADDRESS,
                Fields.REGISTERED_CAPITAL, Fields.ESTABLISHED_ON, Fields.TERM_FROM, Fields.TERM_TO, Fields.ISSUED_ON);
        assertThat(f.get(Fields.LICENCE_KIND).value()).isEqualTo("CORPORATE");
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("杭州示例科技有限公司");
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo(CODE);
        assertThat(f.get(Fields.CREDIT_CODE).confidence()).isEqualTo(Pages.CONFIDENCE, within());
        assertThat(f.get(Fields.CREDIT_CODE).evidence()).isEqualTo(CODE);
        assertThat(f.get(Fields.ENTERPRISE_TYPE).value()).isEqualTo("有限责任公司(自然人投资或控股)");
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).value()).isEqualTo("张伟");
        assertThat(f.get(Fields.COMPOSITION_FORM).unreadReason()).contains("individual business");
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("浙江省杭州市西湖区文三路100号");
        assertThat(f.get(Fields.REGISTERED_CAPITAL).value()).isEqualTo("壹佰万元整");
        assertThat(f.get(Fields.ESTABLISHED_ON).value()).isEqualTo("2018-05-10");
        assertThat(f.get(Fields.TERM_FROM).value()).isEqualTo("2018-05-10");
        assertThat(f.get(Fields.TERM_TO).value()).isEqualTo(Fields.LONG_TERM_DATE);
        assertThat(f.get(Fields.ISSUED_ON).value()).isEqualTo("2020-06-01");
    }

    @Test
    void datedBusinessTermAndCodeWithSpacesOnTheLabelsOwnLine() {
        List<TextLine> lines = twoColumn(CODE);
        lines.removeIf(l -> l.text().equals(CODE) || l.text().startsWith("统一社会") || l.text().startsWith("2018年05月10日至"));
        lines.add(line("统一社会信用代码 " + CODE.substring(0, 6) + " " + CODE.substring(6), 100, 300, 800, 40));
        lines.add(line("2018年05月10日至2038年05月09日", 1250, 620, 600, 40));
        Map<String, FieldRead> f = read(lines);
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo(CODE);
        assertThat(f.get(Fields.TERM_TO).value()).isEqualTo("2038-05-09");
    }

    @Test
    void licenceNumberIsNeverTakenEvenWhenTheCodeIsMissing() {
        List<TextLine> lines = twoColumn(CODE);
        lines.removeIf(l -> l.text().equals(CODE));
        Map<String, FieldRead> f = read(lines);
        assertThat(f.get(Fields.CREDIT_CODE).isRead()).isFalse();
        assertThat(f.get(Fields.CREDIT_CODE).unreadReason()).isEqualTo("label found without a value");
    }

    @Test
    void licenceNumberOnTheLabelsRowIsNotTaken() {
        List<TextLine> lines = twoColumn(CODE);
        lines.removeIf(l -> l.text().equals(CODE) || l.text().equals(LICENCE_NUMBER) || l.text().equals("证照编号"));
        lines.add(line("证照编号：" + LICENCE_NUMBER, 1300, 300, 600, 40));
        Map<String, FieldRead> f = read(lines);
        assertThat(f.get(Fields.CREDIT_CODE).isRead()).isFalse();
    }

    @Test
    void withoutItsLabelTheLicenceNumberFarRightIsStillNotPartOfTheCode() {
        List<TextLine> lines = twoColumn(CODE);
        lines.removeIf(l -> l.text().equals("证照编号"));
        Map<String, FieldRead> below = read(lines);
        assertThat(below.get(Fields.CREDIT_CODE).value()).isEqualTo(CODE);

        lines.removeIf(l -> l.text().equals(CODE) || l.text().equals(LICENCE_NUMBER));
        lines.add(line(CODE, 450, 300, 430, 36));
        lines.add(line(LICENCE_NUMBER, 1300, 300, 430, 36));
        Map<String, FieldRead> sameRow = read(lines);
        assertThat(sameRow.get(Fields.CREDIT_CODE).value()).isEqualTo(CODE);

        // one column, nothing to the right but the number: the gap between the boxes ends the value
        PageText alone = page(2000, 1400, line("统一社会信用代码 " + CODE, 100, 300, 800, 40),
                line(LICENCE_NUMBER, 1400, 300, 430, 36), line("名称 杭州示例科技有限公司", 100, 380, 600, 40));
        assertThat(byName(EXTRACTOR.extract(alone)).get(Fields.CREDIT_CODE).value()).isEqualTo(CODE);
    }

    @Test
    void datesWithOcrSpacesAndSlashes() {
        PageText page = page(1200, 1700, line("名称 杭州示例科技有限公司", 100, 320, 600, 40),
                line("成立日期 2018 年 5 月 10 日", 100, 560, 540, 40),
                line("营业期限 2018/5/10 至 2038-05-09", 100, 620, 700, 40));
        Map<String, FieldRead> f = byName(EXTRACTOR.extract(page));
        assertThat(f.get(Fields.ESTABLISHED_ON).value()).isEqualTo("2018-05-10");
        assertThat(f.get(Fields.TERM_FROM).value()).isEqualTo("2018-05-10");
        assertThat(f.get(Fields.TERM_TO).value()).isEqualTo("2038-05-09");
    }

    @Test
    void checksumFailureIsUnread() {
        String wrong = CODE.substring(0, 10) + (CODE.charAt(10) == '1' ? '2' : '1') + CODE.substring(11);
        Map<String, FieldRead> f = read(twoColumn(wrong));
        assertThat(f.get(Fields.CREDIT_CODE).unreadReason()).isEqualTo("checksum failed (GB 32100)");
        assertThat(f.get(Fields.CREDIT_CODE).isNearMiss()).as("the code's box kept for another read").isTrue();
        assertThat(f.get(Fields.CREDIT_CODE).box().y()).isEqualTo(345);
        assertThat(f.get(Fields.CREDIT_CODE).evidence()).isEqualTo(wrong);
    }

    @Test
    void aCodeOneCharacterShortIsANearMissButTheFifteenDigitLicenceNumberBesideItIsNot() {
        Map<String, FieldRead> shortCode = read(twoColumn(CODE.substring(0, 9) + CODE.substring(10)));
        assertThat(shortCode.get(Fields.CREDIT_CODE).isNearMiss()).isTrue();
        assertThat(shortCode.get(Fields.CREDIT_CODE).unreadReason()).isEqualTo("the code has 17 characters, not 18");

        List<TextLine> lines = new ArrayList<>(List.of(at("统一社会信用代码", 100, 300),
                line("照编号：180797387159652", 1300, 300, 500, 36), line("名称 杭州示例科技有限公司", 100, 420, 600, 40)));
        FieldRead fifteen = EXTRACTOR.extract(page(2000, 1400, lines.toArray(TextLine[]::new))).stream()
                .filter(r -> r.name().equals(Fields.CREDIT_CODE)).findFirst().orElseThrow();
        assertThat(fifteen.isRead()).isFalse();
        assertThat(fifteen.isNearMiss()).isFalse();
    }

    @Test
    void confusableCorrectionLowersTheConfidence() {
        // OCR read the code's 0 as the letter O, which the GB 32100 alphabet cannot hold
        String misread = CODE.replaceFirst("0", "O");
        Map<String, FieldRead> f = read(twoColumn(misread));
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo(CODE);
        assertThat(f.get(Fields.CREDIT_CODE).confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void codeSplitIntoTwoBoxesAndLetterSForFive() {
        List<TextLine> lines = twoColumn(CODE);
        lines.removeIf(l -> l.text().equals(CODE));
        int five = CODE.indexOf('5');
        String misread = CODE.substring(0, five) + 'S' + CODE.substring(five + 1);
        lines.add(line(misread.substring(0, 8), 100, 345, 190, 36));
        lines.add(line(misread.substring(8), 310, 347, 240, 36));
        Map<String, FieldRead> f = read(lines);
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo(CODE);
        assertThat(f.get(Fields.CREDIT_CODE).confidence()).isLessThanOrEqualTo(0.5);
        assertThat(f.get(Fields.CREDIT_CODE).evidence()).contains("\n");
    }

    @Test
    void codeConfidenceIsItsLowestCharacter() {
        List<TextLine> lines = twoColumn(CODE);
        lines.removeIf(l -> l.text().equals(CODE));
        lines.add(line(CODE, 100, 345, 430, 36, 7, 0.31f));
        Map<String, FieldRead> f = read(lines);
        assertThat(f.get(Fields.CREDIT_CODE).confidence()).isEqualTo(0.31, within());
        assertThat(f.get(Fields.CREDIT_CODE).box().x()).isEqualTo(100);
    }

    /** Older one-column licence: 注册号, spaced-out labels, 法定代表人姓名, a term over two lines. */
    @Test
    void oldOneColumnLicence() {
        PageText page = page(1200, 1700,
                line("营 业 执 照", 400, 100, 400, 70),
                line("注册号 330106000012345", 100, 250, 600, 40),
                line("名 称 杭州老字号贸易有限公司", 100, 320, 700, 40),
                line("类 型 有限责任公司", 100, 380, 500, 40),
                line("住 所 杭州市上城区解放路", 100, 440, 560, 40), at("88号", 340, 485),
                line("法定代表人姓名 李四", 100, 560, 420, 40),
                line("注册资本 伍拾万元", 100, 620, 380, 40),
                line("成立日期 2005年03月01日", 100, 680, 560, 40),
                line("营业期限自 2005年03月01日", 100, 740, 600, 40),
                line("营业期限至 2025年02月28日", 100, 800, 600, 40),
                line("经营范围 批发、零售：日用百货。", 100, 860, 700, 40),
                line("2010年08月15日", 800, 1500, 330, 40));
        Map<String, FieldRead> f = byName(EXTRACTOR.extract(page));
        assertThat(f.get(Fields.LICENCE_KIND).value()).isEqualTo("CORPORATE");
        assertThat(f.get(Fields.CREDIT_CODE).unreadReason()).contains("注册号");
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("杭州老字号贸易有限公司");
        assertThat(f.get(Fields.ENTERPRISE_TYPE).value()).isEqualTo("有限责任公司");
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("杭州市上城区解放路88号");
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).value()).isEqualTo("李四");
        assertThat(f.get(Fields.REGISTERED_CAPITAL).value()).isEqualTo("伍拾万元");
        assertThat(f.get(Fields.ESTABLISHED_ON).value()).isEqualTo("2005-03-01");
        assertThat(f.get(Fields.TERM_FROM).value()).isEqualTo("2005-03-01");
        assertThat(f.get(Fields.TERM_TO).value()).isEqualTo("2025-02-28");
        assertThat(f.get(Fields.ISSUED_ON).value()).isEqualTo("2010-08-15");
    }

    @Test
    void traditionalLicence() {
        PageText page = page(1200, 1700,
                line("營業執照", 450, 100, 300, 70),
                line("統一社會信用代碼 " + CODE, 100, 250, 800, 40),
                line("名稱 杭州示例科技有限公司", 100, 320, 600, 40),
                line("類型 有限責任公司(自然人獨資)", 100, 380, 700, 40),
                line("法定代表人 張偉", 100, 440, 400, 40),
                line("註冊資本 壹佰萬元整", 100, 500, 450, 40),
                line("成立日期 2018年5月10日", 100, 560, 540, 40),
                line("營業期限 2018年05月10日至長期", 100, 620, 700, 40),
                line("住所 浙江省杭州市西湖區文三路100號", 100, 680, 800, 40),
                line("登記機關", 800, 1400, 160, 40),
                line("2020年6月1日", 800, 1500, 300, 40));
        Map<String, FieldRead> f = byName(EXTRACTOR.extract(page));
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo(CODE);
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("杭州示例科技有限公司");
        // values stay as printed; ComparableText compares them with the form
        assertThat(f.get(Fields.ENTERPRISE_TYPE).value()).isEqualTo("有限責任公司(自然人獨資)");
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).value()).isEqualTo("張偉");
        assertThat(f.get(Fields.REGISTERED_CAPITAL).value()).isEqualTo("壹佰萬元整");
        assertThat(f.get(Fields.ESTABLISHED_ON).value()).isEqualTo("2018-05-10");
        assertThat(f.get(Fields.TERM_TO).value()).isEqualTo(Fields.LONG_TERM_DATE);
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("浙江省杭州市西湖區文三路100號");
        assertThat(f.get(Fields.ISSUED_ON).value()).isEqualTo("2020-06-01");
    }

    /** An engine that reads label and value as one line, and even runs the two columns together. */
    @Test
    void twoColumnLicenceReadAsMergedLines() {
        PageText page = page(2000, 1400,
                line("营业执照", 850, 150, 300, 80),
                line("统一社会信用代码", 100, 300, 320, 40), line(CODE, 100, 345, 430, 36),
                line("证照编号：" + LICENCE_NUMBER, 1300, 300, 600, 40),
                line("名称 杭州示例科技有限公司", 100, 500, 520, 40), line("注册资本 壹佰万元整", 1050, 500, 400, 40),
                line("类型有限责任公司成立日期2018年05月10日", 100, 560, 1400, 40),
                line("法定代表人 张伟", 100, 620, 320, 40), line("营业期限 2018年05月10日至长期", 1050, 620, 600, 40),
                line("住所 浙江省杭州市西湖区", 1050, 680, 480, 40), line("文三路100号", 1250, 725, 260, 40),
                line("登记机关", 1300, 1100, 160, 40), line("2020年06月01日", 1300, 1210, 330, 40));
        Map<String, FieldRead> f = byName(EXTRACTOR.extract(page));
        assertThat(f.get(Fields.CREDIT_CODE).value()).isEqualTo(CODE);
        assertThat(f.get(Fields.ENTERPRISE_NAME).value()).isEqualTo("杭州示例科技有限公司");
        assertThat(f.get(Fields.REGISTERED_CAPITAL).value()).isEqualTo("壹佰万元整");
        assertThat(f.get(Fields.ENTERPRISE_TYPE).value()).isEqualTo("有限责任公司");
        assertThat(f.get(Fields.ESTABLISHED_ON).value()).isEqualTo("2018-05-10");
        assertThat(f.get(Fields.LEGAL_REPRESENTATIVE).value()).isEqualTo("张伟");
        assertThat(f.get(Fields.TERM_TO).value()).isEqualTo(Fields.LONG_TERM_DATE);
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("浙江省杭州市西湖区文三路100号");
        assertThat(f.get(Fields.ISSUED_ON).value()).isEqualTo("2020-06-01");
    }

    @Test
    void invalidDateIsUnreadWithItsReason() {
        PageText page = page(1200, 1700, line("名称 杭州示例科技有限公司", 100, 320, 600, 40),
                line("成立日期 2018年02月30日", 100, 560, 540, 40));
        Map<String, FieldRead> f = byName(EXTRACTOR.extract(page));
        assertThat(f.get(Fields.ESTABLISHED_ON).unreadReason()).isEqualTo("not a calendar date");
        assertThat(f.get(Fields.LICENCE_KIND).confidence()).isLessThanOrEqualTo(0.5);
        assertThat(f.get(Fields.ADDRESS).unreadReason()).isEqualTo("label not found");
    }

    private static Map<String, FieldRead> read(List<TextLine> lines) {
        return byName(EXTRACTOR.extract(page(2000, 1400, lines.toArray(TextLine[]::new))));
    }

    static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
