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
    void theRegionIsTheSealsSquareGrownOverEveryLineItWouldCut() {
        // a seal of 200 px at 600–800 × 500–700 (lifted 580–820 × 480–720); the company's name runs from 460 to
        // 520, the date from 700 to 760: both are read whole; the line at 300 and the one beside it are not touched
        List<TextLine> lines = List.of(line("正文", 100, 300, 800, 40), line("承諾單位：某某有限公司", 400, 460, 500, 60),
                line("日期：2026年11月30日", 400, 700, 400, 60), line("附註", 1000, 600, 200, 40));

        List<Box> regions = LiftedPage.regions(1240, 1754, lines, List.of(new Seal(new Box(600, 500, 200, 200), 0.9)));

        assertThat(regions).containsExactly(new Box(400, 460, 500, 300));
    }

    @Test
    void aLineContinuingTheRegionsRowsWithinALineHeightIsReadWithIt() {
        // the first read split the name where the seal covers it: 承諾單位：某某有 … 公司, 40 px apart
        List<TextLine> lines = List.of(line("承諾單位：某某有", 400, 460, 300, 60), line("公司", 760, 460, 120, 60),
                line("正文", 100, 300, 800, 60), line("遠處", 1000, 470, 100, 60));

        List<Box> regions = LiftedPage.regions(1240, 1754, lines, List.of(new Seal(new Box(600, 440, 100, 100), 0.9)));

        assertThat(regions).containsExactly(new Box(400, 430, 480, 120));
    }

    @Test
    void sealsWhoseRegionsMeetAreReadAsOneRegionAndDistantOnesApart() {
        List<Seal> seals = List.of(new Seal(new Box(100, 100, 100, 100), 0.9), new Seal(new Box(180, 180, 100, 100), 0.9),
                new Seal(new Box(100, 1000, 100, 100), 0.9), new Seal(new Box(900, 1000, 100, 100), 0.9));

        List<Box> regions = LiftedPage.regions(1240, 1754, List.of(), seals);

        assertThat(regions).containsExactly(new Box(90, 90, 200, 200), new Box(90, 990, 120, 120),
                new Box(890, 990, 120, 120));
    }

    @Test
    void onlyTheRegionIsReadAgainItsLinesReplaceTheFirstReadsThereAndTheRestOfThePageIsKept() {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        PageText first = new PageText("lead", 1240, 1754, List.of(line("正文", 100, 300, 800, 40),
                line("承諾單位：某某有", 400, 460, 300, 60), line("附件", 100, 1200, 200, 40)));
        List<int[]> asked = new ArrayList<>();
        OcrEngine engine = new OcrEngine() {
            @Override
            public PageText read(BufferedImage page) {
                asked.add(new int[] {page.getWidth(), page.getHeight()});
                // in the region's own pixels (it starts at 360, 390): the name whole at its row, and a cut-off line
                // in the top margin
                return new PageText("lead", page.getWidth(), page.getHeight(), List.of(
                        line("文", 100, 0, 100, 14), line("承諾單位：某某有限公司", 40, 70, 340, 60)));
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

        // the seal's square 590–710 × 430–550 grown over the name to 400, with a margin of the median line (40)
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).as("a region, not the page or a band of it").containsExactly(390, 200);
        assertThat(read.page().lines()).extracting(TextLine::text).containsExactly("正文", "承諾單位：某某有限公司", "附件");
        assertThat(read.page().lines().get(1).box()).isEqualTo(new Box(400, 460, 340, 60));
        assertThat(read.lifted()).isNotSameAs(image);
    }
}
