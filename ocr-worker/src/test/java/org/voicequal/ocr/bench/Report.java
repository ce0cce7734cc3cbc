package org.voicequal.ocr.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.voicequal.ocr.corpus.Label;

/** Renders the benchmark's results as {@code docs/ocr-accuracy.md}. */
final class Report {

    private Report() {
    }

    static String markdown(OcrAccuracyBench.Options o, List<Label> labels, List<OcrAccuracyBench.PlainResult> plain,
                           OcrAccuracyBench.ReaderResult reader, List<OcrAccuracyBench.Submission> submissions,
                           List<OcrAccuracyBench.ApplicationRead> applicationReads, Instant started,
                           Instant finished) {
        StringBuilder md = new StringBuilder();
        md.append("# OCR accuracy\n\n");
        md.append("Written by `OcrAccuracyBench` (ocr-worker test sources) on ").append(finished).append(" in ")
                .append(Duration.between(started, finished).toMinutes()).append(" min. Rerun from the repository "
                        + "root (the corpus is generated first when the directory has no `labels.json`; that needs "
                        + "CJK fonts, see `tools/install-corpus-fonts`):\n\n");
        md.append("```\nocr-worker/corpus --out target/corpus --count 300 --seed 1\n"
                + "ocr-worker/ocr-bench --corpus target/corpus --count 300 --seed 1 [--limit N] "
                + "[--engines tesseract,ppocr,reader,cli]\n```\n\n");
        md.append("**Machine.** ").append(OcrAccuracyBench.machine()).append(". The machine is shared (two cores, "
                + "four other engineers building): times are indicative, not a capacity figure. One thread, one "
                + "image at a time, after one warm-up image per engine; PP-OCR with one ONNX Runtime thread "
                + "(the production default).\n\n");
        corpus(md, o, labels);
        plain(md, plain);
        reader(md, reader);
        submissions(md, submissions);
        applications(md, applicationReads);
        md.append("## How to read this\n\n"
                + "* *Verbatim in page text* (plain engines): a true value counts when one of its printed forms "
                + "(for dates 2020年06月01日, 2020年6月1日, 2020.06.01, 01 JUN 2020; 长期 for a long-term end) "
                + "occurs in the page text after `ComparableText` folding (Traditional → Simplified, full → half "
                + "width, brackets, no whitespace). It is the ceiling for extraction on that engine, not a field "
                + "accuracy: a value wrapped over two lines of a two-column layout is split by the other column's "
                + "line and does not count.\n"
                + "* *Exact* (reader): the field's value equals the truth under `ComparableText.same`, as "
                + "validation compares it with the form. *Confident-wrong*: read, `confirmed == true`, and not "
                + "equal — the reads validation would act on wrongly (the false-\"agrees\" rate). *Unread*: no "
                + "value (the reason is in the `FieldRead`). Wrong but unconfirmed reads are the remainder.\n"
                + "* The corpus is synthetic (`CorpusGenerator`): rendered fonts, procedural seals, simulated "
                + "scans and phone photos. Real uploads are messier (glare, folds, cropped edges, real "
                + "handwriting): expect lower accuracy on them, and do not read a low confident-wrong rate "
                + "here as a guarantee for real uploads.\n");
        return md.toString();
    }

    private static void corpus(StringBuilder md, OcrAccuracyBench.Options o, List<Label> labels) {
        md.append("## Corpus\n\n`").append(o.corpus()).append("`: ").append(labels.size())
                .append(" images (seed ").append(o.seed()).append("). By kind and quality:\n\n");
        md.append("| kind | clean | scanned | phone | all |\n|---|---:|---:|---:|---:|\n");
        Map<String, List<Label>> byKind = labels.stream()
                .collect(Collectors.groupingBy(Label::kind, TreeMap::new, Collectors.toList()));
        byKind.forEach((kind, ls) -> md.append("| ").append(kind).append(" | ")
                .append(count(ls, "clean")).append(" | ").append(count(ls, "scanned")).append(" | ")
                .append(count(ls, "phone")).append(" | ").append(ls.size()).append(" |\n"));
        md.append("\nScripts: ").append(tally(labels, Label::script)).append(". Fonts: ")
                .append(tally(labels, Label::font)).append(". Red seal visible: ")
                .append(labels.stream().filter(Label::sealed).count()).append("; grey copies: ")
                .append(labels.stream().filter(l -> !l.colour()).count()).append(".\n\n");
    }

