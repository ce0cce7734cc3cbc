package org.voicequal.ocr.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.voicequal.events.DocumentType;

/**
 * Renders a labelled corpus of synthetic qualification documents: random but valid values (check digits,
 * consistent dates), every document kind the pipeline reads in several layouts, every installed CJK font,
 * Simplified and Traditional script, seals, handwriting, distractor numbers, and three image qualities. Each
 * image's truth goes into {@code labels.json} ({@link Label}). Image {@code i} of seed {@code s} depends on
 * nothing but {@code (s, i)} and the installed fonts, so a corpus is reproducible on the same machine.
 *
 * <p>Needs CJK fonts ({@code tools/install-corpus-fonts}); the tests that use the committed fixtures do not.
 * Run it (from the repository root):
 *
 * <pre>
 * ocr-worker/corpus --out target/corpus --count 400 --seed 1
 * ocr-worker/corpus --out ocr-worker/src/test/resources/corpus --count 45 --seed 7 --balanced --traditional 0.5 \
 *     --exclude-fonts "AR PL UMing,WenQuanYi Zen Hei"
 * ocr-worker/corpus --applications samples/applications --fonts "AR PL UMing CN,WenQuanYi Zen Hei"
 * </pre>
 *
 * Options: {@code --out DIR} (default {@code target/corpus}), {@code --count N} (300), {@code --seed S} (1),
 * {@code --fonts A,B} only these families (prefix match), {@code --exclude-fonts A,B}, {@code --qualities
 * clean,scanned,phone}, {@code --balanced} (kinds and qualities in turn rather than drawn, so that a small
 * set covers them all), {@code --png} (PNG even for degraded images), {@code --today yyyy-MM-dd} (the
 * corpus's "today", default 2026-11-20, so that dates do not move with the clock), {@code --traditional P}
 * (the share of licences, certificates and letters printed in Traditional characters, default 0.25),
 * {@code --applications
 * DIR} (instead of a corpus: the complete application sets, clean and flawed, see {@link ApplicationSets}),
 * {@code --page-dpi 300} (A4 pages drawn at scanners' resolution rather than 150 dpi: the same layouts and
 * values, twice the pixels; ID cards are drawn at about 300 dpi either way).
 */
public final class CorpusGenerator {

    /** One document kind: how to render it from fresh subjects, and whether it may be printed Traditional. */
    record Kind(String name, int weight, boolean traditionalAllowed, BiFunction<Renderers, Style, Rendered> render) {
    }

    /** The renderers over one image's random values. */
    record Renderers(RandomValues rv, LocalDate today) {

        LicenceRenderer licence() {
            return new LicenceRenderer(rv);
        }

        IdCardRenderer id() {
            return new IdCardRenderer(rv);
        }

        Subjects.Company company(Subjects.LicenceKind kind) {
            return Subjects.company(rv, kind, today, 0.15);
        }

        Subjects.Person person() {
            return Subjects.person(rv, today);
        }

        LocalDate letterDate(Subjects.Company c) {
            return rv.date(today.minusDays(40), today);
        }

        DocumentType idType(boolean front) {
            boolean admin = rv.chance(0.5);
            return front ? (admin ? DocumentType.ADMIN_ID_FRONT : DocumentType.LEGAL_REP_ID_FRONT)
                    : (admin ? DocumentType.ADMIN_ID_BACK : DocumentType.LEGAL_REP_ID_BACK);
        }

