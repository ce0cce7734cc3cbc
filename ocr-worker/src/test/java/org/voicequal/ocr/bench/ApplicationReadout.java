package org.voicequal.ocr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.OcrReading;
import org.voicequal.ocr.corpus.Label;
import org.voicequal.ocr.corpus.Labels;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.image.Seal;
import org.voicequal.ocr.reading.DocumentResult;
import org.voicequal.ocr.reading.FieldResult;

/**
 * What the reader makes of the committed application sets ({@code samples/applications}), document by
 * document, as the worker reads them ({@link OcrReading#withDefaults()}: PP-OCR page, extraction, Tesseract on
 * each field's crop, {@code Confirmation.measured()}): every field with the true value (labels.json), the value
 * read, whether it is the truth, what the form says and whether the read equals it ({@link ComparableText#same},
 * as validation compares), the engines' agreement, the confidence, whether it is confirmed, the other engine's
 * value and an unread field's reason; and the image traits the {@code DocumentsRecognized} event carries: colour,
 * and each seal with its score and whether it lies over the company-name line (as {@code RecognizedDocuments}
 * computes it). The values are synthetic: they are printed in clear.
 *
 * <p>Run from the repository root; writes Markdown to standard output, or to {@code --out FILE}:
 *
 * <pre>
 * ocr-worker/test-main org.voicequal.ocr.bench.ApplicationReadout --sets name-one-char-off,letter-admin-mismatch
 * ocr-worker/test-main org.voicequal.ocr.bench.ApplicationReadout --out docs/sample-applications-readout.md
 * </pre>
 *
 * Options: {@code --applications DIR} (default {@code samples/applications}), {@code --sets a,b} (default every
 * set directory), {@code --out FILE}.
 */
public final class ApplicationReadout {

    /** Where each field of each document stands on the form (JSON pointers into application.json). */
    private static final Map<String, Map<String, String>> FORM = Map.of(
            "BUSINESS_LICENCE", Map.of(Fields.ENTERPRISE_NAME, "/enterprise/name", Fields.CREDIT_CODE,
                    "/enterprise/creditCode", Fields.ENTERPRISE_TYPE, "/enterprise/enterpriseType",
                    Fields.LEGAL_REPRESENTATIVE, "/legalRepresentative/name", Fields.ADDRESS, "/enterprise/address",
                    Fields.ESTABLISHED_ON, "/enterprise/termStart", Fields.TERM_TO, "/enterprise/termEnd"),
            "LEGAL_REP_ID_FRONT", Map.of(Fields.NAME, "/legalRepresentative/name", Fields.ID_NUMBER,
                    "/legalRepresentative/idNumber"),
            "LEGAL_REP_ID_BACK", Map.of(Fields.VALID_FROM, "/legalRepresentative/idValidFrom", Fields.VALID_TO,
                    "/legalRepresentative/idValidTo"),
            "ADMIN_ID_FRONT", Map.of(Fields.NAME, "/administrator/name", Fields.ID_NUMBER, "/administrator/idNumber"),
            "ADMIN_ID_BACK", Map.of(Fields.VALID_FROM, "/administrator/idValidFrom", Fields.VALID_TO,
                    "/administrator/idValidTo"),
            "ADMIN_ID_IN_HAND", Map.of(Fields.NAME, "/administrator/name", Fields.ID_NUMBER,
                    "/administrator/idNumber"),
            "COMMITMENT_LETTER", Map.of(Fields.SIGNATORY_COMPANY, "/enterprise/name", Fields.CREDIT_CODE,
                    "/enterprise/creditCode", Fields.LETTER_DATE, "/commitmentDate"),
            "NUMBER_APPLICATION_LETTER", Map.of(Fields.ADMIN_NAME_IN_BLANK, "/administrator/name",
                    Fields.ADMIN_NAME_AT_SIGNATURE, "/administrator/name", Fields.ID_NUMBER, "/administrator/idNumber",
                    Fields.MOBILE, "/administrator/contact", Fields.LETTER_DATE, "/letterDate"));

    private ApplicationReadout() {
    }

