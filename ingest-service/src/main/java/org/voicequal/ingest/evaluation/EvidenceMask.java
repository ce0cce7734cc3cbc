package org.voicequal.ingest.evaluation;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.voicequal.domain.Masks;

/**
 * How an evidence value is shown, chosen by the form field it is evidence for (資質敏感信息保護, the detail
 * view's list): names, ID and passport numbers, codes, the enterprise's name and type and contacts are
 * masked; dates and the other values the owner typed that identify no one are shown.
 *
 * <p>A field this class does not know is hidden entirely: a rule added later must not show a personal value
 * in clear because nobody classified its field yet. Classifying it is adding it to the list below.
 */
enum EvidenceMask {

    NAME(Masks::name),
    ID_NUMBER(Masks::idNumber),
    CODE(Masks::code),
    ENTERPRISE(Masks::enterpriseName),
    CONTACT(Masks::contact),
    SHOWN(value -> value),
    HIDDEN(value -> value == null ? null : "******");

    /** Values that are neither personal nor the enterprise's masked details (SPEC §1.4), by field name. */
    private static final Set<String> NOT_PERSONAL = Set.of("certificateType", "idType", "province", "city", "kind",
            "qualificationName", "term", "carrier", "numbers", "threeInOne", "scenario", "authorizationConsent",
            "replacesQualificationId");
    /** Date fields end so: letterDate, idValidFrom, idValidTo, termStart, termEnd, evaluatedAt. */
    private static final Set<String> DATE_SUFFIXES = Set.of("Date", "From", "To", "Start", "End", "At");

    private final UnaryOperator<String> mask;

    EvidenceMask(UnaryOperator<String> mask) {
        this.mask = mask;
    }

    String apply(String clear) {
        return mask.apply(clear);
    }

    /**
     * @param field the form's field as evidence names it, a path such as {@code enterprise.creditCode},
     *              {@code legalRepresentative.name}, {@code administrator.idNumber} or {@code letterDate}.
     */
    static EvidenceMask forField(String field) {
        if (field == null || field.isBlank()) {
            return HIDDEN;
        }
        String path = field.strip();
        String last = path.substring(path.lastIndexOf('.') + 1);
        String lower = last.toLowerCase(java.util.Locale.ROOT);
        // the enterprise's own name is masked as a name of a company, every other name as a person's
        if (path.equalsIgnoreCase("enterprise.name") || lower.endsWith("enterprisename")
                || lower.endsWith("companyname") || lower.equals("enterprisetype")) {
            return ENTERPRISE;
        }
        if (NOT_PERSONAL.contains(last) || isDate(last)) {
            return SHOWN;
        }
        if (lower.endsWith("name")) {
            return NAME;
        }
        if (lower.endsWith("idnumber") || lower.endsWith("passportnumber")) {
            return ID_NUMBER;
        }
        if (lower.endsWith("code")) {
            return CODE;
        }
        if (lower.endsWith("contact") || lower.endsWith("phone") || lower.endsWith("mobile")
                || lower.endsWith("email")) {
            return CONTACT;
        }
        return HIDDEN;
    }

    /** By camel-case suffix, so that {@code handHeldPhoto} is not taken for a {@code ...To} date. */
    private static boolean isDate(String name) {
        return name.equals("date") || DATE_SUFFIXES.stream().anyMatch(suffix -> name.endsWith(suffix)
                && name.length() > suffix.length());
    }
}
