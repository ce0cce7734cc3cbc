package org.voicequal.ocr.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.voicequal.events.DocumentType;

/**
 * Two complete applications in the layout of {@code samples/}: {@code application.json} plus
 * {@code documents/<DocumentType>.png} for the eight documents of an ordinary application, and a
 * {@code labels.json} with the truth of each image.
 *
 * <ul>
 *   <li>{@code clean-approved/}: consistent values throughout (the form says what the documents say), clean
 *       renders, every licence and letter sealed, an allowed enterprise type, ID cards valid to a date;
 *   <li>{@code unsure-read/}: the same kind of application, but the licence is a poor phone photo (about
 *       600 pixels across, perspective, uneven light, blur, JPEG 45: {@link Quality#poorPhone}), so that its
 *       credit code read should come back unsure.
 * </ul>
 *
 * All images are PNG (the local launcher submits {@code *.png} by name); the phone-quality licence carries
 * its JPEG artefacts baked in. The two sets use the first and second of the fonts given, so that they can be
 * rendered in fonts the corpus fixtures' unit tests do not use.
 */
final class ApplicationSets {

    private ApplicationSets() {
    }

    static void write(Path dir, List<String> fonts, long seed, LocalDate today) throws IOException {
        set(dir.resolve("clean-approved"), "acct-clean-approved", fonts.get(0), seed * 31 + 1, today, Quality.CLEAN);
        set(dir.resolve("unsure-read"), "acct-unsure-read", fonts.get(Math.min(1, fonts.size() - 1)), seed * 31 + 2,
                today, Quality.PHONE);
    }

    private static void set(Path dir, String account, String font, long seed, LocalDate today, Quality licenceQuality)
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
        company = new Subjects.Company(company.kind(), company.name(), company.creditCode(), company.type(), rep,
                company.address(), company.capital(), company.establishedOn(), company.termTo(), company.issuedOn(),
                company.authority(), company.scope(), company.serial(), company.place());
        LocalDate letterDate = rv.date(today.minusDays(10), today);
        Style style = new Style(font, CorpusGenerator.Fonts.handwriting(font), false, Color.BLACK, true);
        LicenceRenderer licences = new LicenceRenderer(rv);
        IdCardRenderer ids = new IdCardRenderer(rv);
        LetterRenderer letters = new LetterRenderer(rv);
        List<Label> labels = new ArrayList<>();
        labels.add(write(documents, licences.twoColumn(company, style), licenceQuality, style, random));
        labels.add(write(documents, ids.front(rep, style, DocumentType.LEGAL_REP_ID_FRONT), Quality.CLEAN, style, random));
        labels.add(write(documents, ids.back(rep, style, DocumentType.LEGAL_REP_ID_BACK), Quality.CLEAN, style, random));
        labels.add(write(documents, ids.front(admin, style, DocumentType.ADMIN_ID_FRONT), Quality.CLEAN, style, random));
        labels.add(write(documents, ids.back(admin, style, DocumentType.ADMIN_ID_BACK), Quality.CLEAN, style, random));
        labels.add(write(documents, ids.inHand(admin, style), Quality.CLEAN, style, random));
        labels.add(write(documents, letters.commitment(company, letterDate, style), Quality.CLEAN, style, random));
        labels.add(write(documents, letters.numberApplication(company, admin, letterDate, style), Quality.CLEAN,
                style, random));
        Labels.write(dir, labels);
        Files.writeString(dir.resolve("application.json"), applicationJson(account, company, admin, letterDate));
    }

    private static Label write(Path documents, Rendered doc, Quality quality, Style style, Random random)
            throws IOException {
        Quality.Result image = quality == Quality.PHONE ? Quality.poorPhone(doc.image(), random, true)
                : quality.apply(doc.image(), random, true);
        String file = doc.type().name() + ".png";
        Files.write(documents.resolve(file), image.bytes());
        return new Label("documents/" + file, doc.type().name(), doc.layout(),
                doc.type().name() + "/" + doc.layout(), quality.label(), style.font(), style.script(), doc.sealed(),
                doc.sealed() && image.colour(), image.colour(), image.width(), image.height(), doc.fields(), null);
    }

    /** The form, in the format of {@code samples/application.json}, saying what the documents say. */
    static String applicationJson(String account, Subjects.Company c, Subjects.Person admin, LocalDate letterDate)
            throws IOException {
        var json = CorpusGenerator.json();
        ObjectNode root = json.createObjectNode();
        root.put("accountId", account);
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
        return json.writeValueAsString(root) + "\n";
    }

    private static void person(ObjectNode node, Subjects.Person p) {
        node.put("name", p.name());
        node.put("idType", "RESIDENT_ID");
        node.put("idNumber", p.idNumber());
        node.put("idValidFrom", p.validFrom().toString());
        node.put("idValidTo", p.validTo().toString());
    }
}