    public static void main(String[] args) throws IOException {
        Path applications = Path.of("samples/applications");
        List<String> only = List.of();
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--applications" -> applications = Path.of(args[++i]);
                case "--sets" -> only = Arrays.stream(args[++i].split(",")).map(String::strip).toList();
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (see the Javadoc of ApplicationReadout)");
            }
        }
        List<Path> sets = new ArrayList<>();
        try (var dirs = Files.list(applications)) {
            for (Path dir : dirs.sorted().toList()) {
                if (Files.exists(dir.resolve(Labels.FILE))
                        && (only.isEmpty() || only.contains(dir.getFileName().toString()))) {
                    sets.add(dir);
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# The sample applications as the reader reads them\n\n")
                .append("`ocr-worker/test-main org.voicequal.ocr.bench.ApplicationReadout` (both engines, as the worker runs")
                .append(" them), ").append(Instant.now()).append(". `truth`: labels.json; `=truth`, `=form`: the")
                .append(" read equals it (ComparableText.same); `agree`: BOTH_AGREE, ONE_ENGINE, DISAGREE, UNREAD;")
                .append(" `other`: the second engine's differing value. Seals: score, and `over name` when the seal")
                .append(" box meets the company-name line's box.\n");
        try (OcrReading reading = OcrReading.withDefaults()) {
            for (Path dir : sets) {
                md.append(set(reading, dir));
                System.err.println("read " + dir.getFileName());
            }
        }
        if (out == null) {
            System.out.print(md);
        } else {
            Files.writeString(out, md);
            System.err.println("wrote " + out);
        }
    }

    private static String set(OcrReading reading, Path dir) throws IOException {
        JsonNode form = new ObjectMapper().readTree(dir.resolve("application.json").toFile());
        StringBuilder md = new StringBuilder("\n## ").append(dir.getFileName()).append("\n");
        for (Label label : Labels.read(dir)) {
            DocumentResult result = reading.reader().read(DocumentType.valueOf(label.type()),
                    Files.readAllBytes(dir.resolve(label.file())));
            md.append("\n### ").append(label.type()).append(" (").append(label.quality()).append(", ")
                    .append(label.width()).append("×").append(label.height()).append(", ")
                    .append(result.millis()).append(" ms)\n\n");
            if (!result.isReadable()) {
                md.append("unreadable: ").append(result.unreadable()).append("\n");
                continue;
            }
            md.append("traits: colour ").append(result.traits().colour()).append(" (truth ").append(label.colour())
                    .append("), seals ").append(seals(result)).append(" (truth: ")
                    .append(label.sealed() ? "a red seal" : label.stamped() ? "stamped, not red" : "none")
                    .append(")\n\n");
            md.append("| field | truth | read | =truth | form | =form | agree | conf. | confirmed | other | unread |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            Map<String, String> pointers = FORM.getOrDefault(label.type(), Map.of());
            List<String> names = new ArrayList<>(label.fields().keySet());
            result.fields().stream().map(FieldResult::name).filter(n -> !names.contains(n)).forEach(names::add);
            for (String name : names) {
                String truth = label.fields().get(name);
                Optional<FieldResult> field = result.field(name);
                FieldRead read = field.map(FieldResult::read).orElse(null);
                String value = read == null ? null : read.value();
                String formValue = pointers.containsKey(name) ? form.at(pointers.get(name)).asText(null) : null;
                md.append("| ").append(name)
                        .append(" | ").append(cell(truth))
                        .append(" | ").append(read == null ? "(no such field)" : cell(value))
                        .append(" | ").append(value == null || truth == null ? "" : mark(truth, value))
                        .append(" | ").append(formValue == null ? "" : formValue.equals(truth) ? "(=truth)" : cell(formValue))
                        .append(" | ").append(value == null || formValue == null ? "" : mark(formValue, value))
                        .append(" | ").append(field.map(f -> f.agreement().name()).orElse(""))
                        .append(" | ").append(read == null || !read.isRead() ? "" : String.format("%.2f", read.confidence()))
                        .append(" | ").append(field.map(f -> f.confirmed() ? "**yes**" : "no").orElse(""))
                        .append(" | ").append(field.map(FieldResult::otherValue).map(ApplicationReadout::cell).orElse(""))
                        .append(" | ").append(read == null || read.isRead() ? "" : cell(read.unreadReason()))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static String seals(DocumentResult result) {
        List<Seal> seals = result.traits().seals();
        if (seals.isEmpty()) {
            return "none";
        }
        Optional<Box> company = result.field(Fields.SIGNATORY_COMPANY).or(() -> result.field(Fields.ENTERPRISE_NAME))
                .map(FieldResult::read).filter(FieldRead::isRead).map(FieldRead::box);
        StringBuilder s = new StringBuilder();
        for (Seal seal : seals) {
            s.append(s.isEmpty() ? "" : "; ").append(String.format("%.2f", seal.score())).append(" at ")
                    .append(seal.box().x()).append(",").append(seal.box().y()).append(" ")
                    .append(seal.box().width()).append("×").append(seal.box().height())
                    .append(company.map(seal.box()::intersects).orElse(false) ? " over name" : "");
        }
        return seals.size() + " (" + s + ")";
    }

    private static String mark(String expected, String read) {
        return ComparableText.same(expected, read) ? "=" : "**≠**";
    }

    private static String cell(String s) {
        return s == null ? "–" : s.replace("|", "\\|").replace("\n", " ⏎ ");
    }
}
