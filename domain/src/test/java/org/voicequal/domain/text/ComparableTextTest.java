package org.voicequal.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.junit.jupiter.api.Test;

class ComparableTextTest {

    @Test
    void fullWidthSpaceAndOrdinarySpacesDoNotMatter() {
        assertThat(ComparableText.same("杭州示例科技有限公司", "杭州示例\u3000科技有限公司")).isTrue();
        assertThat(ComparableText.same("杭州 示例科技 有限公司", "杭州示例科技有限公司")).isTrue();
    }

    @Test
    void variantFormsOfOneCharacterAreTheSameButLookAlikesAreNot() {
        assertThat(ComparableText.same("成都金橋瑞豐文化傳媒有限公司", "成都金橋瑞豊文化傳媒有限公司")).isTrue();
        assertThat(ComparableText.same("星辰華瑞貿易有限公司", "星辰崋瑞貿易有限公司")).isTrue();
        // 鳥 (bird) read for 烏 (crow) is a misread, not a variant: it must never make a wrong value agree
        assertThat(ComparableText.same("烏魯木齊", "鳥魯木齊")).isFalse();
    }

    @Test
    void traditionalAndSimplifiedWithEitherBracketsAreTheSame() {
        assertThat(ComparableText.same("有限責任公司(自然人獨資)", "有限责任公司（自然人独资）")).isTrue();
        assertThat(ComparableText.same("有限责任公司【自然人独资】", "有限责任公司[自然人独资]")).isTrue();
        assertThat(ComparableText.of("有限責任公司（自然人獨資）")).isEqualTo("有限责任公司(自然人独资)");
    }

    @Test
    void namesInEitherScript() {
        assertThat(ComparableText.same("張偉", "张伟")).isTrue();
        assertThat(ComparableText.same("陳", "陈")).isTrue();
    }

    @Test
    void oneCharacterDifferenceStaysDifferent() {
        assertThat(ComparableText.same("张伟", "张玮")).isFalse();
        assertThat(ComparableText.same("杭州示例科技有限公司", "杭州示列科技有限公司")).isFalse();
    }

    @Test
    void openCcFoldsSomeSurnamesAndKeepsOthers() {
        // relied upon and documented: 於 folds into 于, 乾 is not folded into 干
        assertThat(ComparableText.same("於丹", "于丹")).isTrue();
        assertThat(ComparableText.same("乾隆", "干隆")).isFalse();
        assertThat(ComparableText.same("鍾明", "钟明")).isTrue();
    }

    @Test
    void middleDotsLatinCaseAndFullWidthLatin() {
        assertThat(ComparableText.same("买买提•艾力", "买买提·艾力")).isTrue();
        assertThat(ComparableText.same("买买提‧艾力", "买买提・艾力")).isTrue();
        assertThat(ComparableText.same("ＡＢＣ科技有限公司", "abc科技有限公司")).isTrue();
        assertThat(ComparableText.same("杭州１号", "杭州1号")).isTrue();
    }

    @Test
    void blankIsNeverTheSame() {
        assertThat(ComparableText.same(null, null)).isFalse();
        assertThat(ComparableText.same(" ", "")).isFalse();
        assertThat(ComparableText.of(null)).isEmpty();
    }

    @Test
    void foldKeepsPositions() {
        String line = "名　稱：杭州（示例）";
        assertThat(ComparableText.fold(line)).hasSize(line.length()).isEqualTo("名 称:杭州(示例)");
    }

    @Test
    void aCharacterWithoutAnOpenCcEntryIsItsOwnSimplifiedForm() {
        int skipped = 0;
        int[][] ranges = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0xFF00, 0xFFEF}};
        for (int[] range : ranges) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                if (!ComparableText.convertible(cp)) {
                    String one = new String(Character.toChars(cp));
                    assertThat(ZhConverterUtil.toSimple(one)).as("U+%04X", cp).isEqualTo(one);
                    skipped++;
                }
            }
        }
        assertThat(skipped).as("most characters need no conversion").isGreaterThan(20_000);
        assertThat(ComparableText.convertible("華".codePointAt(0))).isTrue();
        for (String text : new String[] {"臺灣銀行股份有限公司", "乾燥", "華為技術", "杭州示例科技有限公司", "發展"}) {
            assertThat(ComparableText.of(text)).as(text).isEqualTo(ZhConverterUtil.toSimple(text));
        }
    }
}