    private static void plain(StringBuilder md, List<OcrAccuracyBench.PlainResult> plain) {
        md.append("## Plain engines on the full page\n\n");
        if (plain.isEmpty()) {
            md.append("Not run (see `--engines`).\n\n");
            return;
        }
        md.append("| engine | images | ms median | ms p95 | values verbatim | clean | scanned | phone |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (OcrAccuracyBench.PlainResult p : plain) {
            md.append("| ").append(p.engine).append(" | ").append(p.millis.size()).append(" | ")
                    .append(Stats.percentile(p.millis, 50)).append(" | ").append(Stats.percentile(p.millis, 95))
                    .append(" | ").append(verbatim(p, null, null, null)).append(" | ")
                    .append(verbatim(p, null, null, "clean")).append(" | ")
                    .append(verbatim(p, null, null, "scanned")).append(" | ")
                    .append(verbatim(p, null, null, "phone")).append(" |\n");
        }
        md.append("\n### Verbatim by kind and field (all qualities; clean / scanned / phone)\n\n| kind | field |");
        plain.forEach(p -> md.append(" ").append(p.engine).append(" |"));
        md.append("\n|---|---|");
        plain.forEach(p -> md.append("---|"));
        md.append("\n");
        TreeSet<String> kindFields = new TreeSet<>();
        plain.forEach(p -> p.verbatim.keySet().forEach(k -> kindFields.add(k.kind() + "\u0000" + k.field())));
        for (String kf : kindFields) {
            String[] parts = kf.split("\u0000");
            md.append("| ").append(parts[0]).append(" | ").append(parts[1]).append(" |");
            for (OcrAccuracyBench.PlainResult p : plain) {
                md.append(" ").append(verbatim(p, parts[0], parts[1], null)).append("; ")
                        .append(pct(p, parts[0], parts[1], "clean")).append(" / ")
                        .append(pct(p, parts[0], parts[1], "scanned")).append(" / ")
                        .append(pct(p, parts[0], parts[1], "phone")).append(" |");
            }
            md.append("\n");
        }
        md.append("\n");
    }

