package org.voicequal.ocr.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.voicequal.ocr.OcrReading;
import org.voicequal.ocr.engine.TextLine;

/**
 * Prints what PP-OCR reads on each image given: one line per text line, with its box and confidence, top to bottom.
 * For a developer chasing a miss in {@code --misses}; from the repository root:
 *
 * <pre>
 * ocr-worker/test-main org.voicequal.ocr.bench.PageDump target/corpus/0007-legal-rep-id-front-clean.png
 * </pre>
 */
public final class PageDump {

    private PageDump() {
    }

    private static void dump(String title, org.voicequal.ocr.engine.PageText page) {
        System.out.printf("%s (%d x %d)%n", title, page.width(), page.height());
        for (TextLine line : page.lines()) {
            System.out.printf("  %4d %4d %4d %4d  %.2f  %s%n", line.box().x(), line.box().y(),
                    line.box().width(), line.box().height(), line.confidence(), line.text());
        }
    }

    public static void main(String[] args) throws Exception {
        try (OcrReading reading = OcrReading.withDefaults()) {
            for (String file : args) {
                java.awt.image.BufferedImage image = OcrAccuracyBench.image(Files.readAllBytes(Path.of(file)));
                var page = reading.paddleOcr().read(image);
                dump(file, page);
            }
        }
    }
}
