package org.voicequal.ocr.extraction.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicequal.domain.UnifiedSocialCreditCode;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * Reads a 统一社会信用代码 (GB 32100) out of the value region of its label: exactly 18 characters, spaces OCR
 * inserted removed, checksum passed; look-alikes corrected only when the checksum confirms exactly one
 * correction, and then with a lowered confidence. A run one character short or long, or of 18 that fails the
 * checksum, is left unread as a {@linkplain FieldRead#nearMiss near miss}: the code is printed there.
 */
public final class CreditCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern RUN = Pattern.compile("[0-9A-Za-z|!]{15,}");

    private CreditCodes() {
    }

    public static FieldRead read(String field, Span value) {
        Span compact = value.compact();
        Matcher m = RUN.matcher(compact.text());
        String failure = "no 18-character code in the value";
        FieldRead nearMiss = null;
        while (m.find()) {
            Span span = compact.sub(m.start(), m.end());
            String raw = m.group();
            if (raw.length() != 18) {
                failure = "the code has " + raw.length() + " characters, not 18";
                if (nearMiss == null && Math.abs(raw.length() - 18) == 1) {
                    nearMiss = FieldRead.nearMiss(field, failure, span.box(), raw);
                }
                continue;
            }
            if (UnifiedSocialCreditCode.isValid(raw)) {
                return Reads.read(field, raw, span);
            }
            String corrected = Confusables.correct(raw, ALPHABET, UnifiedSocialCreditCode::isValid);
            if (corrected != null) {
                return Reads.read(field, corrected, span, Confusables.CORRECTED_CONFIDENCE);
            }
            failure = isAlphabet(raw) ? "checksum failed (GB 32100)" : "characters outside the GB 32100 alphabet";
            nearMiss = FieldRead.nearMiss(field, failure, span.box(), raw);
        }
        return nearMiss != null ? nearMiss : FieldRead.unread(field, failure);
    }

    private static boolean isAlphabet(String raw) {
        return raw.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
