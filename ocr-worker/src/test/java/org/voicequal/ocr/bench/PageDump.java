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
 *
 * <p>With {@code --as TYPE} (a {@code DocumentType}) before the files, it also prints the combined reader's fields:
 * value, agreement, the engines behind it and the other engine's value.
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
            org.voicequal.events.DocumentType as = null;
            for (int i = 0; i < args.length; i++) {
                if ("--as".equals(args[i])) {
                    as = org.voicequal.events.DocumentType.valueOf(args[++i]);
                    continue;
                }
                byte[] bytes = Files.readAllBytes(Path.of(args[i]));
                dump(args[i], reading.paddleOcr().read(OcrAccuracyBench.image(bytes)));
                if (as != null) {
                    for (var field : reading.reader().read(as, bytes).fields()) {
                        System.out.printf("  %-22s %-40s %-9s %s%s%n", field.name(),
                                field.read().isRead() ? field.read().value() : field.read(), field.agreement(),
                                field.engines(), field.otherValue() == null ? "" : "  other: " + field.otherValue());
                    }
                }
            }
        }
    }
}
