package org.voicequal.ocr.extraction.common;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicequal.domain.ResidentIdNumber;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * Reads a 公民身份号码 (GB 11643): 17 digits and a check character (X for 10), spaces removed, checked; look-alikes
 * corrected only when the check confirms one correction, with a lowered confidence.
 */
public final class IdNumbers {

    private static final String ALPHABET = "0123456789X";
    private static final Pattern RUN = Pattern.compile("[0-9Xx×OoIlDBSZ|]{15,}");

    private IdNumbers() {
    }

    public static FieldRead read(String field, Span value) {
        Span compact = value.compact();
        Matcher m = RUN.matcher(compact.text());
        String failure = "no 18-character ID number in the value";
        FieldRead nearMiss = null;
        while (m.find()) {
            Span span = compact.sub(m.start(), m.end());
            String raw = m.group();
            if (raw.length() != 18) {
                failure = "the number has " + raw.length() + " characters, not 18";
                if (nearMiss == null && Math.abs(raw.length() - 18) == 1) {
                    nearMiss = FieldRead.nearMiss(field, failure, span.box(), raw);
                }
                continue;
            }
            if (ResidentIdNumber.isValid(raw.replace('x', 'X'))) {
                return Reads.read(field, raw.replace('x', 'X'), span);
            }
            String corrected = Confusables.correct(raw, ALPHABET, ResidentIdNumber::isValid);
            if (corrected != null) {
                return Reads.read(field, corrected, span, Confusables.CORRECTED_CONFIDENCE);
            }
            failure = "check character failed (GB 11643)";
            nearMiss = FieldRead.nearMiss(field, failure, span.box(), raw);
        }
        return nearMiss != null ? nearMiss : FieldRead.unread(field, failure);
    }

    /** The birth date held in characters 7 to 14 of a valid number. */
    public static LocalDate birthDate(String number) {
        return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14)));
    }
}
