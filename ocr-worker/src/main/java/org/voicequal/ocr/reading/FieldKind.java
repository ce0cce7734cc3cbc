package org.voicequal.ocr.reading;

import static org.voicequal.ocr.extraction.Fields.*;

import java.util.Map;

/**
 * How a field's value is written, which decides how a second engine's read of it is compared and how sure a
 * single engine must be for its read to count. Codes carry check digits; dates have a fixed shape; names are
 * short Hanzi runs compared script-insensitively; free text (addresses, business scope) is never confirmed by
 * one line crop and is compared by a person.
 */
public enum FieldKind {
    /** credit code, ID and passport numbers, organization code, tax number, mobile */
    CODE,
    /** ISO dates, and the ID card's LONG_TERM validity end */
    DATE,
    /** people's and companies' names, the enterprise type, the issuer */
    NAME,
    /** addresses, capital, kinds: read but not cross-checked line by line */
    TEXT;

    private static final Map<String, FieldKind> KINDS = Map.ofEntries(
            Map.entry(CREDIT_CODE, CODE), Map.entry(ID_NUMBER, CODE), Map.entry(PASSPORT_NUMBER, CODE),
            Map.entry(ORGANIZATION_CODE, CODE), Map.entry(TAX_NUMBER, CODE), Map.entry(MOBILE, CODE),
            Map.entry(ESTABLISHED_ON, DATE), Map.entry(TERM_FROM, DATE), Map.entry(TERM_TO, DATE),
            Map.entry(ISSUED_ON, DATE), Map.entry(BIRTH_DATE, DATE), Map.entry(VALID_FROM, DATE),
            Map.entry(VALID_TO, DATE), Map.entry(EXPIRES_ON, DATE), Map.entry(LETTER_DATE, DATE),
            Map.entry(ENTERPRISE_NAME, NAME), Map.entry(LEGAL_REPRESENTATIVE, NAME), Map.entry(NAME, NAME),
            Map.entry(ENTERPRISE_TYPE, NAME), Map.entry(SIGNATORY_COMPANY, NAME), Map.entry(ADMIN_NAME_IN_BLANK, NAME),
            Map.entry(ADMIN_NAME_AT_SIGNATURE, NAME), Map.entry(ISSUER, NAME));

    public static FieldKind of(String field) {
        return KINDS.getOrDefault(field, TEXT);
    }
}
