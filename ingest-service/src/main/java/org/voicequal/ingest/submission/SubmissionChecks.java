package org.voicequal.ingest.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.voicequal.domain.EnterpriseTypes;
import org.voicequal.domain.InvalidIdentifierException;
import org.voicequal.domain.OrganizationCode;
import org.voicequal.domain.ResidentIdNumber;
import org.voicequal.domain.UnifiedSocialCreditCode;
import org.voicequal.events.DocumentType;
import org.voicequal.events.QualificationKind;

/**
 * The instant checks of a submission, field by field, so that a portal can show every problem at once:
 * required fields, credit code (GB 32100), organization code (GB 11714), resident ID numbers (GB 11643),
 * date ranges, forbidden enterprise types, the authorization consent, lengths of free text, and each image's
 * format, size and pixel dimensions (from its header).
 * Rules that need OCR or history are validation-worker's.
 */
public final class SubmissionChecks {

    static final Set<DocumentType> ORDINARY_DOCUMENTS = EnumSet.of(DocumentType.BUSINESS_LICENCE,
            DocumentType.LEGAL_REP_ID_FRONT, DocumentType.LEGAL_REP_ID_BACK, DocumentType.ADMIN_ID_FRONT,
            DocumentType.ADMIN_ID_BACK, DocumentType.ADMIN_ID_IN_HAND, DocumentType.COMMITMENT_LETTER,
            DocumentType.NUMBER_APPLICATION_LETTER);
    static final Set<DocumentType> NUMBER_400_DOCUMENTS = EnumSet.of(DocumentType.BUSINESS_LICENCE,
            DocumentType.LEGAL_REP_ID_FRONT, DocumentType.LEGAL_REP_ID_BACK);
    static final Set<String> CERTIFICATE_TYPES = Set.of("BUSINESS_LICENCE", "PUBLIC_INSTITUTION_CERTIFICATE",
            "USCC_CERTIFICATE");

    // Lengths in characters, from the documents' real limits with room to spare: the longest registered
    // enterprise names run to 50-60 characters, minority names with · to about 30.
    static final int MAX_ENTERPRISE_NAME = 100;
    static final int MAX_ADDRESS = 200;
    static final int MAX_QUALIFICATION_NAME = 50;
    static final int MAX_PERSON_NAME = 50;
    static final int MAX_CONTACT = 100;
    static final int MAX_REMARKS = 500;
    static final int MAX_ENTERPRISE_TYPE = 50;
    static final int MAX_REGION = 20;
    /** RFC 5321: a path of at most 256 octets, less the angle brackets. */
    static final int MAX_EMAIL = 254;
    /** Identifiers and document numbers (credit code 18, passport numbers shorter): bounded before parsing. */
    static final int MAX_CODE = 32;
    static final int MAX_ID = 64;

    private final List<FieldError> errors = new ArrayList<>();

    private SubmissionChecks() {
    }

    /** Every field error of {@code form} and its document {@code images} (by type); empty when acceptable. */
    public static List<FieldError> check(SubmissionForm form, Map<DocumentType, byte[]> images, Set<String> unknownParts) {
        SubmissionChecks checks = new SubmissionChecks();
        checks.form(form);
        checks.documents(form, images, unknownParts);
        return checks.errors;
    }

    static QualificationKind kind(SubmissionForm form) {
        return form.kind() == null ? QualificationKind.ORDINARY : QualificationKind.valueOf(form.kind());
    }

