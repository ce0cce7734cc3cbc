package org.voicequal.ocr.bench;

import org.voicequal.schemas.Fields;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import javax.imageio.ImageIO;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.OcrReading;
import org.voicequal.ocr.TurnedPages;
import org.voicequal.ocr.corpus.CorpusGenerator;
import org.voicequal.ocr.corpus.Label;
import org.voicequal.ocr.corpus.Labels;
import org.voicequal.ocr.engine.OcrEngine;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TesseractEngine;
import org.voicequal.ocr.engine.ppocr.PaddleOcrEngine;
import org.voicequal.ocr.reading.DocumentReader;
import org.voicequal.ocr.reading.DocumentResult;
import org.voicequal.ocr.reading.FieldResult;

/**
 * Measures OCR accuracy and speed on a labelled corpus ({@link CorpusGenerator}) and writes
 * {@code docs/ocr-accuracy.md}:
 *
 * <ol>
 *   <li>plain Tesseract and plain PP-OCR on the full page: milliseconds per image, and the share of true field
 *       values found verbatim in the page text (the ceiling any extraction on that engine can reach);
 *   <li>the combined {@link DocumentReader} exactly as the worker runs it ({@link OcrReading#withDefaults()}:
 *       PP-OCR page, extraction, Tesseract on each field's crop, {@code Confirmation.measured()}): per document
 *       kind × field × quality,
 *       the exact-read share, the confident-wrong share (confirmed yet wrong: the false-"agrees" rate), the
 *       unread share; the pooled confident-wrong rate with its 95 % Clopper–Pearson upper bound; seal detection
 *       and false-seal rates; milliseconds per image; and the time for a submission of eight images (the two
 *       committed applications) against Tesseract alone.
 * </ol>
 *
 * Values are compared as production compares them: {@link ComparableText#same} (Traditional → Simplified,
 * full/half width, brackets, whitespace); dates, codes and {@code LONG_TERM} are compared as strings after it.
 * One thread, one image at a time, after one warm-up image per engine. With {@code --turned} the combined reader
 * reads every image turned a quarter, a half and three quarters clockwise in turn, as scanners feed pages
 * sideways and upside down (write that report elsewhere with {@code --out}).
 *
 * <p>Run from the repository root (generates {@code target/corpus} with {@code --count} images first when it has
 * no {@code labels.json}; needs CJK fonts only for that):
 *
 * <pre>
 * ocr-worker/ocr-bench --corpus target/corpus --count 300 --seed 1
 * ocr-worker/ocr-bench --corpus target/corpus --limit 60 --engines tesseract,ppocr,reader
 * </pre>
 *
 * Options: {@code --corpus DIR}, {@code --count N} (300, for generating), {@code --seed S} (1), {@code --limit N}
 * (only the first N images), {@code --engines} (any of {@code tesseract,ppocr,reader,cli}; {@code cli} is plain
 * {@code tesseract} run on each file where the machine has it, {@link TesseractCli}), {@code --applications DIR}
 * (default {@code samples/applications}), {@code --out FILE} (default
 * {@code docs/ocr-accuracy.md}), {@code --kinds a,b} (only the kinds whose name contains one of these, e.g.
 * {@code passport,two-column}), {@code --misses FILE} (writes one tab-separated line per field the reader did not
 * read exactly: image, field, wrong or unread, truth, read).
 */
public final class OcrAccuracyBench {

