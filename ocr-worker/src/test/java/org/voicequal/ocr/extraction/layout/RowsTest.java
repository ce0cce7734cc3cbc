package org.voicequal.ocr.extraction.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.TextLine;

class RowsTest {

    /** Two label–value rows of a two-column page, as printed: no skew. */
    private static List<TextLine> level() {
        return List.of(line("名称", 100, 400, 80, 34), line("杭州示例科技有限公司", 260, 400, 330, 34),
                line("注册资本", 720, 400, 120, 34), line("人民币100万元", 880, 400, 200, 34),
                line("类型", 100, 460, 80, 34), line("有限责任公司", 260, 460, 200, 34),
                line("成立日期", 720, 460, 120, 34), line("2019年08月19日", 880, 460, 200, 34));
    }

    /** The same rows turned by {@code slope} about the page's left edge, as a scan a little askew. */
    private static List<TextLine> turned(double slope) {
        return level().stream().map(l -> line(l.text(), l.box().x(),
                (int) Math.round(l.box().y() + slope * l.box().centerX()), l.box().width(), l.box().height())).toList();
    }

    @Test
    void aLevelPageHasNoSkew() {
        assertThat(Rows.skew(level())).isZero();
    }

    @Test
    void aTurnedPagesSkewIsMeasuredFromNeighbouringLines() {
        assertThat(Rows.skew(turned(-0.022))).isBetween(-0.026, -0.018);
        assertThat(Rows.skew(turned(0.06))).as("never steeper than a few degrees").isEqualTo(Rows.MAX_SLOPE);
    }

    @Test
    void onAPageTurnedByAboutADegreeEachLabelSharesItsRowWithItsValueAndTheColumnBeyond() {
        // at -0.022 the right column sits 20 pixels higher than the labels: more than half a line
        List<Row> rows = Rows.of(turned(-0.022));

        assertThat(rows).extracting(r -> r.lines().stream().map(TextLine::text).toList()).containsExactly(
                List.of("名称", "杭州示例科技有限公司", "注册资本", "人民币100万元"),
                List.of("类型", "有限责任公司", "成立日期", "2019年08月19日"));
    }

    private static TextLine line(String text, int x, int y, int width, int height) {
        return new TextLine(text, new Box(x, y, width, height), 0.99);
    }
}
