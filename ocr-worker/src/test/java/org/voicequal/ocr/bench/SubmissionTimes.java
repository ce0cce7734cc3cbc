package org.voicequal.ocr.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.corpus.Label;
import org.voicequal.ocr.corpus.Labels;
import org.voicequal.ocr.OcrReading;
import org.voicequal.ocr.engine.OcrEngine;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;
import org.voicequal.ocr.extraction.Extractors;
import org.voicequal.ocr.image.ImageIntake;
import org.voicequal.ocr.image.ImageTraitsReader;
import org.voicequal.ocr.reading.Confirmation;
import org.voicequal.ocr.reading.DocumentReader;

/**
 * Tooling, not a test: where the combined reader's time goes on one application's eight images, read one after
 * another as {@code OcrAccuracyBench} times them, beside Tesseract alone (the worker's own engine, warm, in this
 * process) and PP-OCR alone on the same images, and beside plain {@code tesseract} run on each file where the machine
 * has it ({@link TesseractCli}, with one OpenMP thread and as installed). Best of {@code --runs} after one warm-up.
 *
 * <pre>ocr-worker/test-main org.voicequal.ocr.bench.SubmissionTimes [--runs 3] samples/applications/clean-approved</pre>
 */
public final class SubmissionTimes {

    public static void main(String[] args) throws Exception {
        int runs = 3;
        List<Path> applications = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                applications.add(Path.of(args[i]));
            }
        }
        java.util.Optional<TesseractCli> cli = TesseractCli.onPath();
        try (OcrReading reading = OcrReading.withDefaults()) {
            Timed lead = new Timed(reading.paddleOcr());
            Timed second = new Timed(reading.tesseract());
            ImageIntake intake = new ImageIntake(100_000_000L, 3508);
            ImageTraitsReader traitsReader = new ImageTraitsReader();
            AtomicLong decodeNanos = new AtomicLong();
            AtomicLong traitsNanos = new AtomicLong();
            DocumentReader reader = new DocumentReader(bytes -> {
                long t = System.nanoTime();
                var decoded = intake.read(bytes);
                decodeNanos.addAndGet(System.nanoTime() - t);
                return new DocumentReader.Decoded(decoded.image(), decoded.scale());
            }, image -> {
                long t = System.nanoTime();
                var traits = traitsReader.traitsOf(image);
                traitsNanos.addAndGet(System.nanoTime() - t);
                return traits;
            }, Extractors::forType, lead, second, Confirmation.measured());
            cli.ifPresent(c -> System.out.println("cli: " + c.version()));
            System.out.printf("%-28s %9s %9s %9s %9s %9s | %7s %7s %9s %9s %9s %9s%n", "application", "tesseract",
                    "cli-1", "cli", "ppocr", "reader", "decode", "traits", "lead-page", "lead-line", "2nd-page",
                    "2nd-line");
            for (Path dir : applications) {
                List<Label> labels = Labels.read(dir);
                long[] best = new long[11];
                java.util.Arrays.fill(best, Long.MAX_VALUE);
                for (int run = 0; run <= runs; run++) {
                    long tesseract = 0, ppocr = 0, combined = 0, cliOne = 0, cliInstalled = 0;
                    lead.reset();
                    second.reset();
                    decodeNanos.set(0);
                    traitsNanos.set(0);
                    for (Label label : labels) {
                        byte[] bytes = Files.readAllBytes(dir.resolve(label.file()));
                        // decoding included, as for the combined reader (and plain tesseract reading a file)
                        long t = System.nanoTime();
                        reading.tesseract().read(OcrAccuracyBench.image(bytes));
                        tesseract += System.nanoTime() - t;
                        t = System.nanoTime();
                        reading.paddleOcr().read(OcrAccuracyBench.image(bytes));
                        ppocr += System.nanoTime() - t;
                        if (cli.isPresent()) {
                            Path file = dir.resolve(label.file());
                            cliOne += cli.get().read(file, TesseractCli.Threads.ONE).millis() * 1_000_000;
                            cliInstalled += cli.get().read(file, TesseractCli.Threads.AS_INSTALLED).millis() * 1_000_000;
                        }
                    }
                    long pageBefore = lead.page.get(), lineBefore = lead.line.get();
                    long secondPage = second.page.get(), secondLine = second.line.get();
                    for (Label label : labels) {
                        byte[] bytes = Files.readAllBytes(dir.resolve(label.file()));
                        long t = System.nanoTime();
                        reader.read(DocumentType.valueOf(label.type()), bytes);
                        combined += System.nanoTime() - t;
                    }
                    long[] took = {tesseract, ppocr, combined, decodeNanos.get(), traitsNanos.get(),
                        lead.page.get() - pageBefore, lead.line.get() - lineBefore, second.page.get() - secondPage,
                        second.line.get() - secondLine, cliOne, cliInstalled};
                    if (run > 0) {
                        for (int s = 0; s < took.length; s++) {
                            best[s] = Math.min(best[s], took[s] / 1_000_000);
                        }
                    }
                }
                System.out.printf("%-28s %9d %9s %9s %9d %9d | %7d %7d %9d %9d %9d %9d   reader ÷ tesseract %.2f%s%n",
                        dir.getFileName(), best[0], cli.isPresent() ? best[9] : "-", cli.isPresent() ? best[10] : "-",
                        best[1], best[2], best[3], best[4], best[5], best[6], best[7], best[8],
                        best[2] / (double) best[0], cli.isPresent() ? String.format(", ÷ cli-1 %.2f, ÷ cli %.2f",
                                best[2] / (double) best[9], best[2] / (double) best[10]) : "");
            }
        }
    }

    /** An engine whose page and line reads are timed. */
    private static final class Timed implements OcrEngine {
        private final OcrEngine engine;
        final AtomicLong page = new AtomicLong();
        final AtomicLong line = new AtomicLong();

        Timed(OcrEngine engine) {
            this.engine = engine;
        }

        void reset() {
            page.set(0);
            line.set(0);
        }

        @Override
        public PageText read(BufferedImage image) {
            long t = System.nanoTime();
            try {
                return engine.read(image);
            } finally {
                page.addAndGet(System.nanoTime() - t);
            }
        }

        @Override
        public PageText read(BufferedImage image, org.voicequal.ocr.engine.Box region) {
            long t = System.nanoTime();
            try {
                return engine.read(image, region);
            } finally {
                page.addAndGet(System.nanoTime() - t);
            }
        }

        @Override
        public TextLine readLine(BufferedImage image) {
            long t = System.nanoTime();
            try {
                return engine.readLine(image);
            } finally {
                line.addAndGet(System.nanoTime() - t);
            }
        }

        @Override
        public String name() {
            return engine.name();
        }
    }
}
