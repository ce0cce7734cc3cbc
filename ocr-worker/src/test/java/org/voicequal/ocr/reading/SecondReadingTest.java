package org.voicequal.ocr.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;

class SecondReadingTest {

    @Test
    void aGuessCutShortIsCompletedOnlyByAReadHoldingItsCharactersInOrderAndMore() {
        assertThat(SecondReading.completed("朱", "朱華")).contains("朱華");
        assertThat(SecondReading.completed("杭州示例科技有限公", "杭州示例科技有限公司")).contains("杭州示例科技有限公司");
        assertThat(SecondReading.completed("朱", "米華")).as("a character read differently").isEmpty();
        assertThat(SecondReading.completed("朱華", "朱華")).as("nothing more").isEmpty();
        assertThat(SecondReading.completed("丁辉志", "了丁辉志")).as("a speck at the crop's left edge").isEmpty();
        assertThat(SecondReading.completed("迪丽娜·阿不都", "迪和丽娜阿不都")).as("a middle dot read as a character").isEmpty();
    }

    @Test
    void aNameIsFilledInOnlyWithCharactersTheLeadCannotWriteAndOnlyWhenTheRestIsTheSame() {
        java.util.function.IntPredicate withoutZhu = c -> c != '諸';
        assertThat(SecondReading.filledIn("葛萍琪", "諸葛萍琪", withoutZhu)).contains("諸葛萍琪");
        assertThat(SecondReading.filledIn("葛萍琪", "诸葛萍琪", withoutZhu)).as("诸 the lead can write").isEmpty();
        assertThat(SecondReading.filledIn("葛平琪", "諸葛萍琪", withoutZhu)).as("another character differs too").isEmpty();
        assertThat(SecondReading.filledIn("諸葛萍琪", "諸葛萍琪", withoutZhu)).as("nothing added").isEmpty();
    }

    @Test
    void aCodeAgreesWhenTheCropHoldsItAsAWholeRunEvenWithOcrSpacesAndALabelPiece() {
        assertThat(SecondReading.valueIn(FieldKind.CODE, "91330106MA27U4KB9J", "码 9133 0106MA27 U4KB9J"))
                .hasValue("91330106MA27U4KB9J");
    }

    @Test
    void aCodeWithOneCharacterReadDifferentlyIsADifferentValue() {
        String other = SecondReading.valueIn(FieldKind.CODE, "91330106MA27U4KB9J", "91330106MA27U4K89J").orElseThrow();
        assertThat(SecondReading.same(FieldKind.CODE, "91330106MA27U4KB9J", other)).isFalse();
    }

    @Test
    void aCodeWithADroppedCharacterIsADifferentValueNotANonRead() {
        assertThat(SecondReading.valueIn(FieldKind.CODE, "330106198503150016", "33010619850315001"))
                .hasValue("33010619850315001");
    }

    @Test
    void nothingUsableInTheCropIsNoRead() {
        assertThat(SecondReading.valueIn(FieldKind.CODE, "330106198503150016", "号码")).isEmpty();
        assertThat(SecondReading.valueIn(FieldKind.DATE, "2018-05-10", "成立日期")).isEmpty();
        assertThat(SecondReading.valueIn(FieldKind.NAME, "张伟", "")).isEmpty();
    }

    @Test
    void datesAreComparedAsCalendarDatesWhateverTheirWriting() {
        assertThat(SecondReading.valueIn(FieldKind.DATE, "2018-05-10", "2018年5月10日")).hasValue("2018-05-10");
        assertThat(SecondReading.valueIn(FieldKind.DATE, "2035-03-01", "2015.03.01-2035.03.01")).hasValue("2035-03-01");
        assertThat(SecondReading.valueIn(FieldKind.DATE, "2018-05-10", "2018年05月11日")).hasValue("2018-05-11");
    }

    @Test
    void longTermAgreesOnlyWithLongTerm() {
        assertThat(SecondReading.valueIn(FieldKind.DATE, "LONG_TERM", "2015.03.01-長期")).hasValue("LONG_TERM");
        assertThat(SecondReading.valueIn(FieldKind.DATE, "2099-12-31", "2018年05月10日至长期")).hasValue("2099-12-31");
        assertThat(SecondReading.valueIn(FieldKind.DATE, "LONG_TERM", "2015.03.01-2035.03.01"))
                .hasValueSatisfying(v -> assertThat(v).isNotEqualTo("LONG_TERM"));
    }

