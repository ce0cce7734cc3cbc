package org.voicequal.schemas;

/**
 * The names of the fields OCR reads (ocr-worker's extraction), as they travel in {@code RecognizedField.name}: the
 * contract between the worker that reads and the rules that compare. Dates are ISO {@code yyyy-MM-dd};
 * {@link #LONG_TERM} is the value of a validity end that reads 長期.
 */
public final class Fields {

    /** The value of an ID card's validity end that reads 長期 (long-term): not a date. */
    public static final String LONG_TERM = "LONG_TERM";
    /** A business term that reads 長期 is stored as this end date, as the seed says. */
    public static final String LONG_TERM_DATE = "2099-12-31";

    // business licence (營業執照), public-institution certificate (事業單位法人證書), USCC certificate
    /** CORPORATE, INDIVIDUAL_BUSINESS (個體工商戶), PUBLIC_INSTITUTION, USCC_CERTIFICATE */
    public static final String LICENCE_KIND = "licenceKind";
    public static final String ENTERPRISE_NAME = "enterpriseName";
    /** 統一社會信用代碼, never the 證照編號 printed beside it */
    public static final String CREDIT_CODE = "creditCode";
    public static final String ENTERPRISE_TYPE = "enterpriseType";
    /** 法定代表人; on an individual business's licence, 經營者 */
    public static final String LEGAL_REPRESENTATIVE = "legalRepresentative";
    /** 組成形式, individual businesses only */
    public static final String COMPOSITION_FORM = "compositionForm";
    public static final String ADDRESS = "address";
    public static final String REGISTERED_CAPITAL = "registeredCapital";
    public static final String ESTABLISHED_ON = "establishedOn";
    public static final String TERM_FROM = "termFrom";
    /** {@link #LONG_TERM_DATE} when the licence reads 長期 */
    public static final String TERM_TO = "termTo";
    public static final String ISSUED_ON = "issuedOn";

    // ID card portrait side, and the card held in the hand-held photo
    public static final String NAME = "name";
    public static final String SEX = "sex";
    public static final String ETHNICITY = "ethnicity";
    public static final String BIRTH_DATE = "birthDate";
    public static final String ID_NUMBER = "idNumber";
    // ID card emblem side
    public static final String ISSUER = "issuer";
    public static final String VALID_FROM = "validFrom";
    /** a date, or {@link #LONG_TERM} */
    public static final String VALID_TO = "validTo";

    // passport data page, from the machine-readable zone (check digits verified)
    public static final String PASSPORT_NUMBER = "passportNumber";
    public static final String NATIONALITY = "nationality";
    public static final String EXPIRES_ON = "expiresOn";

    // letters
    /** the company named at the signature (入網承諾書) */
    public static final String SIGNATORY_COMPANY = "signatoryCompany";
    public static final String LETTER_DATE = "letterDate";
    /** the administrator's name in the number-application letter's blank (號碼申請公函) */
    public static final String ADMIN_NAME_IN_BLANK = "adminNameInBlank";
    /** the administrator's name at the letter's signature */
    public static final String ADMIN_NAME_AT_SIGNATURE = "adminNameAtSignature";
    public static final String MOBILE = "mobile";

    // 400 form, not three-in-one
    /** 稅務登記號 on a tax-registration certificate */
    public static final String TAX_NUMBER = "taxNumber";
    /** 代碼 on an organization-code certificate */
    public static final String ORGANIZATION_CODE = "organizationCode";

    private Fields() {
    }
}
