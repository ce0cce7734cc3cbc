package org.voicequal.ocr.extraction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicequal.domain.ResidentIdNumber;
import org.voicequal.domain.UnifiedSocialCreditCode;
import org.voicequal.events.DocumentType;

/**
 * Reads the decisive fields out of OCR text, by document type. Checksums catch misreads, but one misread in
 * 31 still passes a mod-31 check, so a candidate must also be a whole token of exactly the right length.
 * Tesseract puts spaces between Hanzi and sometimes inside codes, so whitespace is removed first.
 */
public final class FieldExtractor {

    public static final String CREDIT_CODE = "creditCode";
    public static final String ID_NUMBER = "idNumber";
    public static final String NAME = "name";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";

    private static final Pattern CODE_RUN = Pattern.compile("[0-9A-Z]+");
    private static final Pattern ID_RUN = Pattern.compile("[0-9X]+");
    /** The name follows its label on the label's own line, and stops where the next label (性别) starts. */
    private static final Pattern NAME_AFTER_LABEL = Pattern.compile("姓名([\\p{IsHan}·]{2,6}?)(?:性别|$)");
    private static final Pattern VALIDITY = Pattern.compile(
            "(\\d{4})[.\\-/年](\\d{2})[.\\-/月](\\d{2})日?[-—–~至]+(?:(\\d{4})[.\\-/年](\\d{2})[.\\-/月](\\d{2})日?|(长期|長期))");

    private FieldExtractor() {
    }

    public static Map<String, String> extract(DocumentType type, String text) {
        String compact = text.replaceAll("\\s+", "").toUpperCase();
        Map<String, String> fields = new LinkedHashMap<>();
        switch (type) {
            case BUSINESS_LICENCE -> firstWholeRun(CODE_RUN, compact, 18, UnifiedSocialCreditCode::isValid)
                    .ifPresent(code -> fields.put(CREDIT_CODE, code));
            case LEGAL_REP_ID_FRONT, ADMIN_ID_FRONT, ADMIN_ID_IN_HAND -> {
                firstWholeRun(ID_RUN, compact, 18, ResidentIdNumber::isValid).ifPresent(id -> fields.put(ID_NUMBER, id));
                text.lines().map(line -> line.replaceAll("\\s+", "")).map(NAME_AFTER_LABEL::matcher)
                        .filter(Matcher::find).findFirst().ifPresent(name -> fields.put(NAME, name.group(1)));
            }
            case LEGAL_REP_ID_BACK, ADMIN_ID_BACK -> {
                Matcher validity = VALIDITY.matcher(compact);
                if (validity.find()) {
                    fields.put(VALID_FROM, validity.group(1) + "-" + validity.group(2) + "-" + validity.group(3));
                    fields.put(VALID_TO, validity.group(7) != null ? "2099-12-31"
                            : validity.group(4) + "-" + validity.group(5) + "-" + validity.group(6));
                }
            }
            default -> {
                // letters and certificates: the text itself is the evidence for now
            }
        }
        return fields;
    }

    /**
     * The first maximal run of {@code pattern} that has exactly {@code length} characters and passes
     * {@code check}. Runs are delimited by anything outside the pattern, which includes Hanzi labels.
     */
    private static java.util.Optional<String> firstWholeRun(Pattern pattern, String compact, int length,
            java.util.function.Predicate<String> check) {
        Matcher m = pattern.matcher(compact);
        while (m.find()) {
            String run = m.group();
            if (run.length() == length && check.test(run)) {
                return java.util.Optional.of(run);
            }
        }
        return java.util.Optional.empty();
    }
}
