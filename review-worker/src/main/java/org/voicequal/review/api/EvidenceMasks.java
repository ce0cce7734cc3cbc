package org.voicequal.review.api;

import java.util.Locale;
import java.util.regex.Pattern;
import org.voicequal.domain.Masks;

/**
 * How an evidence value is masked, chosen by the evidence's field name (資質敏感信息保護): ID and passport
 * numbers, codes, contacts, enterprise names and types, people's names each get their mask from
 * {@link Masks}. Dates (and 長期), yes/no values, the certificate type and addresses stay clear: they are what
 * a reviewer compares, and the seed masks none of them. Any other field is masked to its ends, so a field added later is never shown
 * clear by accident.
 */
final class EvidenceMasks {

    private static final Pattern CLEAR_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|true|false|長期|长期|LONG_TERM");

    private EvidenceMasks() {
    }

    /** @param field the evidence's field, e.g. {@code legalRepresentative.idNumber}; else the field read */
    static String mask(String field, String clear) {
        if (clear == null) {
            return null;
        }
        String path = field == null ? "" : field.toLowerCase(Locale.ROOT);
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (name.contains("idnumber") || name.contains("passport")) {
            return Masks.idNumber(clear);
        }
        if (name.endsWith("code")) {
            return Masks.code(clear);
        }
        if (name.contains("contact") || name.contains("phone") || name.contains("mobile") || name.contains("email")) {
            return Masks.contact(clear);
        }
        if (name.equals("certificatetype") || name.equals("licencekind")) {
            return clear; // which kind of certificate: what the reviewer checks the image against, not a secret
        }
        if (name.contains("enterprise") || name.contains("company") || path.startsWith("enterprise.")
                && (name.equals("name") || name.endsWith("type"))) {
            return Masks.enterpriseName(clear);
        }
        if (name.contains("name") || name.contains("signature")) {
            return Masks.name(clear);
        }
        if (CLEAR_VALUE.matcher(clear.strip()).matches() || name.contains("address") || name.contains("province")
                || name.contains("city")) {
            return clear;
        }
        return Masks.code(clear);
    }
}
