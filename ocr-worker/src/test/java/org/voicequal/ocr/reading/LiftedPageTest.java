package org.voicequal.ocr.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.OcrEngine;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;
import org.voicequal.ocr.image.Seal;

class LiftedPageTest {

    private static TextLine line(String text, int x, int y, int width, int height) {
        return new TextLine(text, new Box(x, y, width, height), 0.95);
    }

    @Test
    void theBandCoversTheSealsRowsGrownOverEveryLineItWouldCut() {
        // a seal of 200 px at rows 500–700 (lifted 480–720); the company's name runs from 460 to 520, the date
        // from 700 to 760: both are read whole; the line at 300 is not touched
        List<TextLine> lines = List.of(line("正文", 100, 300, 800, 40), line("承諾單位：某某有限公司", 400, 460, 500, 60),
                line("日期：2026年11月30日", 400, 700, 400, 60));

        List<int[]> bands = LiftedPage.bands(1240, 1754, lines, List.of(new Seal(new Box(600, 500, 200, 200), 0.9)));

        assertThat(bands).hasSize(1);
        assertThat(bands.get(0)).containsExactly(460, 760);
    }

    @Test
    void sealsWhoseBandsMeetAreReadAsOneBandAndDistantOnesApart() {
        List<Seal> seals = List.of(new Seal(new Box(100, 100, 100, 100), 0.9), new Seal(new Box(400, 180, 100, 100), 0.9),
                new Seal(new Box(100, 1000, 100, 100), 0.9));

        List<int[]> bands = LiftedPage.bands(1240, 1754, List.of(), seals);

        assertThat(bands).hasSize(2);
        assertThat(bands.get(0)).containsExactly(90, 290);
        assertThat(bands.get(1)).containsExactly(990, 1110);
    }

    @Test
    void onlyTheBandIsReadAgainItsLinesReplaceTheFirstReadsThereAndTheRestOfThePageIsKept() {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        PageText first = new PageText("lead", 1240, 1754, List.of(line("正文", 100, 300, 800, 40),
                line("承諾單位：某某有", 400, 460, 300, 60), line("附件", 100, 1200, 200, 40)));
        List<int[]> asked = new ArrayList<>();
        OcrEngine engine = new OcrEngine() {
            @Override
            public PageText read(BufferedImage page) {
                asked.add(new int[] {page.getWidth(), page.getHeight()});
                // in the band's own pixels: the name whole at its row, and a cut-off line in the top margin
                return new PageText("lead", page.getWidth(), page.getHeight(), List.of(
                        line("文", 100, 0, 100, 14), line("承諾單位：某某有限公司", 400, 70, 500, 60)));
            }

            @Override
            public TextLine readLine(BufferedImage line) {
                throw new AssertionError("not used");
            }

            @Override
            public String name() {
                return "lead";
            }
        };

        LiftedPage.Read read = LiftedPage.read(engine, image, first, List.of(new Seal(new Box(600, 440, 100, 100), 0.9)));

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)[0]).isEqualTo(1240);
        assertThat(asked.get(0)[1]).as("a band, not the page").isLessThan(300);
        assertThat(read.page().lines()).extracting(TextLine::text).containsExactly("正文", "承諾單位：某某有限公司", "附件");
        assertThat(read.page().lines().get(1).box()).isEqualTo(new Box(400, 460, 500, 60));
        assertThat(read.lifted()).isNotSameAs(image);
    }
}
