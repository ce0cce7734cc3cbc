package org.voicequal.ocr.extraction;

import org.voicequal.schemas.Fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.ocr.extraction.Pages.byName;
import static org.voicequal.ocr.extraction.Pages.line;
import static org.voicequal.ocr.extraction.Pages.mrzCheck;
import static org.voicequal.ocr.extraction.Pages.page;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.engine.PageText;

/** A passport arriving as the legal representative's front: read from its TD3 machine-readable zone. */
class PassportExtractorTest {

    static final String TOP = pad("P<CHNZHANG<<WEI");
    static final String BOTTOM = bottom("E12345678", "850315", "300101");

    static String pad(String text) {
        return text + "<".repeat(44 - text.length());
    }

    static String bottom(String number, String birth, String expiry) {
        String personal = "<".repeat(14);
        String line = number + mrzCheck(number) + "CHN" + birth + mrzCheck(birth) + "M" + expiry + mrzCheck(expiry)
                + personal + mrzCheck(personal);
        String composite = line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43);
        return line + mrzCheck(composite);
    }

    static PageText passport(String top, String bottom) {
        return page(1250, 880, line("中华人民共和国护照", 300, 60, 500, 40), line("PASSPORT", 300, 110, 240, 36),
                line("姓名/Name 张伟 ZHANG WEI", 400, 300, 520, 36),
                line(top, 60, 720, 1130, 44), line(bottom, 60, 790, 1130, 44));
    }

    /** A data page whose visual zone the engine did not read: the machine-readable zone alone. */
    static PageText zoneOnly(String top, String bottom) {
        return page(1250, 880, line("PASSPORT", 300, 110, 240, 36), line(top, 60, 720, 1130, 44),
                line(bottom, 60, 790, 1130, 44));
    }

    @Test
    void cleanZone() {
        assertThat(BOTTOM).hasSize(44);
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_FRONT)
                .extract(passport(TOP, BOTTOM)));
        assertThat(f.keySet()).containsExactly(Fields.PASSPORT_NUMBER, Fields.NAME, Fields.SEX, Fields.NATIONALITY,
                Fields.BIRTH_DATE, Fields.EXPIRES_ON);
        assertThat(f.get(Fields.PASSPORT_NUMBER).value()).isEqualTo("E12345678");
        assertThat(f.get(Fields.PASSPORT_NUMBER).confidence()).isEqualTo(Pages.CONFIDENCE, within());
        // the name the application types: the Hanzi of the visual zone, not the zone's pinyin
        assertThat(f.get(Fields.NAME).value()).isEqualTo("张伟");
        assertThat(f.get(Fields.SEX).value()).isEqualTo("男");
        assertThat(f.get(Fields.NATIONALITY).value()).isEqualTo("CHN");
        assertThat(f.get(Fields.BIRTH_DATE).value()).isEqualTo("1985-03-15");
        assertThat(f.get(Fields.EXPIRES_ON).value()).isEqualTo("2030-01-01");
    }

    @Test
    void fillersReadAsKGuillemetsAndSpaces() {
        String top = "P<CHNZHANG«WEI" + "<".repeat(20) + "KKKK" + "<<<<<<";
        String bottom = BOTTOM.substring(0, 28) + "KK<<<<  <<<<<<" + BOTTOM.substring(42);
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_FRONT)
                .extract(zoneOnly(top, bottom)));
        assertThat(f.get(Fields.NAME).value()).isEqualTo("ZHANG WEI");
        assertThat(f.get(Fields.PASSPORT_NUMBER).value()).isEqualTo("E12345678");
        assertThat(f.get(Fields.BIRTH_DATE).value()).isEqualTo("1985-03-15");
        assertThat(f.get(Fields.EXPIRES_ON).value()).isEqualTo("2030-01-01");
    }

    @Test
    void spacesInsertedByOcrAreDropped() {
        String bottom = BOTTOM.substring(0, 10) + " " + BOTTOM.substring(10, 20) + " " + BOTTOM.substring(20);
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_FRONT)
                .extract(passport(TOP, bottom)));
        assertThat(f.get(Fields.NATIONALITY).value()).isEqualTo("CHN");
        assertThat(f.get(Fields.BIRTH_DATE).value()).isEqualTo("1985-03-15");
    }

    @Test
    void letterOInADateIsRepairedByItsCheckDigitAtLowerConfidence() {
        String bottom = BOTTOM.substring(0, 15) + "O" + BOTTOM.substring(16); // 850315 read as 85O315
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_FRONT)
                .extract(passport(TOP, bottom)));
        assertThat(f.get(Fields.BIRTH_DATE).value()).isEqualTo("1985-03-15");
        assertThat(f.get(Fields.BIRTH_DATE).confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void wrongDigitFailsItsCheck() {
        String bottom = BOTTOM.substring(0, 22) + (BOTTOM.charAt(22) == '1' ? '2' : '1') + BOTTOM.substring(23);
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_FRONT)
                .extract(passport(TOP, bottom)));
        assertThat(f.get(Fields.EXPIRES_ON).unreadReason()).isEqualTo("check digit failed (ICAO 9303)");
        assertThat(f.get(Fields.BIRTH_DATE).isRead()).isTrue();
    }

    @Test
    void icaoSpecimenVerifies() {
        // the specimen of ICAO Doc 9303 part 4, with its published check digits
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_FRONT)
                .extract(zoneOnly("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                        "L898902C<3UTO6908061F9406236ZE184226B<<<<<14")));
        assertThat(f.get(Fields.PASSPORT_NUMBER).value()).isEqualTo("L898902C");
        assertThat(f.get(Fields.NAME).value()).isEqualTo("ERIKSSON ANNA MARIA");
        assertThat(f.get(Fields.SEX).value()).isEqualTo("女");
        assertThat(f.get(Fields.NATIONALITY).value()).isEqualTo("UTO");
        assertThat(f.get(Fields.BIRTH_DATE).value()).isEqualTo("1969-08-06");
        assertThat(f.get(Fields.EXPIRES_ON).value()).isEqualTo("1994-06-23");
    }

    @Test
    void briefsExampleLineDoesNotVerify() {
        // E12345678 checks to 2, 850315 to 0, 300101 to 9: the illustrative line's digits are not real ones
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_FRONT)
                .extract(passport(TOP, "E123456785CHN8503157M3001012<<<<<<<<<<<<<<02")));
        assertThat(f.get(Fields.PASSPORT_NUMBER).isRead()).isFalse();
        assertThat(f.get(Fields.BIRTH_DATE).isRead()).isFalse();
        assertThat(f.get(Fields.NATIONALITY).value()).isEqualTo("CHN");
    }

    /**
     * What PP-OCR read on a generated data page (0045 of the corpus): each label on its own line, the name's Hanzi and
     * pinyin as two boxes, the zone's C as the Celsius sign, and a first zone line with 0 for O.
     */
    @Test
    void visualZoneAsTheEngineReadsIt() {
        String bottom = bottom("E34867122", "781005", "300627");
        PageText page = page(1476, 1039, line("姓名/Name", 459, 231, 114, 23), line("梁子敏", 460, 264, 109, 36),
                line("LIANG, ZIMIN", 722, 270, 195, 27), line("性别/Sex", 460, 340, 88, 24),
                line("国籍/Nationality", 701, 340, 159, 26), line("男/M", 460, 373, 75, 31),
                line("中国/CHINESE", 702, 374, 200, 29), line("P<CHNLIANG<<ZIM1N<<<<<<<<<<", 164, 881, 518, 33),
                line(bottom.substring(0, 10) + "℃" + bottom.substring(11), 213, 941, 1051, 30));
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_FRONT).extract(page));
        assertThat(f.get(Fields.NAME).value()).isEqualTo("梁子敏");
        assertThat(f.get(Fields.SEX).value()).isEqualTo("男");
        assertThat(f.get(Fields.SEX).confidence()).isEqualTo(Pages.CONFIDENCE, within());
        assertThat(f.get(Fields.NATIONALITY).value()).isEqualTo("CHN");
        assertThat(f.get(Fields.NATIONALITY).confidence()).isEqualTo(Pages.CONFIDENCE, within());
        assertThat(f.get(Fields.PASSPORT_NUMBER).value()).isEqualTo("E34867122");

        Map<String, FieldRead> zoneAlone = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_FRONT)
                .extract(zoneOnly("P<CHNGU0<<T0NGGU0<<<<<<<<<<<<<<<<<<<<<<<<<<<", bottom)));
        assertThat(zoneAlone.get(Fields.NAME).value()).isEqualTo("GUO TONGGUO");
    }

    @Test
    void sexPrintedAndInTheZoneDisagreeingIsNeverSure() {
        String female = bottom("E34867122", "781005", "300627").replace("M300627", "F300627");
        PageText page = page(1476, 1039, line("性别/Sex", 460, 340, 88, 24), line("男/M", 460, 373, 75, 31),
                line(TOP, 60, 880, 1130, 44), line(female, 60, 941, 1130, 44));
        FieldRead sex = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_FRONT).extract(page)).get(Fields.SEX);
        assertThat(sex.value()).isEqualTo("男");
        assertThat(sex.confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void withoutZoneTheFrontIsReadAsAnIdCard() {
        Map<String, FieldRead> f = byName(Extractors.forType(DocumentType.LEGAL_REP_ID_FRONT)
                .extract(IdCardExtractorTest.front("姓名 张伟", "出生 1985年3月15日", IdCardExtractorTest.NUMBER)));
        assertThat(f).containsKey(Fields.ID_NUMBER).doesNotContainKey(Fields.PASSPORT_NUMBER);
    }

    static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
