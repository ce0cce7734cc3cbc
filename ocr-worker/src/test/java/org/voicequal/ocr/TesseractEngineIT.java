package org.voicequal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicequal.ocr.engine.BundledTesseract;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TesseractEngine;

/**
 * Real Tesseract, as the local default runs it: the libraries from the Maven jars and the bundled model,
 * reading the committed sample images.
 */
class TesseractEngineIT {

    private static TesseractEngine engine;

    @BeforeAll
    static void start() {
        BundledTesseract.installNatives();
        engine = new TesseractEngine(BundledTesseract.installModels(), "chi_sim");
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void readsLinesWithBoxesAndConfidences() throws Exception {
        BufferedImage licence = ImageIO.read(Path.of("src", "test", "resources", "synthetic-sample", "BUSINESS_LICENCE.png").toFile());
        PageText page = engine.read(licence);
        assertThat(page.text()).contains(SyntheticDocuments.CREDIT_CODE);
        assertThat(page.lines()).allSatisfy(line -> {
            assertThat(line.box().right()).isLessThanOrEqualTo(licence.getWidth());
            assertThat(line.charConfidences()).hasSize(line.text().length());
        });
        assertThat(engine.name()).startsWith("tesseract-5.5").endsWith("/chi_sim");
    }

    @Test
    void theBundledTraditionalModelReadsATraditionalPagesNamesThatTheSimplifiedOneMisreads() throws Exception {
        // the committed corpus's one-column licence printed in Noto Sans CJK TC
        BufferedImage licence = ImageIO.read(Path.of("src", "test", "resources", "corpus", "0014-business-licence-clean.png").toFile());
        try (TesseractEngine traditional = new TesseractEngine(BundledTesseract.installModels(), "chi_tra")) {
            assertThat(traditional.read(licence).text()).contains("廈門金橋旅行社股份有限公司").contains("蘇明梅");
        }
        assertThat(engine.read(licence).text()).as("chi_sim, for contrast").doesNotContain("金橋旅行社");
    }

    @Test
    void aLineCropWhereTesseractFindsNoLineIsReadAsARawLine() throws Exception {
        // 諸葛萍琪 cut from the generated corpus's licence 0043 (Noto Serif CJK HK, 36 px): as a single line,
        // Tesseract finds no line in it at all
        BufferedImage name = ImageIO.read(Path.of("src", "test", "resources", "lines", "large-print-name-traditional.png").toFile());
        try (TesseractEngine traditional = new TesseractEngine(BundledTesseract.installModels(), "chi_tra")) {
            assertThat(traditional.readLine(name).text()).contains("諸葛萍琪");
        }
    }

    @Test
    void aModelThatIsNotInTheModelDirectoryStopsTheStartWithItsName() {
        assertThatThrownBy(() -> new TesseractEngine(BundledTesseract.installModels(), "chi_sim+kor"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kor.traineddata");
    }

    @Test
    void readsOneLineCutOutOfAPage() throws Exception {
        BufferedImage licence = ImageIO.read(Path.of("src", "test", "resources", "synthetic-sample", "BUSINESS_LICENCE.png").toFile());
        var codeLine = engine.read(licence).lines().stream()
                .filter(l -> l.text().contains(SyntheticDocuments.CREDIT_CODE)).findFirst().orElseThrow();
        var box = codeLine.box();
        var crop = licence.getSubimage(Math.max(0, box.x() - 8), Math.max(0, box.y() - 8),
                Math.min(licence.getWidth() - Math.max(0, box.x() - 8), box.width() + 16),
                Math.min(licence.getHeight() - Math.max(0, box.y() - 8), box.height() + 16));
        assertThat(engine.readLine(crop).text()).contains(SyntheticDocuments.CREDIT_CODE);
    }
}