    private void form(SubmissionForm form) {
        length("accountId", form.accountId(), MAX_ID);
        required("qualificationName", form.qualificationName());
        length("qualificationName", form.qualificationName(), MAX_QUALIFICATION_NAME);
        required("notificationEmail", form.notificationEmail());
        length("remarks", form.remarks(), MAX_REMARKS);
        length("replacesQualificationId", form.replacesQualificationId(), MAX_ID);
        // the length first: the pattern is not worth running on a value too long to be an address
        if (length("notificationEmail", form.notificationEmail(), MAX_EMAIL)
                && form.notificationEmail() != null && !form.notificationEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            add("notificationEmail", "format", "is not an email address", "不是有效的郵箱地址");
        }
        if (form.kind() != null && !Set.of("ORDINARY", "NUMBER_400").contains(form.kind())) {
            add("kind", "unknown", "must be ORDINARY or NUMBER_400", "只能是 ORDINARY 或 NUMBER_400");
        }
        if (!Boolean.TRUE.equals(form.authorizationConsent())) {
            add("authorizationConsent", "required", "the authorization (資質授權) must be given",
                    "必須勾選資質授權");
        }
        enterprise(form.enterprise());
        person("legalRepresentative", form.legalRepresentative(), false);
        boolean ordinary = form.kind() == null || "ORDINARY".equals(form.kind());
        if (ordinary) {
            if (form.administrator() == null) {
                add("administrator", "required", "is required for an ordinary-number qualification", "普通號碼資質必須填寫管理員信息");
            } else {
                person("administrator", form.administrator(), true);
            }
            if (form.letterDate() == null) {
                add("letterDate", "required", "is required", "請選擇公函申請時間");
            }
            if (form.commitmentDate() == null) {
                add("commitmentDate", "required", "is required", "請選擇承諾書簽訂時間");
            }
        }
    }

    private void enterprise(SubmissionForm.Enterprise e) {
        if (e == null) {
            add("enterprise", "required", "is required", "請填寫企業信息");
            return;
        }
        if (e.certificateType() == null || !CERTIFICATE_TYPES.contains(e.certificateType())) {
            add("enterprise.certificateType", e.certificateType() == null ? "required" : "unknown",
                    "must be one of " + CERTIFICATE_TYPES, "證件類型不正確");
        }
        required("enterprise.name", e.name());
        length("enterprise.name", e.name(), MAX_ENTERPRISE_NAME);
        required("enterprise.enterpriseType", e.enterpriseType());
        length("enterprise.enterpriseType", e.enterpriseType(), MAX_ENTERPRISE_TYPE);
        length("enterprise.address", e.address(), MAX_ADDRESS);
        length("enterprise.province", e.province(), MAX_REGION);
        length("enterprise.city", e.city(), MAX_REGION);
        EnterpriseTypes.forbiddenTerm(e.enterpriseType()).ifPresent(term -> add("enterprise.enterpriseType", "forbidden",
                "enterprises of type " + term + " may not register voice numbers", term + "不支持語音服務的使用"));
        UnifiedSocialCreditCode creditCode = null;
        boolean codesBounded = length("enterprise.creditCode", e.creditCode(), MAX_CODE)
                & length("enterprise.organizationCode", e.organizationCode(), MAX_CODE);
        if (!codesBounded) {
            range("enterprise.term", e.termStart(), e.termEnd());
            return;
        }
        if (e.creditCode() != null) {
            try {
                creditCode = UnifiedSocialCreditCode.of(e.creditCode());
            } catch (InvalidIdentifierException ex) {
                add("enterprise.creditCode", ex.reason(), ex.getMessage(), "統一社會信用代碼不正確");
            }
        }
        if (e.organizationCode() != null) {
            try {
                OrganizationCode code = OrganizationCode.of(e.organizationCode());
                if (creditCode != null && !creditCode.organizationCode().equals(code.value())) {
                    add("enterprise.organizationCode", "mismatch",
                            "does not match characters 9 to 17 of the credit code", "與統一社會信用代碼第9至17位不一致");
                }
            } catch (InvalidIdentifierException ex) {
                add("enterprise.organizationCode", ex.reason(), ex.getMessage(), "組織機構代碼不正確");
            }
        } else if (e.creditCode() == null) {
            add("enterprise.creditCode", "required", "a credit code or an organization code is required",
                    "請填寫統一社會信用代碼或組織機構代碼");
        }
        range("enterprise.term", e.termStart(), e.termEnd());
    }

