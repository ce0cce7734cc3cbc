package org.voicequal.ocr.extraction;

import org.voicequal.schemas.Fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.ocr.extraction.Pages.at;
import static org.voicequal.ocr.extraction.Pages.byName;
import static org.voicequal.ocr.extraction.Pages.idNumber;
import static org.voicequal.ocr.extraction.Pages.line;
import static org.voicequal.ocr.extraction.Pages.page;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.engine.PageText;

class IdCardExtractorTest {

    static final String NUMBER = idNumber("33010619850315123");

    /** A flat card photographed at 856x540. */
    static PageText front(String nameLine, String birth, String number) {
        return page(856, 540,
                line(nameLine, 60, 50, 200, 36),
                line("性别 男  民族 汉", 60, 110, 330, 32),
                line(birth, 60, 165, 360, 32),
                line("住址 浙江省杭州市西湖区", 60, 220, 420, 32), line("文三路100号", 130, 260, 220, 32),
                at("公民身份号码", 60, 440), line(number, 320, 440, 460, 40));
    }

    @Test
    void portraitSide() {
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.ADMIN_ID_FRONT)
                .extract(front("姓名 张伟", "出生 1985年3月15日", NUMBER)));
        assertThat(f.keySet()).containsExactly(Fields.NAME, Fields.SEX, Fields.ETHNICITY, Fields.BIRTH_DATE,
                Fields.ADDRESS, Fields.ID_NUMBER);
        assertThat(f.get(Fields.NAME).value()).isEqualTo("张伟");
        assertThat(f.get(Fields.SEX).value()).isEqualTo("男");
        assertThat(f.get(Fields.ETHNICITY).value()).isEqualTo("汉");
        assertThat(f.get(Fields.BIRTH_DATE).value()).isEqualTo("1985-03-15");
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("浙江省杭州市西湖区文三路100号");
        assertThat(f.get(Fields.ID_NUMBER).value()).isEqualTo(NUMBER);
        assertThat(f.get(Fields.ID_NUMBER).confidence()).isEqualTo(Pages.CONFIDENCE, within());
        assertThat(f.get(Fields.BIRTH_DATE).confidence()).isEqualTo(Pages.CONFIDENCE, within());
    }

    @Test
    void aStrayCharacterReadBeforeTheProvinceIsNotPartOfTheAddressButACityFirstAddressIsKeptWhole() {
        PageText stray = page(856, 540, line("姓名 张伟", 60, 50, 200, 36),
                line("住址 上山东省济南市历下区", 60, 220, 420, 32), line("建设路983号", 130, 260, 220, 32));
        PageText cityFirst = page(856, 540, line("姓名 张伟", 60, 50, 200, 36),
                line("住址 青岛市市南区香港中路", 60, 220, 420, 32), line("8号", 130, 260, 220, 32));
        PageText country = page(856, 540, line("姓名 张伟", 60, 50, 200, 36),
                line("住址 中国山东省济南市", 60, 220, 420, 32));

        assertThat(byName(Extractors.forType(DocumentType.ADMIN_ID_FRONT).extract(stray)).get(Fields.ADDRESS).value())
                .isEqualTo("山东省济南市历下区建设路983号");
        assertThat(byName(Extractors.forType(DocumentType.ADMIN_ID_FRONT).extract(cityFirst)).get(Fields.ADDRESS).value())
                .isEqualTo("青岛市市南区香港中路8号");
        assertThat(byName(Extractors.forType(DocumentType.ADMIN_ID_FRONT).extract(country)).get(Fields.ADDRESS).value())
                .isEqualTo("中国山东省济南市");
    }

    @Test
    void aSingleHanziInABoxWithRoomForMoreIsANameCutShortKeptAsAGuessAndInATightBoxIsNoName() {
        PageText roomy = page(856, 540, line("姓名", 60, 50, 80, 36), line("朱", 160, 50, 74, 40));
        PageText tight = page(856, 540, line("姓名", 60, 50, 80, 36), line("朱", 160, 50, 40, 40));

        FieldRead cutShort = byName(Extractors.forType(DocumentType.ADMIN_ID_FRONT).extract(roomy)).get(Fields.NAME);
        FieldRead alone = byName(Extractors.forType(DocumentType.ADMIN_ID_FRONT).extract(tight)).get(Fields.NAME);

        assertThat(cutShort.value()).isEqualTo("朱");
        assertThat(cutShort.confidence()).isLessThanOrEqualTo(0.5);
        assertThat(alone.isRead()).isFalse();
    }

    @Test
    void birthDateDisagreeingWithTheNumberLowersBoth() {
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.ADMIN_ID_FRONT)
                .extract(front("姓名 张伟", "出生 1985年3月16日", NUMBER)));
        assertThat(f.get(Fields.BIRTH_DATE).confidence()).isLessThanOrEqualTo(0.5);
        assertThat(f.get(Fields.ID_NUMBER).confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void minorityNameWithMiddleDotAndNumberWithSpaces() {
        String spaced = NUMBER.substring(0, 6) + " " + NUMBER.substring(6, 14) + " " + NUMBER.substring(14);
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_FRONT)
                .extract(front("姓名 买买提·艾力", "出生 1985年03月15日", spaced)));
        assertThat(f.get(Fields.NAME).value()).isEqualTo("买买提·艾力");
        assertThat(f.get(Fields.ID_NUMBER).value()).isEqualTo(NUMBER);
    }

    @Test
    void checkCharacterXReadAsMultiplicationSignIsRepairedAtLowerConfidence() {
        String withX = idNumber("11010519491231002");
        assertThat(withX).endsWith("X");
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.ADMIN_ID_FRONT)
                .extract(front("姓名 张伟", "出生 1949年12月31日", withX.replace('X', '×'))));
        assertThat(f.get(Fields.ID_NUMBER).value()).isEqualTo(withX);
        assertThat(f.get(Fields.ID_NUMBER).confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void wrongCheckCharacterIsUnread() {
        String wrong = NUMBER.substring(0, 17) + (NUMBER.charAt(17) == '1' ? '2' : '1');
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.ADMIN_ID_FRONT)
                .extract(front("姓名 张伟", "出生 1985年3月15日", wrong)));
        assertThat(f.get(Fields.ID_NUMBER).unreadReason()).isEqualTo("check character failed (GB 11643)");
    }

    @Test
    void nameHoldingALabelIsUnread() {
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.ADMIN_ID_FRONT)
                .extract(front("姓名", "出生 1985年3月15日", NUMBER)));
        assertThat(f.get(Fields.NAME).isRead()).isFalse();
    }

    /** The card held in a hand-held photo: small, slightly tilted, labels without spaces, the number lower. */
    @Test
    void cardHeldInHand() {
        PageText page = page(1920, 1080,
                line("姓名张伟", 700, 400, 110, 20),
                line("性别男民族汉", 702, 432, 160, 20),
                line("出生1985年3月15日", 704, 462, 220, 20),
                line("住址浙江省杭州市西湖区", 706, 492, 260, 20), line("文三路100号", 740, 514, 150, 20),
                line("公民身份号码", 712, 600, 130, 20),
                line(NUMBER.substring(0, 9) + " " + NUMBER.substring(9), 860, 611, 300, 22));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.ADMIN_ID_IN_HAND).extract(page));
        assertThat(f.get(Fields.NAME).value()).isEqualTo("张伟");
        assertThat(f.get(Fields.SEX).value()).isEqualTo("男");
        assertThat(f.get(Fields.ETHNICITY).value()).isEqualTo("汉");
        assertThat(f.get(Fields.BIRTH_DATE).value()).isEqualTo("1985-03-15");
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("浙江省杭州市西湖区文三路100号");
        assertThat(f.get(Fields.ID_NUMBER).value()).isEqualTo(NUMBER);
    }

    /**
     * A held card whose label was read and whose number was not detected at all (corpus 0087): unread, with the box
     * to the label's right where the number is printed, for the second engine to read.
     */
    @Test
    void aHeldCardsNumberNotDetectedBesideItsLabelIsANearMissToTheLabelsRight() {
        PageText page = page(1920, 1080, line("姓名张伟", 700, 400, 110, 20), line("出生1985年3月15日", 704, 462, 220, 20),
                line("公民身份号码", 712, 600, 130, 20));
        FieldRead number = byName(Extractors.forType(DocumentType.ADMIN_ID_IN_HAND).extract(page)).get(Fields.ID_NUMBER);
        assertThat(number.isRead()).isFalse();
        assertThat(number.isNearMiss()).isTrue();
        assertThat(number.box().x()).isGreaterThanOrEqualTo(712 + 130);
        assertThat(number.box().width()).as("18 digits are about three times the label's width").isGreaterThan(3 * 130);
        assertThat(number.box().y()).isLessThan(600);
        assertThat(number.box().bottom()).isGreaterThan(620);
    }

    /** 姓名 read as 名 merged with the name (corpus 0167, 0201): the name, as a guess. */
    @Test
    void aHeldCardsNameWhoseLabelLostItsFirstCharacter() {
        PageText page = page(1194, 895, line("名叶慧", 477, 593, 81, 33), line("民宾汉", 579, 608, 68, 32),
                line("2002年10月16日", 532, 635, 136, 41), line("上海市城东新区中山北路35", 541, 658, 156, 46));
        FieldRead name = byName(Extractors.forType(DocumentType.ADMIN_ID_IN_HAND).extract(page)).get(Fields.NAME);
        assertThat(name.value()).isEqualTo("叶慧");
        assertThat(name.confidence()).as("a label read in part").isLessThanOrEqualTo(0.5);
    }

    /**
     * What PP-OCR read on two scanned hand-held cards of the corpus (0055, 0068): the small labels' heads lost and
     * merged with their values (别女, 民汉, 址广东省…), or every label lost. The values are taken, never as sure; a
     * sex nowhere printed comes from the number's 17th digit.
     */
    @Test
    void handHeldCardWhoseLabelsLostTheirHeads() {
        String number = idNumber("44030519780104828");
        PageText page = page(1180, 885, line("姓名谢英平", 401, 497, 105, 28), line("别女", 400, 530, 116, 28),
                line("民汉", 505, 539, 76, 25), line("出生1978年1月4日", 398, 561, 197, 36),
                line("址广东省深圳市南山区学院路8", 394, 593, 230, 36), line("41号科技园4幢818室", 444, 617, 131, 28),
                line("民身份号码", 396, 689, 67, 21), line(number, 496, 695, 157, 31));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.ADMIN_ID_IN_HAND).extract(page));
        assertThat(f.get(Fields.SEX).value()).isEqualTo("女");
        assertThat(f.get(Fields.SEX).confidence()).isLessThanOrEqualTo(0.5);
        assertThat(f.get(Fields.ETHNICITY).value()).isEqualTo("汉");
        assertThat(f.get(Fields.ADDRESS).value()).isEqualTo("广东省深圳市南山区学院路841号科技园4幢818室");
        assertThat(f.get(Fields.ADDRESS).confidence()).isLessThanOrEqualTo(0.5);

        String male = idNumber("33021219841221955");
        Map<String, FieldRead> unlabelled = byName(Extractors.forType(DocumentType.ADMIN_ID_IN_HAND).extract(page(
                1122, 864, line("徐杰", 411, 507, 45, 22), line("1994年12月21日", 421, 537, 113, 35),
                line(male, 482, 609, 126, 36))));
        assertThat(unlabelled.get(Fields.SEX).value()).isEqualTo("男");
        assertThat(unlabelled.get(Fields.SEX).confidence()).isLessThanOrEqualTo(0.5);
        assertThat(unlabelled.get(Fields.SEX).box()).isNull();
    }

    @Test
    void emblemSideDated() {
        PageText page = page(856, 540, line("中华人民共和国", 300, 60, 300, 40), line("居民身份证", 280, 120, 340, 50),
                line("签发机关 杭州市公安局西湖分局", 150, 380, 520, 32),
                line("有效期限 2015.03.01 — 2035.03.01", 150, 440, 560, 32));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.ADMIN_ID_BACK).extract(page));
        assertThat(f.keySet()).containsExactly(Fields.ISSUER, Fields.VALID_FROM, Fields.VALID_TO);
        assertThat(f.get(Fields.ISSUER).value()).isEqualTo("杭州市公安局西湖分局");
        assertThat(f.get(Fields.VALID_FROM).value()).isEqualTo("2015-03-01");
        assertThat(f.get(Fields.VALID_TO).value()).isEqualTo("2035-03-01");
    }

    @Test
    void emblemSideLongTermInTraditional() {
        PageText page = page(856, 540, line("簽發機關 杭州市公安局", 150, 380, 420, 32),
                at("有效期限", 150, 440), line("2015.03.01-長期", 330, 442, 300, 32));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_BACK).extract(page));
        assertThat(f.get(Fields.ISSUER).value()).isEqualTo("杭州市公安局");
        assertThat(f.get(Fields.VALID_FROM).value()).isEqualTo("2015-03-01");
        assertThat(f.get(Fields.VALID_TO).value()).isEqualTo(Fields.LONG_TERM);
    }

    @Test
    void emblemSideWithTildeAndInvalidEnd() {
        PageText page = page(856, 540, line("签发机关 杭州市公安局", 150, 380, 420, 32),
                line("有效期限 2015.03.01~2035.02.30", 150, 440, 560, 32));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.ADMIN_ID_BACK).extract(page));
        assertThat(f.get(Fields.VALID_FROM).value()).isEqualTo("2015-03-01");
        assertThat(f.get(Fields.VALID_TO).unreadReason()).isEqualTo("not a calendar date");
    }

    static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