    @Test
    void aStrayCharacterOffTheCropsEdgeIsNotPartOfTheName() {
        assertThat(SecondReading.valueIn(FieldKind.NAME, "胡海佳", "5胡海佳")).hasValue("胡海佳");
        assertThat(SecondReading.valueIn(FieldKind.NAME, "曾新琪", "1曾新琪")).hasValue("曾新琪");
        assertThat(SecondReading.valueIn(FieldKind.NAME, "冯佳国", "名冯佳国")).hasValue("冯佳国");
        assertThat(SecondReading.valueIn(FieldKind.NAME, "杭州示例科技有限公司", "杭州示例科技有限公司8")).hasValue("杭州示例科技有限公司");
        // a name that does end in a letter keeps it, and a misread stays a misread
        assertThat(SecondReading.valueIn(FieldKind.NAME, "ABC科技有限公司", "ABC科技有限公司")).hasValue("ABC科技有限公司");
        assertThat(SecondReading.valueIn(FieldKind.NAME, "冯佳国", "名冯侍国")).hasValue("冯侍国");
        assertThat(SecondReading.valueIn(FieldKind.NAME, "名扬", "名扬")).hasValue("名扬");
    }

    @Test
    void namesAreComparedScriptInsensitivelyWithoutTheClippedLabel() {
        String read = SecondReading.valueIn(FieldKind.NAME, "张伟", "姓名 張偉").orElseThrow();
        assertThat(SecondReading.same(FieldKind.NAME, "张伟", read)).isTrue();
        String company = SecondReading.valueIn(FieldKind.NAME, "杭州示例科技有限公司", "称：杭州示例科技有限公司").orElseThrow();
        assertThat(SecondReading.same(FieldKind.NAME, "杭州示例科技有限公司", company)).isTrue();
        String oneCharacterOff = SecondReading.valueIn(FieldKind.NAME, "张伟", "张玮").orElseThrow();
        assertThat(SecondReading.same(FieldKind.NAME, "张伟", oneCharacterOff)).isFalse();
    }

    @Test
    void freeTextIsNeverCrossCheckedByALineCrop() {
        assertThat(SecondReading.valueIn(FieldKind.TEXT, "浙江省杭州市西湖区文三路100号", "浙江省杭州市西湖区文三路100号")).isEmpty();
    }

    @Test
    void aReadWithFewerCharactersThanTheLeadsIsIncompleteOneThatDiffersIsNot() {
        assertThat(SecondReading.incomplete(FieldKind.NAME, "曾新琪", java.util.Optional.of("新琪"))).isTrue();
        assertThat(SecondReading.incomplete(FieldKind.NAME, "曾新琪", java.util.Optional.empty())).isTrue();
        assertThat(SecondReading.incomplete(FieldKind.NAME, "蔡晨文", java.util.Optional.of("化晨文"))).isFalse();
        assertThat(SecondReading.incomplete(FieldKind.CODE, "330106198503150016",
                java.util.Optional.of("33010619850315001"))).isTrue();
        assertThat(SecondReading.incomplete(FieldKind.DATE, "2018-05-10", java.util.Optional.of("2018-05-16"))).isFalse();
    }

    @Test
    void aMinorityNameAgreesWithoutItsMiddleDotButNotWithAnotherCharacter() {
        assertThat(SecondReading.same(FieldKind.NAME, "热依拉·吐尔逊", "热依拉吐尔逊")).isTrue();
        assertThat(SecondReading.same(FieldKind.NAME, "热依拉·吐尔逊", "热依拉吐尔过")).isFalse();
        assertThat(SecondReading.same(FieldKind.NAME, "热依拉·吐尔逊", "吐尔逊")).isFalse();
    }

    @Test
    void editsCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(SecondReading.edits("91330212640486Q320", "91330212640486Q32C")).isEqualTo(1);
        assertThat(SecondReading.edits("991820508N80902836G", "91320508N80902836G")).isEqualTo(2);
        assertThat(SecondReading.edits("", "abc")).isEqualTo(3);
        assertThat(SecondReading.edits("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void aNearMissIsRescuedOnlyByACheckedCodeOfItsOwnKindCloseToIt() {
        org.voicequal.ocr.engine.Box box = new org.voicequal.ocr.engine.Box(10, 10, 300, 30);
        FieldRead idNearMiss = FieldRead.nearMiss(Fields.ID_NUMBER, "check character failed (GB 11643)", box,
                "420111199108136853");
        org.voicequal.ocr.engine.TextLine second = new org.voicequal.ocr.engine.TextLine("420111 199108136852", box, 0.93);
        org.voicequal.ocr.engine.TextLine garbled = new org.voicequal.ocr.engine.TextLine("42011119910813685", box, 0.93);

        assertThat(SecondReading.rescued(idNearMiss, second)).hasValueSatisfying(read -> {
            assertThat(read.value()).isEqualTo("420111199108136852");
            assertThat(read.confidence()).isLessThanOrEqualTo(0.5);
            assertThat(read.box()).isEqualTo(box);
        });
        assertThat(SecondReading.rescued(idNearMiss, garbled)).isEmpty();
        assertThat(SecondReading.rescued(FieldRead.nearMiss(Fields.MOBILE, "no check", box, "1381234567"), second))
                .as("a mobile number has no check that could license a rescue").isEmpty();
    }
}