    record Key(String kind, String field, String quality) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return (kind + "\u0000" + field + "\u0000" + quality).compareTo(o.kind + "\u0000" + o.field + "\u0000"
                    + o.quality);
        }
    }

    /** The reader's outcome on one kind × field × quality. */
    static final class Counts {
        int n;
        int exact;
        int wrong;
        int confidentWrong;
        int unread;
        int confirmed;

        void add(Counts o) {
            n += o.n;
            exact += o.exact;
            wrong += o.wrong;
            confidentWrong += o.confidentWrong;
            unread += o.unread;
            confirmed += o.confirmed;
        }
    }

    /** A plain engine's page reads. */
    static final class PlainResult {
        final String engine;
        final List<Long> millis = new ArrayList<>();
        final Map<Key, int[]> verbatim = new TreeMap<>();

        PlainResult(String engine) {
            this.engine = engine;
        }
    }

    /** The combined reader's reads. */
    static final class ReaderResult {
        final List<Long> millis = new ArrayList<>();
        final Map<Key, Counts> counts = new TreeMap<>();
        int sealedImages;
        int sealsFound;
        int unsealedImages;
        int falseSeals;
        int unreadable;
        final List<String> confidentWrongExamples = new ArrayList<>();
        /** One line per field not read exactly, for the developer (the generated corpus holds no real person). */
        final List<String> misses = new ArrayList<>();
    }

    /** One document of a committed application as the combined reader read it. */
    record ApplicationRead(String application, String type, String quality, int fields, int exact, int confirmed,
                           int confidentWrong, String creditCode) {
    }

    /** Eight-image submissions: milliseconds per application set and engine. */
    record Submission(String name, Map<String, Long> millisByEngine) {
    }

    /** @param turned the combined reader reads every image turned 1, 2 or 3 quarters clockwise, in turn */
    record Options(Path corpus, int count, long seed, int limit, List<String> engines, Path applications, Path out,
                   List<String> kinds, Path misses, boolean turned) {

        static Options parse(String[] args) {
            Path corpus = Path.of("target/corpus");
            int count = 300;
            long seed = 1;
            int limit = Integer.MAX_VALUE;
            List<String> engines = List.of("tesseract", "ppocr", "reader", "cli");
            Path applications = Path.of("samples/applications");
            Path out = Path.of("docs/ocr-accuracy.md");
            List<String> kinds = List.of();
            Path misses = null;
            boolean turned = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--corpus" -> corpus = Path.of(args[++i]);
                    case "--count" -> count = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--limit" -> limit = Integer.parseInt(args[++i]);
                    case "--engines" -> engines = List.of(args[++i].split(","));
                    case "--applications" -> applications = Path.of(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--kinds" -> kinds = List.of(args[++i].split(","));
                    case "--misses" -> misses = Path.of(args[++i]);
                    case "--turned" -> turned = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(corpus, count, seed, limit, engines, applications, out, kinds, misses, turned);
        }
    }

    private OcrAccuracyBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        if (!Files.exists(o.corpus().resolve(Labels.FILE))) {
            CorpusGenerator.main(new String[] {"--out", o.corpus().toString(), "--count", String.valueOf(o.count()),
                    "--seed", String.valueOf(o.seed())});
        }
        List<Label> labels = Labels.read(o.corpus());
        if (!o.kinds().isEmpty()) {
            labels = labels.stream().filter(l -> o.kinds().stream().anyMatch(k -> l.kind().contains(k))).toList();
        }
        labels = labels.subList(0, Math.min(labels.size(), o.limit()));
        Instant started = Instant.now();
        List<PlainResult> plain = new ArrayList<>();
        ReaderResult reader = null;
        List<Submission> submissions = new ArrayList<>();
        List<ApplicationRead> applicationReads = new ArrayList<>();
        try (OcrReading reading = OcrReading.withDefaults()) {
            TesseractEngine tesseract = reading.tesseract();
            PaddleOcrEngine ppocr = reading.paddleOcr();
            DocumentReader documentReader = reading.reader();
            Map<String, BiFunction<DocumentType, byte[], Long>> timers = new LinkedHashMap<>();
            if (o.engines().contains("tesseract") && !labels.isEmpty()) {
                plain.add(plain(tesseract, "Tesseract (" + tesseract.name() + ")", o.corpus(), labels));
                timers.put("Tesseract alone", (type, bytes) -> timePage(tesseract, bytes));
            }
            if (o.engines().contains("ppocr") && !labels.isEmpty()) {
                plain.add(plain(ppocr, "PP-OCR (" + ppocr.name() + ")", o.corpus(), labels));
                timers.put("PP-OCR alone", (type, bytes) -> timePage(ppocr, bytes));
            }
            java.util.Optional<TesseractCli> cli = o.engines().contains("cli") ? TesseractCli.onPath()
                    : java.util.Optional.empty();
            if (cli.isPresent()) {
                TesseractCli command = cli.get();
                if (!labels.isEmpty()) {
                    plain.add(plain(command.name(TesseractCli.Threads.ONE), o.corpus(), labels,
                            file -> command.read(file, TesseractCli.Threads.ONE)));
                }
                for (TesseractCli.Threads threads : TesseractCli.Threads.values()) {
                    timers.put(command.name(threads), (type, bytes) -> command.read(bytes, threads).millis());
                }
            }
            if (o.engines().contains("reader")) {
                reader = labels.isEmpty() ? null : reader(documentReader, o.corpus(), labels, o.turned());
                applicationReads = applicationReads(documentReader, o.applications());
                timers.put("combined reader", (type, bytes) -> {
                    long t = System.nanoTime();
                    documentReader.read(type, bytes);
                    return (System.nanoTime() - t) / 1_000_000;
                });
            }
            submissions = submissions(o.applications(), timers);
        }
        String report = Report.markdown(o, labels, plain, reader, submissions, applicationReads, started,
                Instant.now());
        Files.createDirectories(o.out().toAbsolutePath().getParent());
        if (o.misses() != null && reader != null) {
            Files.write(o.misses(), reader.misses);
            System.out.println("wrote " + o.misses() + " (" + reader.misses.size() + " misses)");
        }
        Files.writeString(o.out(), report);
        System.out.println("wrote " + o.out());
    }

    /** A page read by a plain engine: its text, and the milliseconds from the file's bytes to the text. */
    private interface PageReading {
        TesseractCli.Read read(Path file) throws IOException;
    }

    static PlainResult plain(OcrEngine engine, String name, Path corpus, List<Label> labels) throws IOException {
        return plain(name, corpus, labels, file -> {
            byte[] bytes = Files.readAllBytes(file);
            long t = System.nanoTime(); // decoding included, as for the combined reader
            PageText page = engine.read(image(bytes));
            return new TesseractCli.Read(page.text(), (System.nanoTime() - t) / 1_000_000);
        });
    }

    private static PlainResult plain(String name, Path corpus, List<Label> labels, PageReading engine)
            throws IOException {
        PlainResult result = new PlainResult(name);
        engine.read(corpus.resolve(labels.get(0).file())); // warm-up
        int i = 0;
        for (Label label : labels) {
            TesseractCli.Read page = engine.read(corpus.resolve(label.file()));
            result.millis.add(page.millis());
            String text = page.text();
            for (Map.Entry<String, String> f : label.fields().entrySet()) {
                if (!PrintedForms.printed(f.getKey())) {
                    continue;
                }
                int[] c = result.verbatim.computeIfAbsent(new Key(label.kind(), f.getKey(), label.quality()),
                        k -> new int[2]);
                c[1]++;
                if (PrintedForms.inText(f.getKey(), f.getValue(), text)) {
                    c[0]++;
                }
            }
            progress(name, ++i, labels.size());
        }
        return result;
    }

    static ReaderResult reader(DocumentReader reader, Path corpus, List<Label> labels, boolean turned)
            throws IOException {
        ReaderResult result = new ReaderResult();
        reader.read(DocumentType.valueOf(labels.get(0).type()), Files.readAllBytes(corpus.resolve(labels.get(0).file())));
        int i = 0;
        int image = 0;
        for (Label label : labels) {
            byte[] bytes = Files.readAllBytes(corpus.resolve(label.file()));
            if (turned) {
                // as a scanner feeds pages sideways or upside down: a quarter, a half, three quarters, in turn
                bytes = TurnedPages.turnedPng(bytes, image % 3 + 1);
            }
            image++;
            long t = System.nanoTime();
            DocumentResult read = reader.read(DocumentType.valueOf(label.type()), bytes);
            result.millis.add((System.nanoTime() - t) / 1_000_000);
            if (!read.isReadable()) {
                result.unreadable++;
            } else {
                boolean found = read.traits().sealed();
                if (label.sealed()) {
                    result.sealedImages++;
                    result.sealsFound += found ? 1 : 0;
                    if (!found) {
                        result.misses.add(label.file() + "\tseal\tmissed");
                    }
                } else {
                    result.unsealedImages++;
                    result.falseSeals += found ? 1 : 0;
                    if (found) {
                        result.misses.add(label.file() + "\tseal\tfalse");
                    }
                }
            }
            for (Map.Entry<String, String> f : label.fields().entrySet()) {
                Counts c = result.counts.computeIfAbsent(new Key(label.kind(), f.getKey(), label.quality()),
                        k -> new Counts());
                c.n++;
                FieldResult field = read.field(f.getKey()).orElse(null);
                if (field == null || !field.read().isRead()) {
                    c.unread++;
                    result.misses.add(label.file() + "\t" + f.getKey() + "\tunread\t" + f.getValue() + "\t"
                            + (field == null ? "no field" : field.read()));
                    continue;
                }
                c.confirmed += field.confirmed() ? 1 : 0;
                if (same(f.getValue(), field.read().value())) {
                    c.exact++;
                } else {
                    c.wrong++;
                    result.misses.add(label.file() + "\t" + f.getKey() + "\twrong\t" + f.getValue() + "\t"
                            + field.read().value() + "\t" + field.agreement());
                    if (field.confirmed()) {
                        c.confidentWrong++;
                        if (result.confidentWrongExamples.size() < 20) {
                            result.confidentWrongExamples.add(label.file() + " " + f.getKey() + " ("
                                    + field.agreement() + ", confidence "
                                    + String.format("%.2f", field.read().confidence()) + ")");
                        }
                    }
                }
            }
            progress("reader", ++i, labels.size());
        }
        return result;
    }

    /** Production's comparison: {@link ComparableText#same}, which also settles dates, codes and LONG_TERM. */
    static boolean same(String truth, String read) {
        return ComparableText.same(truth, read);
    }

    /**
     * What the reader makes of each committed application's documents: fields read exactly, confirmed, and
     * confident-wrong, and the licence's credit code (its agreement and whether it is confirmed) — the
     * {@code unsure-read} set exists to show an unconfirmed credit code.
     */
    static List<ApplicationRead> applicationReads(DocumentReader reader, Path applications) throws IOException {
        List<ApplicationRead> result = new ArrayList<>();
        if (!Files.isDirectory(applications)) {
            return result;
        }
        try (var dirs = Files.list(applications)) {
            for (Path dir : dirs.sorted().toList()) {
                if (!Files.exists(dir.resolve(Labels.FILE))) {
                    continue;
                }
                for (Label label : Labels.read(dir)) {
                    DocumentResult read = reader.read(DocumentType.valueOf(label.type()),
                            Files.readAllBytes(dir.resolve(label.file())));
                    int exact = 0, confirmed = 0, confidentWrong = 0;
                    for (Map.Entry<String, String> f : label.fields().entrySet()) {
                        FieldResult field = read.field(f.getKey()).orElse(null);
                        if (field == null || !field.read().isRead()) {
                            continue;
                        }
                        boolean right = same(f.getValue(), field.read().value());
                        exact += right ? 1 : 0;
                        confirmed += field.confirmed() ? 1 : 0;
                        confidentWrong += field.confirmed() && !right ? 1 : 0;
                    }
                    String code = read.field(Fields.CREDIT_CODE)
                            .map(f -> !f.read().isRead() ? "unread" : (same(label.fields()
                                    .get(Fields.CREDIT_CODE), f.read().value())
                                    ? "right" : "wrong") + ", " + f.agreement() + (f.confirmed() ? ", confirmed"
                                    : ", not confirmed"))
                            .orElse("–");
                    result.add(new ApplicationRead(dir.getFileName().toString(), label.type(), label.quality(),
                            label.fields().size(), exact, confirmed, confidentWrong, code));
                }
            }
        }
        return result;
    }

    /** The applications whose submission is timed: the two the report has always timed, not every flawed set. */
    static final List<String> TIMED_APPLICATIONS = List.of("clean-approved", "unsure-read");

    /** Each timed application: its eight images read one after another, per engine or reader. */
    static List<Submission> submissions(Path applications, Map<String, BiFunction<DocumentType, byte[], Long>> timers)
            throws IOException {
        List<Submission> result = new ArrayList<>();
        if (!Files.isDirectory(applications)) {
            return result;
        }
        try (var dirs = Files.list(applications)) {
            for (Path dir : dirs.sorted().toList()) {
                if (!Files.exists(dir.resolve(Labels.FILE))
                        || !TIMED_APPLICATIONS.contains(dir.getFileName().toString())) {
                    continue;
                }
                Map<String, Long> byEngine = new LinkedHashMap<>();
                for (Map.Entry<String, BiFunction<DocumentType, byte[], Long>> timer : timers.entrySet()) {
                    long total = 0;
                    for (Label label : Labels.read(dir)) {
                        total += timer.getValue().apply(DocumentType.valueOf(label.type()),
                                Files.readAllBytes(dir.resolve(label.file())));
                    }
                    byEngine.put(timer.getKey(), total);
                }
                result.add(new Submission(dir.getFileName().toString(), byEngine));
            }
        }
        return result;
    }

    /**
     * An engine alone, timed as the combined reader is: from the uploaded bytes, decoding included (as plain
     * {@code tesseract} reads its image file), so that the ratio compares reading with reading.
     */
    private static long timePage(OcrEngine engine, byte[] bytes) {
        long t = System.nanoTime();
        engine.read(image(bytes));
        return (System.nanoTime() - t) / 1_000_000;
    }

    static BufferedImage image(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void progress(String what, int done, int total) {
        if (done % 10 == 0 || done == total) {
            System.out.printf("%s: %d/%d%n", what, done, total);
        }
    }

    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format("%d cores available to the JVM, load average %.1f at the end, %s %s, Java %s (%s), "
                        + "max heap %d MB", Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