    private static void reader(StringBuilder md, OcrAccuracyBench.ReaderResult r) {
        md.append("## Combined reader (`DocumentReader`: PP-OCR page, extraction, Tesseract on field crops)\n\n");
        if (r == null) {
            md.append("Not run (see `--engines`).\n\n");
            return;
        }
        OcrAccuracyBench.Counts all = new OcrAccuracyBench.Counts();
        r.counts.values().forEach(all::add);
        double upper = Stats.clopperPearsonUpper(all.confidentWrong, all.n);
        double upperOfConfirmed = Stats.clopperPearsonUpper(all.confidentWrong, all.confirmed);
        md.append("| images | ms median | ms p95 | unreadable | field reads | exact | confident-wrong | unread |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append("| ").append(r.millis.size()).append(" | ").append(Stats.percentile(r.millis, 50)).append(" | ")
                .append(Stats.percentile(r.millis, 95)).append(" | ").append(r.unreadable).append(" | ")
                .append(all.n).append(" | ").append(Stats.share(all.exact, all.n)).append(" | ")
                .append(Stats.share(all.confidentWrong, all.n)).append(" | ").append(Stats.share(all.unread, all.n))
                .append(" |\n\n");
        md.append(String.format("**Pooled confident-wrong:** %d of %d field reads, 95 %% upper bound %.2f %% "
                        + "(Clopper–Pearson); %d of the %d confirmed reads, upper bound %.2f %%.%n%n",
                all.confidentWrong, all.n, 100 * upper, all.confidentWrong, all.confirmed, 100 * upperOfConfirmed));
        md.append(String.format("**Seals:** found on %s of the images with a visible red seal; false seals on %s "
                        + "of the images without one (upper bound %.1f %%).%n%n",
                Stats.share(r.sealsFound, r.sealedImages), Stats.share(r.falseSeals, r.unsealedImages),
                100 * Stats.clopperPearsonUpper(r.falseSeals, r.unsealedImages)));
        if (!r.confidentWrongExamples.isEmpty()) {
            md.append("Confident-wrong reads (file, field, agreement, confidence; values left out — they are "
                    + "personal data in real use):\n\n");
            r.confidentWrongExamples.forEach(e -> md.append("* ").append(e).append("\n"));
            md.append("\n");
        }
        md.append("### By field (all kinds and qualities)\n\n| field | reads | exact | confident-wrong | "
                + "confident-wrong 95 % upper | unread | confirmed |\n|---|---:|---:|---:|---:|---:|---:|\n");
        Map<String, OcrAccuracyBench.Counts> byField = new TreeMap<>();
        r.counts.forEach((k, c) -> byField.computeIfAbsent(k.field(), f -> new OcrAccuracyBench.Counts()).add(c));
        byField.forEach((field, c) -> md.append("| ").append(field).append(" | ").append(c.n).append(" | ")
                .append(Stats.share(c.exact, c.n)).append(" | ").append(Stats.share(c.confidentWrong, c.n))
                .append(String.format(" | %.1f %%", 100 * Stats.clopperPearsonUpper(c.confidentWrong, c.n)))
                .append(" | ").append(Stats.share(c.unread, c.n)).append(" | ")
                .append(Stats.share(c.confirmed, c.n)).append(" |\n"));
        md.append("\n### By kind × field × quality\n\n| kind | field | quality | reads | exact | confident-wrong | "
                + "unread |\n|---|---|---|---:|---:|---:|---:|\n");
        r.counts.forEach((k, c) -> md.append("| ").append(k.kind()).append(" | ").append(k.field()).append(" | ")
                .append(k.quality()).append(" | ").append(c.n).append(" | ").append(Stats.share(c.exact, c.n))
                .append(" | ").append(Stats.share(c.confidentWrong, c.n)).append(" | ")
                .append(Stats.share(c.unread, c.n)).append(" |\n"));
        md.append("\n");
    }

    private static void submissions(StringBuilder md, List<OcrAccuracyBench.Submission> submissions) {
        md.append("## A submission of eight images\n\nThe two committed applications "
                + "(`samples/applications/`), their eight images read one after another "
                + "(milliseconds in total):\n\n");
        if (submissions.isEmpty()) {
            md.append("Not run.\n\n");
            return;
        }
        List<String> engines = new ArrayList<>(submissions.get(0).millisByEngine().keySet());
        // the combined reader against every Tesseract timed: in this process, and plain `tesseract` where installed
        List<String> baselines = engines.contains("combined reader") ? engines.stream()
                .filter(e -> e.toLowerCase(java.util.Locale.ROOT).contains("tesseract")).toList() : List.of();
        md.append("| application |");
        engines.forEach(e -> md.append(" ").append(e).append(" |"));
        baselines.forEach(b -> md.append(" combined ÷ ").append(b).append(" |"));
        md.append("\n|---|");
        engines.forEach(e -> md.append("---:|"));
        baselines.forEach(b -> md.append("---:|"));
        md.append("\n");
        for (OcrAccuracyBench.Submission s : submissions) {
            md.append("| ").append(s.name()).append(" |");
            engines.forEach(e -> md.append(" ").append(s.millisByEngine().get(e)).append(" |"));
            baselines.forEach(b -> md.append(String.format(" %.2f |", s.millisByEngine().get("combined reader")
                    / (double) Math.max(1, s.millisByEngine().get(b)))));
            md.append("\n");
        }
        md.append("\n");
    }

    private static void applications(StringBuilder md, List<OcrAccuracyBench.ApplicationRead> reads) {
        if (reads.isEmpty()) {
            return;
        }
        md.append("## The committed applications as the reader reads them\n\n| application | document | quality | "
                + "fields | exact | confirmed | confident-wrong | credit code |\n|---|---|---|---:|---:|---:|---:|---|\n");
        for (OcrAccuracyBench.ApplicationRead r : reads) {
            md.append("| ").append(r.application()).append(" | ").append(r.type()).append(" | ").append(r.quality())
                    .append(" | ").append(r.fields()).append(" | ").append(r.exact()).append(" | ")
                    .append(r.confirmed()).append(" | ").append(r.confidentWrong()).append(" | ")
                    .append(r.creditCode()).append(" |\n");
        }
        md.append("\n");
    }

    private static String verbatim(OcrAccuracyBench.PlainResult p, String kind, String field, String quality) {
        int[] c = sum(p, kind, field, quality);
        return Stats.share(c[0], c[1]);
    }

    private static String pct(OcrAccuracyBench.PlainResult p, String kind, String field, String quality) {
        int[] c = sum(p, kind, field, quality);
        return c[1] == 0 ? "–" : String.format("%.0f", 100.0 * c[0] / c[1]);
    }

    private static int[] sum(OcrAccuracyBench.PlainResult p, String kind, String field, String quality) {
        int[] total = new int[2];
        p.verbatim.forEach((k, c) -> {
            if ((kind == null || k.kind().equals(kind)) && (field == null || k.field().equals(field))
                    && (quality == null || k.quality().equals(quality))) {
                total[0] += c[0];
                total[1] += c[1];
            }
        });
        return total;
    }

    private static long count(List<Label> labels, String quality) {
        return labels.stream().filter(l -> l.quality().equals(quality)).count();
    }

    private static String tally(List<Label> labels, java.util.function.Function<Label, String> key) {
        return labels.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting())).entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