        Subjects.Person passportHolder() {
            Subjects.Person p = person();
            while (!Pinyin.covers(p.name())) {
                p = person();
            }
            return p;
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind("licence/two-column", 4, true,
                    (r, s) -> r.licence().twoColumn(r.company(Subjects.LicenceKind.CORPORATE), s)),
            new Kind("licence/one-column", 1, true,
                    (r, s) -> r.licence().oneColumn(r.company(Subjects.LicenceKind.CORPORATE), s)),
            new Kind("licence/individual", 1, true,
                    (r, s) -> r.licence().twoColumn(r.company(Subjects.LicenceKind.INDIVIDUAL_BUSINESS), s)),
            new Kind("licence/public-institution", 1, true,
                    (r, s) -> r.licence().certificate(r.company(Subjects.LicenceKind.PUBLIC_INSTITUTION), s)),
            new Kind("licence/uscc-certificate", 1, true,
                    (r, s) -> r.licence().certificate(r.company(Subjects.LicenceKind.USCC_CERTIFICATE), s)),
            new Kind("id/portrait", 3, false, (r, s) -> r.id().front(r.person(), s, r.idType(true))),
            new Kind("id/emblem", 2, false, (r, s) -> r.id().back(r.person(), s, r.idType(false))),
            new Kind("id/in-hand", 2, false, (r, s) -> r.id().inHand(r.person(), s)),
            new Kind("passport", 1, false,
                    (r, s) -> new PassportRenderer(r.rv()).render(r.passportHolder(), s, r.today())),
            new Kind("letter/commitment", 2, true, (r, s) -> {
                Subjects.Company c = r.company(Subjects.LicenceKind.CORPORATE);
                return new LetterRenderer(r.rv()).commitment(c, r.letterDate(c), s);
            }),
            new Kind("letter/number-application", 2, true, (r, s) -> {
                Subjects.Company c = r.company(Subjects.LicenceKind.CORPORATE);
                return new LetterRenderer(r.rv()).numberApplication(c, r.person(), r.letterDate(c), s);
            }),
            new Kind("tax-registration", 1, true, (r, s) -> new LegacyCertificateRenderer(r.rv())
                    .taxRegistration(r.company(Subjects.LicenceKind.CORPORATE), s)),
            new Kind("organization-code", 1, true, (r, s) -> new LegacyCertificateRenderer(r.rv())
                    .organizationCode(r.company(Subjects.LicenceKind.CORPORATE), s)));

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Options o = Options.parse(args);
        Canvas.pageDpi = o.pageDpi();
        List<String> fonts = Fonts.families(o.fonts(), o.excludeFonts());
        if (fonts.isEmpty()) {
            System.err.println("No CJK font is installed (or none matches --fonts): run tools/install-corpus-fonts");
            System.exit(2);
        }
        if (o.applications() != null) {
            ApplicationSets.write(o.applications(), fonts, o.seed(), o.today());
            return;
        }
        Files.createDirectories(o.out());
        long started = System.nanoTime();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < o.count(); i++) {
            labels.add(one(o, fonts, i));
            if ((i + 1) % 50 == 0) {
                System.out.printf("%d/%d images%n", i + 1, o.count());
            }
        }
        Labels.write(o.out(), labels);
        System.out.printf("%d images and %s in %s (%.1f s), fonts: %s%n", labels.size(), Labels.FILE, o.out(),
                (System.nanoTime() - started) / 1e9, fonts);
    }

    /** Renders image {@code i}: its kind, font, script and quality drawn from {@code (seed, i)} alone. */
    static Label one(Options o, List<String> fonts, int i) throws IOException {
        Random random = new Random(mix(o.seed() * 1_000_003L + i));
        Kind kind = o.balanced() ? KINDS.get(i % KINDS.size()) : weighted(random);
        Quality quality = o.balanced() ? o.qualities().get((i + i / KINDS.size()) % o.qualities().size())
                : o.qualities().get(random.nextInt(o.qualities().size()));
        boolean traditional = kind.traditionalAllowed() && random.nextDouble() < o.traditional();
        int first = random.nextInt(fonts.size());
        for (int attempt = 0; attempt < fonts.size(); attempt++) {
            String font = fonts.get((first + attempt) % fonts.size());
            Random drawing = new Random(random.nextLong());
            RandomValues rv = new RandomValues(drawing);
            Style style = new Style(font, Fonts.handwriting(font), traditional,
                    rv.chance(0.7) ? Color.BLACK : new Color(20, 30, 80), rv.chance(0.6));
            Rendered doc;
            try {
                doc = kind.render().apply(new Renderers(rv, o.today()), style);
            } catch (Canvas.MissingGlyphException e) {
                continue; // this font cannot print the document: the next one
            }
            return write(o.out(), String.format("%04d", i), doc, quality, style, drawing, o.png());
        }
        throw new IllegalStateException("no installed font can print image " + i + " (" + kind.name() + ")");
    }

    static Label write(Path dir, String stem, Rendered doc, Quality quality, Style style, Random random,
                       boolean png) throws IOException {
        Quality.Result image = quality.apply(doc.image(), random, png);
        String file = stem + "-" + doc.type().name().toLowerCase().replace('_', '-') + "-" + quality.label() + "."
                + image.extension();
        Files.write(dir.resolve(file), image.bytes());
        Map<String, String> fields = new LinkedHashMap<>(doc.fields());
        String mrz = fields.remove("mrz");
        return new Label(file, doc.type().name(), doc.layout(), doc.type().name() + "/" + doc.layout(),
                quality.label(), style.font(), style.script(), doc.sealed(), doc.sealed() && image.colour(),
                image.colour(), image.width(), image.height(), fields, mrz);
    }

    /**
     * A well-spread seed (the MurmurHash3 finaliser): {@link Random}s seeded with neighbouring numbers draw
     * strongly correlated first values, which made every image of a corpus share its script.
     */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static Kind weighted(Random random) {
        int total = KINDS.stream().mapToInt(Kind::weight).sum();
        int r = random.nextInt(total);
        for (Kind k : KINDS) {
            r -= k.weight();
            if (r < 0) {
                return k;
            }
        }
        throw new AssertionError();
    }

    /** The command line. */
    record Options(Path out, int count, long seed, List<String> fonts, List<String> excludeFonts,
                   List<Quality> qualities, boolean balanced, boolean png, LocalDate today, Path applications,
                   double traditional, int pageDpi) {

        static Options parse(String[] args) {
            Path out = Path.of("target/corpus");
            int count = 300;
            long seed = 1;
            List<String> fonts = List.of(), exclude = List.of();
            List<Quality> qualities = List.of(Quality.values());
            boolean balanced = false, png = false;
            LocalDate today = LocalDate.of(2026, 11, 20);
            Path applications = null;
            double traditional = 0.25;
            int pageDpi = 150;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = Path.of(args[++i]);
                    case "--count" -> count = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--fonts" -> fonts = split(args[++i]);
                    case "--exclude-fonts" -> exclude = split(args[++i]);
                    case "--qualities" -> qualities = split(args[++i]).stream()
                            .map(q -> Quality.valueOf(q.toUpperCase())).toList();
                    case "--balanced" -> balanced = true;
                    case "--png" -> png = true;
                    case "--today" -> today = LocalDate.parse(args[++i]);
                    case "--applications" -> applications = Path.of(args[++i]);
                    case "--traditional" -> traditional = Double.parseDouble(args[++i]);
                    case "--page-dpi" -> pageDpi = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (see the Javadoc of CorpusGenerator)");
                }
            }
            return new Options(out, count, seed, fonts, exclude, qualities, balanced, png, today, applications,
                    traditional, pageDpi);
        }

        private static List<String> split(String list) {
            return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** The installed CJK font families worth printing documents in. */
    static final class Fonts {

        private Fonts() {
        }

        /**
         * Chinese families (SC/TC/HK Noto, WenQuanYi, AR PL) that can show a test line, without the bitmap
         * (Sharp) and the MBE variants; {@code only} and {@code exclude} are name prefixes.
         */
        static List<String> families(List<String> only, List<String> exclude) {
            String probe = "营业执照統一社會信用代碼中华人民共和国居民身份证";
            return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                    .filter(f -> f.matches(".*CJK (SC|TC|HK).*|WenQuanYi.*|AR PL.*"))
                    .filter(f -> !f.contains("Sharp") && !f.contains("MBE"))
                    .filter(f -> only.isEmpty() || only.stream().anyMatch(f::startsWith))
                    .filter(f -> exclude.stream().noneMatch(f::startsWith))
                    .filter(f -> new Font(f, Font.PLAIN, 20).canDisplayUpTo(probe) < 0)
                    .sorted().toList();
        }

        /** AR PL UKai (a brush font) for handwritten fills where installed, else the document's font. */
        static String handwriting(String font) {
            List<String> all = Arrays.asList(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
            return all.contains("AR PL UKai CN") ? "AR PL UKai CN" : all.contains("AR PL UKai TW") ? "AR PL UKai TW"
                    : font;
        }
    }

    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
