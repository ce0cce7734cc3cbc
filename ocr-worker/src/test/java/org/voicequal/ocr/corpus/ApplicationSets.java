package org.voicequal.ocr.corpus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.voicequal.events.DocumentType;

/**
 * Complete applications in the layout of {@code samples/}: {@code application.json} plus
 * {@code documents/<DocumentType>.png} for the eight documents of an ordinary application, and a
 * {@code labels.json} with the truth of each image. One directory per {@link Flaw}, each with its own seed (the
 * account is the submitting API key's, so the forms name none); {@code sets.json} beside them lists every set with its flaw, the outcome
 * the pipeline should reach, the rule codes that should decide it, and the day the set was generated on (all
 * dates are relative to it: {@code --today}, default 2026-11-20).
 *
 * <ul>
 *   <li>{@code clean-approved/}: consistent values throughout (the form says what the documents say), clean
 *       renders, every licence, letter and ID image sealed (as the seed requires of ID copies), an allowed
 *       enterprise type, ID cards valid to a date;
 *   <li>{@code unsure-read/}: the same kind of application, but the licence is a poor phone photo (about
 *       600 pixels across, perspective, uneven light, blur, JPEG 45: {@link Quality#poorPhone}), so that its
 *       credit code read should come back unsure;
 *   <li>the flawed sets ({@link Flaw#NAME_ONE_CHAR_OFF} and after): like {@code clean-approved}, with exactly
 *       one flaw each.
 * </ul>
 *
 * <p>All images are PNG (the local launcher submits {@code *.png} by name); degraded images carry their JPEG
 * artefacts baked in; the flawed sets' PNGs are deflated at the strongest level (same pixels, some 13 % smaller).
 * The sets use the first two fonts given in turn, so that they can be rendered in fonts the corpus fixtures' unit
 * tests do not use.
 */
final class ApplicationSets {

    /** The manifest of the sets, beside them. */
    static final String MANIFEST = "sets.json";

    /** The type a forbidden-type application names on its licence and its form. */
    static final String FORBIDDEN_TYPE = "有限责任公司(自然人独资)";

    /** What the forbidden-type application types instead: ingest would refuse the true type at once. */
    static final String TYPED_FOR_FORBIDDEN = "有限责任公司";

    /** How many days after the generation day the expiring-soon set's legal-rep ID ends. */
    static final int ENDS_SOON_DAYS = 5;

    /**
     * One application set: its directory, what is wrong with it, and what the pipeline should make of it — the
     * outcome once every rule of issue 6 runs on confirmed evidence ({@code APPROVED}, {@code REJECTED}, or
     * {@code REVIEW}: waits for a person, who approves), the rule codes that should decide it (FAIL, or for a
     * warning PASS with the warning), and the form fields whose reads should stay unconfirmed, sending it to a
     * person. What today's reader actually confirms is in {@code docs/sample-applications-readout.md}.
     */
    enum Flaw {
        NONE("clean-approved", "none", "APPROVED", List.of(), List.of()),
        UNSURE_LICENCE("unsure-read", "the business licence is a poor phone photo: its credit code read is unsure",
                "REVIEW", List.of("CREDIT_CODE_MATCHES"),
                List.of("enterprise.creditCode")),
        NAME_ONE_CHAR_OFF("name-one-char-off", "the form's enterprise name differs from the licence's (and the"
                + " letters') by one character", "REJECTED", List.of("ENTERPRISE_NAME_MATCHES"), List.of()),
        LETTER_ADMIN_MISMATCH("letter-admin-mismatch", "the number-application letter names another person as"
                + " administrator, in its blank and at its signature; the ID number is the administrator's",
                "REJECTED", List.of("LETTER_ADMIN_MATCHES"), List.of()),
        ID_COPY_UNSEALED("id-copy-unsealed", "the legal representative's and administrator's ID images (front and"
                + " back) are black-and-white copies without the company seal", "REJECTED",
                List.of("ID_IMAGES_SEALED"), List.of()),
        EXPIRED_ADMIN_ID("expired-admin-id", "the administrator's ID card expired before the generation day (card"
                + " and form agree)", "REJECTED", List.of("DOCUMENTS_VALID"), List.of()),
        FORBIDDEN_TYPE("forbidden-type", "the licence reads enterprise type " + ApplicationSets.FORBIDDEN_TYPE
                + "; the form hides it as " + ApplicationSets.TYPED_FOR_FORBIDDEN + " (ingest refuses the forbidden type"
                + " typed)", "REJECTED", List.of("ENTERPRISE_TYPE_ALLOWED"), List.of()),
        EXPIRING_SOON("expiring-soon", "the legal representative's ID card ends " + ENDS_SOON_DAYS + " days after"
                + " the generation day (card and form agree)", "APPROVED", List.of("VALIDITY_ENDS_SOON"), List.of()),
        AMBIGUOUS_ADMIN_ID("ambiguous-reviewer-approves", "like clean-approved, but the administrator's ID front"
                + " is a poor phone photo: the name on it is not read, a reviewer approves", "REVIEW", List.of(),
                List.of("administrator.name"));