    private void person(String field, SubmissionForm.Person p, boolean contactRequired) {
        if (p == null) {
            add(field, "required", "is required", "必填");
            return;
        }
        required(field + ".name", p.name());
        length(field + ".name", p.name(), MAX_PERSON_NAME);
        length(field + ".contact", p.contact(), MAX_CONTACT);
        required(field + ".idNumber", p.idNumber());
        boolean idNumberBounded = length(field + ".idNumber", p.idNumber(), MAX_CODE);
        if (!Set.of("RESIDENT_ID", "PASSPORT").contains(p.idTypeOrDefault())) {
            add(field + ".idType", "unknown", "must be RESIDENT_ID or PASSPORT", "證件類型只能是身份證或護照");
        } else if (idNumberBounded && p.idNumber() != null && "RESIDENT_ID".equals(p.idTypeOrDefault())) {
            try {
                ResidentIdNumber.of(p.idNumber());
            } catch (InvalidIdentifierException ex) {
                // the message names the defect, never the number itself
                add(field + ".idNumber", ex.reason(), ex.getMessage(), "身份證號碼不正確");
            }
        }
        if (contactRequired) {
            required(field + ".contact", p.contact());
        }
        range(field + ".idValidity", p.idValidFrom(), p.idValidTo());
    }

    private void range(String field, LocalDate from, LocalDate to) {
        if (to == null) {
            add(field + "End", "required", "is required (long-term: 2099-12-31)", "必填(長期有效請填2099-12-31)");
        } else if (from != null && from.isAfter(to)) {
            add(field, "order", "starts after it ends", "開始日期晚於結束日期");
        }
    }

    private void documents(SubmissionForm form, Map<DocumentType, byte[]> images, Set<String> unknownParts) {
        for (String part : unknownParts) {
            add(part, "unknown-document", "is not a document type; use one of " + EnumSet.allOf(DocumentType.class),
                    "不是可識別的證件類型");
        }
        Set<DocumentType> required = form.kind() != null && "NUMBER_400".equals(form.kind())
                ? NUMBER_400_DOCUMENTS : ORDINARY_DOCUMENTS;
        for (DocumentType type : required) {
            if (!images.containsKey(type)) {
                add(type.name(), "required", "this document image is required", "請上傳此證件照片");
            }
        }
        images.forEach((type, bytes) -> {
            if (bytes.length > ImageFormat.MAX_BYTES) {
                add(type.name(), "too-large", "is " + bytes.length + " bytes; each image may be at most 5 MB",
                        "每張圖片不大於5 MB");
            } else if (ImageFormat.detect(bytes).isEmpty()) {
                add(type.name(), "format", "is not a JPG, PNG or GIF image", "只支持JPG、PNG、GIF、JPEG格式的圖片");
            } else {
                dimensions(type.name(), bytes);
            }
        });
    }

    /**
     * Refuses a value longer than {@code max} characters (code points: 𠀀 and · count one each) with the code
     * {@code length}; the message names the limit and the length, never the value. True when within bounds.
     */
    private boolean length(String field, String value, int max) {
        if (value == null) {
            return true;
        }
        int length = value.codePointCount(0, value.length());
        if (length <= max) {
            return true;
        }
        add(field, "length", "may be at most " + max + " characters long (is " + length + ")",
                "最多" + max + "個字(現有" + length + "個)");
        return false;
    }

    /** From the header only, before anything decodes the image (OCR would spend gigabytes on a bomb). */
    private void dimensions(String field, byte[] bytes) {
        ImageDimensions.read(bytes).ifPresentOrElse(d -> {
            if (!d.acceptable()) {
                add(field, "dimensions", "is " + d.width() + " × " + d.height() + " pixels; an image may have at most "
                        + ImageDimensions.MAX_PIXELS / 1_000_000 + " megapixels and at least " + ImageDimensions.MIN_SIDE
                        + " pixels on each side", "圖片為" + d.width() + "×" + d.height() + "像素;不得超過"
                        + ImageDimensions.MAX_PIXELS / 1_000_000 + "百萬像素,每邊不少於" + ImageDimensions.MIN_SIDE + "像素");
            }
        }, () -> add(field, "unreadable", "its image header (width and height) cannot be read",
                "無法讀取圖片頭信息(寬度和高度)"));
    }

    private void required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "required", "is required", "必填");
        }
    }

    private void add(String field, String code, String message, String messageZh) {
        errors.add(new FieldError(field, code, message, messageZh));
    }
}
