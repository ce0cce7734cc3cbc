package org.voicequal.ocr.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.voicequal.domain.OrganizationCode;
import org.voicequal.domain.ResidentIdNumber;
import org.voicequal.domain.UnifiedSocialCreditCode;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;

/**
 * The committed fixture sets ({@code corpus/} and every set of {@code samples/applications/}) are what their
 * labels say: every labelled file exists and has the labelled size, every image is labelled, kinds and field
 * names are known, identifiers carry valid check characters, birth dates are the ID numbers', passports' MRZ
 * check digits hold, and the corpus covers every kind, both scripts and all qualities; each application's form
 * says what its documents say, but for the one flaw its set is named after. No font and no OCR: fast.
 */
class CorpusLabelsTest {

    private static final Path RESOURCES = Path.of("src", "test", "resources");
    private static final Path CORPUS = RESOURCES.resolve("corpus");
    private static final Path APPLICATIONS = Path.of("..", "samples", "applications");
    private static final Set<String> LAYOUTS = Set.of("two-column", "one-column", "individual", "public-institution",
            "uscc-certificate", "portrait", "emblem", "in-hand", "passport", "commitment", "number-application",
            "tax-registration", "organization-code");
    private static final Set<String> FIELD_NAMES = Arrays.stream(Fields.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .filter(f -> !f.getName().startsWith("LONG_TERM"))
            .map(f -> {
                try {
                    return (String) f.get(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            })
            .collect(Collectors.toSet());
    private static final Set<String> DATE_FIELDS = Set.of(Fields.ESTABLISHED_ON, Fields.TERM_FROM, Fields.TERM_TO,
            Fields.ISSUED_ON, Fields.BIRTH_DATE, Fields.VALID_FROM, Fields.EXPIRES_ON, Fields.LETTER_DATE);

    @Test
    void corpusLabelsAreConsistent() throws Exception {
        List<Label> labels = Labels.read(CORPUS);
        assertThat(labels).hasSizeBetween(40, 70);
        labels.forEach(label -> checkLabel(CORPUS, label));
        assertThat(imagesIn(CORPUS)).containsExactlyInAnyOrderElementsOf(labels.stream().map(Label::file).toList());
    }

    @Test
    void corpusCoversEveryKindScriptAndQuality() throws Exception {
        List<Label> labels = Labels.read(CORPUS);
        assertThat(labels.stream().map(Label::layout).collect(Collectors.toSet())).isEqualTo(LAYOUTS);
        assertThat(labels.stream().map(Label::script).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("simplified", "traditional");
        assertThat(labels.stream().map(Label::quality).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("clean", "scanned", "phone");
        assertThat(labels.stream().map(Label::font).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(labels).anyMatch(Label::sealed).anyMatch(l -> !l.colour());
    }

    @Test
    void totalFixtureSizeStaysSmall() throws Exception {
        long bytes;
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("corpus"))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(6L * 1024 * 1024);
    }

    @Test
    void applicationsAreCompleteAndAgreeWithTheirForms() throws Exception {
        Set<String> corpusFonts = Labels.read(CORPUS).stream().map(Label::font).collect(Collectors.toSet());
        for (String name : setNames()) {
            Path dir = APPLICATIONS.resolve(name);
            List<Label> labels = Labels.read(dir);
            labels.forEach(label -> checkLabel(dir, label));
            assertThat(labels).extracting(Label::type).containsExactlyInAnyOrder("BUSINESS_LICENCE",
                    "LEGAL_REP_ID_FRONT", "LEGAL_REP_ID_BACK", "ADMIN_ID_FRONT", "ADMIN_ID_BACK", "ADMIN_ID_IN_HAND",
                    "COMMITMENT_LETTER", "NUMBER_APPLICATION_LETTER");
            assertThat(labels).allSatisfy(l -> assertThat(l.file()).isEqualTo("documents/" + l.type() + ".png"));
            assertThat(labels).noneMatch(l -> corpusFonts.contains(l.font()));
            JsonNode form = new ObjectMapper().readTree(dir.resolve("application.json").toFile());
            assertThat(form.has("accountId")).as("the account is the API key's, not a form field").isFalse();
            Map<String, Label> byType = labels.stream().collect(Collectors.toMap(Label::type, l -> l));
            Map<String, String> licence = byType.get("BUSINESS_LICENCE").fields();
            Map<String, String> letter = byType.get("NUMBER_APPLICATION_LETTER").fields();
            assertThat(form.at("/enterprise/creditCode").asText()).isEqualTo(licence.get(Fields.CREDIT_CODE));
            String formName = form.at("/enterprise/name").asText();
            if (name.equals("name-one-char-off")) {
                String truth = licence.get(Fields.ENTERPRISE_NAME);
                assertThat(formName).hasSameSizeAs(truth).isNotEqualTo(truth);
                assertThat(IntStream.range(0, truth.length()).filter(i -> truth.charAt(i) != formName.charAt(i)))
                        .as("one character off").hasSize(1);
            } else {
                assertThat(formName).isEqualTo(licence.get(Fields.ENTERPRISE_NAME));
            }
            assertThat(form.at("/enterprise/enterpriseType").asText()).isEqualTo(name.equals("forbidden-type")
                    ? ApplicationSets.TYPED_FOR_FORBIDDEN : licence.get(Fields.ENTERPRISE_TYPE));
            assertThat(form.at("/enterprise/organizationCode").asText())
                    .isEqualTo(licence.get(Fields.CREDIT_CODE).substring(8, 17));
            assertThat(form.at("/enterprise/termEnd").asText()).isEqualTo(licence.get(Fields.TERM_TO));
            assertThat(form.at("/legalRepresentative/name").asText())
                    .isEqualTo(licence.get(Fields.LEGAL_REPRESENTATIVE))
                    .isEqualTo(byType.get("LEGAL_REP_ID_FRONT").fields().get(Fields.NAME));
            assertThat(form.at("/legalRepresentative/idNumber").asText())
                    .isEqualTo(byType.get("LEGAL_REP_ID_FRONT").fields().get(Fields.ID_NUMBER));
            assertThat(form.at("/legalRepresentative/idValidTo").asText())
                    .isEqualTo(byType.get("LEGAL_REP_ID_BACK").fields().get(Fields.VALID_TO));
            assertThat(form.at("/administrator/name").asText())
                    .isEqualTo(byType.get("ADMIN_ID_FRONT").fields().get(Fields.NAME))
                    .isEqualTo(byType.get("ADMIN_ID_IN_HAND").fields().get(Fields.NAME));
            assertThat(form.at("/administrator/idNumber").asText())
                    .isEqualTo(byType.get("ADMIN_ID_FRONT").fields().get(Fields.ID_NUMBER))
                    .isEqualTo(byType.get("ADMIN_ID_IN_HAND").fields().get(Fields.ID_NUMBER))
                    .isEqualTo(letter.get(Fields.ID_NUMBER));
            assertThat(form.at("/administrator/idValidTo").asText())
                    .isEqualTo(byType.get("ADMIN_ID_BACK").fields().get(Fields.VALID_TO));
            if (name.equals("letter-admin-mismatch")) {
                assertThat(letter.get(Fields.ADMIN_NAME_IN_BLANK)).isNotEqualTo(form.at("/administrator/name").asText())
                        .isEqualTo(letter.get(Fields.ADMIN_NAME_AT_SIGNATURE));
            } else {
                assertThat(form.at("/administrator/name").asText()).isEqualTo(letter.get(Fields.ADMIN_NAME_IN_BLANK))
                        .isEqualTo(letter.get(Fields.ADMIN_NAME_AT_SIGNATURE));
            }
            assertThat(form.at("/administrator/contact").asText()).isEqualTo(letter.get(Fields.MOBILE));
            assertThat(form.at("/letterDate").asText())
                    .isEqualTo(byType.get("COMMITMENT_LETTER").fields().get(Fields.LETTER_DATE));
            assertThat(byType.get("COMMITMENT_LETTER").fields().get(Fields.SIGNATORY_COMPANY))
                    .isEqualTo(licence.get(Fields.ENTERPRISE_NAME));
            assertThat(byType.get("BUSINESS_LICENCE").stamped()).isTrue();
            assertThat(byType.get("COMMITMENT_LETTER").sealed()).isTrue();
            assertThat(byType.get("NUMBER_APPLICATION_LETTER").sealed()).isTrue();
        }
        assertThat(Labels.read(APPLICATIONS.resolve("clean-approved"))).allMatch(l -> l.quality().equals("clean"));
        assertThat(Labels.read(APPLICATIONS.resolve("unsure-read")))
                .anyMatch(l -> l.type().equals("BUSINESS_LICENCE") && l.quality().equals("phone"));
    }

    /**
     * Each flawed set has its flaw and no other: ID images sealed in red (but in id-copy-unsealed), clean renders
     * (but the administrator's ID front in ambiguous-reviewer-approves), allowed types (but in forbidden-type), and
     * every ID valid beyond the reminder window of the generation day (but the one the flaw is about).
     */
    @Test
    void eachFlawedSetHasItsFlawAndNoOther() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(APPLICATIONS.resolve("sets.json").toFile());
        for (JsonNode set : manifest) {
            String name = set.get("directory").asText();
            if (name.equals("clean-approved") || name.equals("unsure-read")) {
                continue;
            }
            LocalDate generatedOn = LocalDate.parse(set.get("generatedOn").asText());
            Path dir = APPLICATIONS.resolve(name);
            Map<String, Label> byType = Labels.read(dir).stream().collect(Collectors.toMap(Label::type, l -> l));
            JsonNode form = new ObjectMapper().readTree(dir.resolve("application.json").toFile());
            for (String id : List.of("LEGAL_REP_ID_FRONT", "LEGAL_REP_ID_BACK", "ADMIN_ID_FRONT", "ADMIN_ID_BACK")) {
                Label label = byType.get(id);
                if (name.equals("id-copy-unsealed")) {
                    assertThat(label.stamped() || label.sealed() || label.colour()).as(name + " " + id).isFalse();
                } else {
                    assertThat(label.sealed() && label.colour()).as(name + " " + id + " sealed in red").isTrue();
                }
            }
            assertThat(byType.get("ADMIN_ID_IN_HAND").colour()).isTrue();
            assertThat(byType.values()).as(name).allMatch(l -> l.quality().equals(
                    name.equals("ambiguous-reviewer-approves") && l.type().equals("ADMIN_ID_FRONT") ? "phone"
                            : name.equals("id-copy-unsealed") && l.type().matches(".*_ID_(FRONT|BACK)") ? "scanned"
                            : "clean"));
            String type = form.at("/enterprise/enterpriseType").asText();
            assertThat(RandomValues.FORBIDDEN_TYPES).as("typed: ingest refuses a forbidden type").doesNotContain(type);
            assertThat(byType.get("BUSINESS_LICENCE").fields().get(Fields.ENTERPRISE_TYPE))
                    .as("on the licence").isEqualTo(name.equals("forbidden-type") ? ApplicationSets.FORBIDDEN_TYPE : type);
            LocalDate rep = LocalDate.parse(form.at("/legalRepresentative/idValidTo").asText());
            LocalDate admin = LocalDate.parse(form.at("/administrator/idValidTo").asText());
            if (name.equals("expiring-soon")) {
                assertThat(rep).isEqualTo(generatedOn.plusDays(ApplicationSets.ENDS_SOON_DAYS));
            } else {
                assertThat(rep).isAfter(generatedOn.plusDays(7));
            }
            if (name.equals("expired-admin-id")) {
                assertThat(admin).isBefore(generatedOn);
            } else {
                assertThat(admin).isAfter(generatedOn.plusDays(7));
            }
            assertThat(LocalDate.parse(form.at("/letterDate").asText())).isBeforeOrEqualTo(generatedOn)
                    .isAfter(LocalDate.parse(form.at("/enterprise/termStart").asText()));
        }
    }

    /** The set directories, as sets.json lists them: every directory holding an application, and only those. */
    private static List<String> setNames() throws Exception {
        List<String> listed = new ArrayList<>();
        new ObjectMapper().readTree(APPLICATIONS.resolve("sets.json").toFile())
                .forEach(set -> listed.add(set.get("directory").asText()));
        try (Stream<Path> dirs = Files.list(APPLICATIONS)) {
            assertThat(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
        assertThat(listed).contains("clean-approved", "unsure-read");
        return listed;
    }

    private static void checkLabel(Path dir, Label label) {
        Path file = dir.resolve(label.file());
        assertThat(file).as(label.file()).isRegularFile();
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (Exception e) {
            throw new AssertionError(label.file() + " does not decode", e);
        }
        assertThat(image).as(label.file()).isNotNull();
        assertThat(image.getWidth()).as(label.file()).isEqualTo(label.width());
        assertThat(image.getHeight()).as(label.file()).isEqualTo(label.height());
        assertThat(DocumentType.valueOf(label.type())).isNotEqualTo(DocumentType.OTHER);
        assertThat(label.layout()).isIn(LAYOUTS);
        assertThat(label.kind()).isEqualTo(label.type() + "/" + label.layout());
        assertThat(label.quality()).isIn("clean", "scanned", "phone");
        assertThat(label.script()).isIn("simplified", "traditional");
        assertThat(label.font()).isNotBlank();
        if (label.sealed()) {
            assertThat(label.stamped() && label.colour()).as(label.file() + ": a visible red seal").isTrue();
        }
        Map<String, String> f = label.fields();
        assertThat(f).as(label.file()).isNotEmpty();
        assertThat(f.keySet()).as(label.file()).allMatch(FIELD_NAMES::contains);
        assertThat(f.values()).as(label.file()).allMatch(v -> v != null && !v.isBlank());
        for (String date : DATE_FIELDS) {
            if (f.containsKey(date)) {
                LocalDate.parse(f.get(date));
            }
        }
        if (f.containsKey(Fields.VALID_TO) && !f.get(Fields.VALID_TO).equals(Fields.LONG_TERM)) {
            assertThat(LocalDate.parse(f.get(Fields.VALID_TO))).isAfter(LocalDate.parse(f.get(Fields.VALID_FROM)));
        }
        if (f.containsKey(Fields.CREDIT_CODE)) {
            assertThat(UnifiedSocialCreditCode.isValid(f.get(Fields.CREDIT_CODE))).as(label.file()).isTrue();
        }
        if (f.containsKey(Fields.ID_NUMBER)) {
            String id = f.get(Fields.ID_NUMBER);
            assertThat(ResidentIdNumber.isValid(id)).as(label.file()).isTrue();
            if (f.containsKey(Fields.BIRTH_DATE)) {
                assertThat(f.get(Fields.BIRTH_DATE).replace("-", "")).isEqualTo(id.substring(6, 14));
            }
        }
        if (f.containsKey(Fields.ORGANIZATION_CODE)) {
            new OrganizationCode(f.get(Fields.ORGANIZATION_CODE));
        }
        if (f.containsKey(Fields.TAX_NUMBER)) {
            assertThat(f.get(Fields.TAX_NUMBER)).hasSize(15);
            new OrganizationCode(f.get(Fields.TAX_NUMBER).substring(6));
        }
        if (f.containsKey(Fields.ESTABLISHED_ON) && f.containsKey(Fields.ISSUED_ON)) {
            assertThat(LocalDate.parse(f.get(Fields.ISSUED_ON)))
                    .isAfterOrEqualTo(LocalDate.parse(f.get(Fields.ESTABLISHED_ON)));
        }
        if (label.layout().equals("passport")) {
            String[] mrz = label.mrz().split("\n");
            assertThat(mrz).hasSize(2).allSatisfy(line -> assertThat(line).hasSize(44));
            String l2 = mrz[1];
            assertThat(l2.substring(0, 9).replace("<", "")).isEqualTo(f.get(Fields.PASSPORT_NUMBER));
            assertThat(l2.charAt(9)).isEqualTo(Mrz.check(l2.substring(0, 9)));
            assertThat(l2.charAt(19)).isEqualTo(Mrz.check(l2.substring(13, 19)));
            assertThat(l2.charAt(27)).isEqualTo(Mrz.check(l2.substring(21, 27)));
            assertThat(l2.charAt(43)).isEqualTo(Mrz.check(l2.substring(0, 10) + l2.substring(13, 20)
                    + l2.substring(21, 43)));
            assertThat(l2.substring(13, 19)).isEqualTo(f.get(Fields.BIRTH_DATE).substring(2).replace("-", ""));
        }
    }

    private static List<String> imagesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png") || n.endsWith(".jpg"))
                    .toList();
        }
    }
}