        final String directory;
        final String description;
        final String outcome;
        final List<String> codes;
        final List<String> unverified;

        Flaw(String directory, String description, String outcome, List<String> codes, List<String> unverified) {
            this.directory = directory;
            this.description = description;
            this.outcome = outcome;
            this.codes = codes;
            this.unverified = unverified;
        }

    }

    private ApplicationSets() {
    }

    static void write(Path dir, List<String> fonts, long seed, LocalDate today) throws IOException {
        var json = CorpusGenerator.json();
        ArrayNode manifest = json.createArrayNode();
        for (Flaw flaw : Flaw.values()) {
            int i = flaw.ordinal();
            long setSeed = seed * 31 + 1 + i;
            String font = fonts.get(i % Math.min(2, fonts.size()));
            set(dir.resolve(flaw.directory), font, setSeed, today, flaw);
            ObjectNode entry = manifest.addObject();
            entry.put("directory", flaw.directory);
            entry.put("generatedOn", today.toString());
            entry.put("seed", setSeed);
            entry.put("font", font);
            entry.put("flaw", flaw.description);
            entry.put("expectedOutcome", flaw.outcome);
            flaw.codes.forEach(entry.putArray("reasonCodes")::add);
            flaw.unverified.forEach(entry.putArray("unverifiedFields")::add);
        }
        Files.writeString(dir.resolve(MANIFEST), json.writeValueAsString(manifest) + "\n");
    }

    private static void set(Path dir, String font, long seed, LocalDate today, Flaw flaw)
            throws IOException {
        Path documents = dir.resolve("documents");
        Files.createDirectories(documents);
        Random random = new Random(CorpusGenerator.mix(seed));
        RandomValues rv = new RandomValues(random);
        rv.alwaysSeal(true);
        Subjects.Company company = Subjects.company(rv, Subjects.LicenceKind.CORPORATE, today, 0);
        Subjects.Person rep = company.legalRep();
        while (rep.validTo() == null) {
            rep = Subjects.person(rv, today);
        }
        Subjects.Person admin = Subjects.person(rv, today);
        while (admin.validTo() == null) {
            admin = Subjects.person(rv, today);
        }
        String type = company.type();
        LocalDate letterDate = rv.date(today.minusDays(10), today);
        // the flaws draw only after everything a clean set draws, so that each set is its clean twin but for its flaw
        Subjects.Person letterAdmin = admin;
        String formName = company.name();
        switch (flaw) {
            case NAME_ONE_CHAR_OFF -> formName = oneCharOff(company.name());
            case LETTER_ADMIN_MISMATCH -> letterAdmin = renamed(admin, otherName(rv, admin.name()));
            case EXPIRED_ADMIN_ID -> admin = validTo(admin, today.minusDays(rv.between(20, 90)));
            case FORBIDDEN_TYPE -> type = FORBIDDEN_TYPE;
            case EXPIRING_SOON -> rep = validTo(rep, today.plusDays(ENDS_SOON_DAYS));
            default -> { }
        }
        company = new Subjects.Company(company.kind(), company.name(), company.creditCode(), type, rep,
                company.address(), company.capital(), company.establishedOn(), company.termTo(), company.issuedOn(),
                company.authority(), company.scope(), company.serial(), company.place());
        Style style = new Style(font, CorpusGenerator.Fonts.handwriting(font), false, Color.BLACK, true);
        LicenceRenderer licences = new LicenceRenderer(rv);
        IdCardRenderer ids = new IdCardRenderer(rv);
        LetterRenderer letters = new LetterRenderer(rv);
        Ids copies = new Ids(flaw, company, style, rv);
        Quality licenceQuality = flaw == Flaw.UNSURE_LICENCE ? Quality.PHONE : Quality.CLEAN;
        Quality adminFrontQuality = flaw == Flaw.AMBIGUOUS_ADMIN_ID ? Quality.PHONE : Quality.CLEAN;
        List<Label> labels = new ArrayList<>();
        labels.add(write(documents, licences.twoColumn(company, style), licenceQuality, style, random));
        labels.add(copies.write(documents, ids.front(rep, style, DocumentType.LEGAL_REP_ID_FRONT), Quality.CLEAN,
                random));
        labels.add(copies.write(documents, ids.back(rep, style, DocumentType.LEGAL_REP_ID_BACK), Quality.CLEAN,
                random));
        labels.add(copies.write(documents, ids.front(admin, style, DocumentType.ADMIN_ID_FRONT), adminFrontQuality,
                random));
        labels.add(copies.write(documents, ids.back(admin, style, DocumentType.ADMIN_ID_BACK), Quality.CLEAN,
                random));
        labels.add(write(documents, ids.inHand(admin, style), Quality.CLEAN, style, random));
        labels.add(write(documents, letters.commitment(company, letterDate, style), Quality.CLEAN, style, random));
        labels.add(write(documents, letters.numberApplication(company, letterAdmin, letterDate, style), Quality.CLEAN,
                style, random));
        Labels.write(dir, labels);
        for (Label label : labels) {
            Path file = dir.resolve(label.file());
            Files.write(file, Quality.compactPng(Files.readAllBytes(file)));
        }
        ObjectNode form = applicationForm(company, admin, letterDate);
        ((ObjectNode) form.get("enterprise")).put("name", formName);
        if (flaw == Flaw.FORBIDDEN_TYPE) {
            ((ObjectNode) form.get("enterprise")).put("enterpriseType", TYPED_FOR_FORBIDDEN);
        }
        Files.writeString(dir.resolve("application.json"), CorpusGenerator.json().writeValueAsString(form) + "\n");
    }

