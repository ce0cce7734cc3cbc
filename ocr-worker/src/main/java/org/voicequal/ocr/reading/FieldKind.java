package org.voicequal.ocr.reading;

import java.util.Map;
import org.voicequal.schemas.Fields;

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
            Map.entry(Fields.CREDIT_CODE, CODE), Map.entry(Fields.ID_NUMBER, CODE), Map.entry(Fields.PASSPORT_NUMBER, CODE),
            Map.entry(Fields.ORGANIZATION_CODE, CODE), Map.entry(Fields.TAX_NUMBER, CODE), Map.entry(Fields.MOBILE, CODE),
            Map.entry(Fields.ESTABLISHED_ON, DATE), Map.entry(Fields.TERM_FROM, DATE), Map.entry(Fields.TERM_TO, DATE),
            Map.entry(Fields.ISSUED_ON, DATE), Map.entry(Fields.BIRTH_DATE, DATE), Map.entry(Fields.VALID_FROM, DATE),
            Map.entry(Fields.VALID_TO, DATE), Map.entry(Fields.EXPIRES_ON, DATE), Map.entry(Fields.LETTER_DATE, DATE),
            Map.entry(Fields.ENTERPRISE_NAME, NAME), Map.entry(Fields.LEGAL_REPRESENTATIVE, NAME), Map.entry(Fields.NAME, NAME),
            Map.entry(Fields.ENTERPRISE_TYPE, NAME), Map.entry(Fields.SIGNATORY_COMPANY, NAME), Map.entry(Fields.ADMIN_NAME_IN_BLANK, NAME),
            Map.entry(Fields.ADMIN_NAME_AT_SIGNATURE, NAME), Map.entry(Fields.ISSUER, NAME));

    public static FieldKind of(String field) {
        return KINDS.getOrDefault(field, TEXT);
    }
}
