package org.voicequal.ocr.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.ocr.extraction.Pages.at;
import static org.voicequal.ocr.extraction.Pages.line;
import static org.voicequal.ocr.extraction.Pages.page;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.extraction.layout.Layout;
import org.voicequal.ocr.extraction.layout.Span;

class LayoutTest {

    private static final List<String> LABELS = List.of("名称", "类型", "住所", "法定代表人", "注册资本");

    @Test
    void spacedOutLabelOnItsOwnLineWithTheValueInTheSameLine() {
        PageText page = page(1200, 800, line("名 称：杭州示例科技有限公司", 100, 100, 560, 40));
        Span value = Layout.of(page, LABELS).valueOf(false, "名称").orElseThrow();
        assertThat(value.text()).isEqualTo("杭州示例科技有限公司");
        assertThat(value.evidence()).isEqualTo("名 称：杭州示例科技有限公司");
    }

    @Test
    void labelSplitIntoTwoBoxesAndValueInTheNextBoxToTheRight() {
        PageText page = page(1200, 800, at("名", 100, 100), at("称", 180, 102), at("杭州示例科技有限公司", 300, 98),
                at("类", 100, 160), at("型", 180, 160), at("有限责任公司", 300, 160));
        Layout layout = Layout.of(page, LABELS);
        assertThat(layout.valueOf(false, "名称").orElseThrow().text()).isEqualTo("杭州示例科技有限公司");
        assertThat(layout.valueOf(false, "类型").orElseThrow().text()).isEqualTo("有限责任公司");
    }

    @Test
    void traditionalLabelsAreFound() {
        PageText page = page(1200, 800, at("名稱", 100, 100), at("杭州示例科技有限公司", 300, 100),
                at("類　型", 100, 160), at("有限責任公司", 300, 160));
        Layout layout = Layout.of(page, LABELS);
        assertThat(layout.valueOf(false, "名称").orElseThrow().text()).isEqualTo("杭州示例科技有限公司");
        assertThat(layout.valueOf(false, "类型").orElseThrow().text()).isEqualTo("有限責任公司");
    }

    @Test
    void multiLineValueJoinsAlignedLinesUntilTheNextLabel() {
        PageText page = page(1200, 800, at("住所", 100, 100), at("浙江省杭州市西湖区", 300, 100),
                at("文三路100号", 300, 145), at("法定代表人", 100, 200), at("张伟", 300, 200));
        Span value = Layout.of(page, LABELS).valueOf(true, "住所").orElseThrow();
        assertThat(value.text()).isEqualTo("浙江省杭州市西湖区文三路100号");
        assertThat(value.evidence()).isEqualTo("浙江省杭州市西湖区\n文三路100号");
        assertThat(value.box()).isEqualTo(new Box(300, 100, 360, 85));
    }

    @Test
    void wrappedNameInTheLeftColumnStopsAtTheRightColumnAndTheNextLabel() {
        PageText page = page(2000, 800, at("名称", 100, 100), at("杭州示例科技发展", 300, 100),
                at("注册资本", 1050, 100), at("壹佰万元整", 1250, 100),
                at("有限公司", 300, 145), at("浙江省杭州市", 1250, 145),
                at("类型", 100, 200), at("有限责任公司", 300, 200));
        Span value = Layout.of(page, LABELS).valueOf(true, "名称").orElseThrow();
        assertThat(value.text()).isEqualTo("杭州示例科技发展有限公司");
    }

    @Test
    void valueStopsAtTheNextLabelOnTheSameLine() {
        PageText page = page(2000, 800, line("名称 杭州示例科技有限公司 注册资本 壹佰万元整", 100, 100, 1500, 40));
        Layout layout = Layout.of(page, LABELS);
        assertThat(layout.valueOf(false, "名称").orElseThrow().text()).isEqualTo("杭州示例科技有限公司");
        assertThat(layout.valueOf(false, "注册资本").orElseThrow().text()).isEqualTo("壹佰万元整");
    }

    @Test
    void subBoxIsEstimatedByCharacterPositionAndConfidenceIsTheValuesLowest() {
        // "名称：" is 3 of 13 characters: the value starts 3/13 of the way along the line
        PageText page = page(1200, 800, line("名称：杭州示例科技有限公司", 100, 100, 520, 40, 1, 0.2f));
        Span value = Layout.of(page, LABELS).valueOf(false, "名称").orElseThrow();
        assertThat(value.box()).isEqualTo(new Box(220, 100, 400, 40));
        assertThat(value.confidence()).isEqualTo(Pages.CONFIDENCE, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void separatorOnTheLabelsLineAndTheValueFarToTheRight() {
        PageText page = page(2000, 800, at("名称：", 100, 100), at("杭州示例科技有限公司", 700, 100),
                at("类型：", 100, 160), at("有限责任公司", 700, 160), at("备注", 1600, 160));
        Layout layout = Layout.of(page, LABELS);
        assertThat(layout.valueOf(false, "名称").orElseThrow().text()).isEqualTo("杭州示例科技有限公司");
        assertThat(layout.valueOf(false, "类型").orElseThrow().text()).isEqualTo("有限责任公司");
    }

    @Test
    void missingLabelIsEmpty() {
        PageText page = page(1200, 800, at("杭州示例科技有限公司", 300, 100));
        assertThat(Layout.of(page, LABELS).valueOf(false, "名称")).isEmpty();
    }
}