    /**
     * How a set's legal-rep and administrator ID images reach us: stamped with the company seal in red, or as black-and-white copies without it ({@link
     * Flaw#ID_COPY_UNSEALED}).
     */
    private record Ids(Flaw flaw, Subjects.Company company, Style style, RandomValues rv) {

        Label write(Path documents, Rendered doc, Quality quality, Random random) throws IOException {
            if (flaw == Flaw.ID_COPY_UNSEALED) {
                return ApplicationSets.write(documents, doc, Quality.greyCopy(doc.image()), "scanned", style);
            }
            return ApplicationSets.write(documents, sealed(doc), quality, style, random);
        }

        /** The company seal stamped over the card's right side, clear of the name, number and validity lines. */
        private Rendered sealed(Rendered doc) {
            Canvas p = Canvas.over(doc.image(), style, rv);
            boolean back = doc.layout().equals("emblem");
            int cx = back ? rv.between(820, 850) : rv.between(760, 840);
            int cy = back ? rv.between(380, 420) : rv.between(300, 370);
            p.seal(cx, cy, rv.between(118, 135), style.t(company.name()), null,
                    0.7f + (float) rv.random().nextDouble() * 0.25f);
            return new Rendered(doc.type(), doc.layout(), p.finish(), true, doc.fields());
        }
    }

    private static Label write(Path documents, Rendered doc, Quality quality, Style style, Random random)
            throws IOException {
        Quality.Result image = quality == Quality.PHONE ? Quality.poorPhone(doc.image(), random, true)
                : quality.apply(doc.image(), random, true);
        return write(documents, doc, image, quality.label(), style);
    }

    private static Label write(Path documents, Rendered doc, Quality.Result image, String quality, Style style)
            throws IOException {
        String file = doc.type().name() + ".png";
        Files.write(documents.resolve(file), image.bytes());
        return new Label("documents/" + file, doc.type().name(), doc.layout(),
                doc.type().name() + "/" + doc.layout(), quality, style.font(), style.script(), doc.sealed(),
                doc.sealed() && image.colour(), image.colour(), image.width(), image.height(), doc.fields(), null);
    }

    /**
     * The name as a hurried applicant types it: one character replaced, 商贸 → 商务 where the name has it, else
     * the first brand character that has a common same-sounding substitute (what a pinyin input method offers).
     */
    static String oneCharOff(String name) {
        if (name.contains("商贸")) {
            return name.replaceFirst("商贸", "商务");
        }
        for (int i = 0; i < name.length(); i++) {
            String substitute = HOMOPHONES.get(name.charAt(i));
            if (substitute != null) {
                return name.substring(0, i) + substitute + name.substring(i + 1);
            }
        }
        throw new IllegalStateException("no character of " + name + " has a substitute");
    }

    private static final Map<Character, String> HOMOPHONES = Map.ofEntries(
            Map.entry('汇', "惠"), Map.entry('远', "源"), Map.entry('恒', "衡"), Map.entry('瑞', "锐"),
            Map.entry('蓝', "兰"), Map.entry('鑫', "新"), Map.entry('博', "波"), Map.entry('帆', "凡"),
            Map.entry('泰', "太"), Map.entry('嘉', "佳"), Map.entry('禾', "和"), Map.entry('辰', "晨"),
            Map.entry('润', "闰"), Map.entry('桥', "乔"), Map.entry('智', "志"), Map.entry('联', "连"),
            Map.entry('盛', "胜"), Map.entry('锐', "瑞"), Map.entry('创', "闯"), Map.entry('丰', "风"),
            Map.entry('鸿', "宏"), Map.entry('青', "清"), Map.entry('达', "大"), Map.entry('宏', "鸿"),
            Map.entry('启', "起"), Map.entry('航', "行"), Map.entry('图', "途"), Map.entry('德', "得"));

    /** Another person's name, as a letter left over from a previous administrator would show. */
    private static String otherName(RandomValues rv, String name) {
        String other = rv.personName();
        while (other.equals(name) || other.contains("·")) {
            other = rv.personName();
        }
        return other;
    }

    private static Subjects.Person renamed(Subjects.Person p, String name) {
        return new Subjects.Person(name, p.male(), p.ethnicity(), p.birth(), p.idNumber(), p.address(), p.issuer(),
                p.validFrom(), p.validTo(), p.mobile(), p.place());
    }

    /**
     * The person with a card ending on {@code end}: issued 20 years before for a holder who was 26 or older
     * then, else 10 years before (the terms {@link Subjects#person} draws).
     */
    private static Subjects.Person validTo(Subjects.Person p, LocalDate end) {
        LocalDate from = end.minusYears(20);
        if (from.getYear() - p.birth().getYear() < 26) {
            from = end.minusYears(10);
        }
        if (!from.isAfter(p.birth().plusYears(16))) {
            throw new IllegalStateException("a card ending " + end + " would predate " + p.name() + "'s sixteenth"
                    + " birthday: draw another seed");
        }
        return new Subjects.Person(p.name(), p.male(), p.ethnicity(), p.birth(), p.idNumber(), p.address(),
                p.issuer(), from, end, p.mobile(), p.place());
    }

    /** The form, in the format of {@code samples/application.json}, saying what the documents say. */
    static ObjectNode applicationForm(Subjects.Company c, Subjects.Person admin,
                                      LocalDate letterDate) {
        var json = CorpusGenerator.json();
        ObjectNode root = json.createObjectNode();
        // no accountId: the account is the submitting API key's (ingest refuses a form naming another)
        root.put("kind", "ORDINARY");
        String brand = c.name().replace(c.place().city().replace("市", ""), "").replaceAll("（.*?）", "");
        root.put("qualificationName", brand.substring(0, Math.min(4, brand.length())) + "语音资质");
        root.put("notificationEmail", "owner@example.com");
        ObjectNode e = root.putObject("enterprise");
        e.put("certificateType", "BUSINESS_LICENCE");
        e.put("name", c.name());
        e.put("creditCode", c.creditCode());
        e.put("organizationCode", c.organizationCode());
        e.put("enterpriseType", c.type());
        e.put("address", c.address());
        e.put("province", c.place().province());
        e.put("city", c.place().city());
        e.put("termStart", c.establishedOn().toString());
        e.put("termEnd", c.termTo() == null ? "2099-12-31" : c.termTo().toString());
        person(root.putObject("legalRepresentative"), c.legalRep());
        ObjectNode a = root.putObject("administrator");
        person(a, admin);
        a.put("contact", admin.mobile());
        root.put("letterDate", letterDate.toString());
        root.put("commitmentDate", letterDate.toString());
        root.put("remarks", "客服回访与订单通知");
        root.put("authorizationConsent", true);
        return root;
    }

    private static void person(ObjectNode node, Subjects.Person p) {
        node.put("name", p.name());
        node.put("idType", "RESIDENT_ID");
        node.put("idNumber", p.idNumber());
        node.put("idValidFrom", p.validFrom().toString());
        node.put("idValidTo", p.validTo().toString());
    }
}
