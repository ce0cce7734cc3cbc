package org.voicequal.ingest.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.voicequal.domain.EnterpriseTypes;
import org.voicequal.domain.InvalidIdentifierException;
import org.voicequal.domain.OrganizationCode;
import org.voicequal.domain.ResidentIdNumber;
import org.voicequal.domain.UnifiedSocialCreditCode;
import org.voicequal.events.DocumentType;
import org.voicequal.events.QualificationKind;
import org.voicequal.ingest.region.AdministrativeDivisions;

/**
 * The instant checks of a submission, field by field, so that a portal can show every problem at once:
 * required fields of each form, credit code (GB 32100) and whether it fits the certificate type, organization
 * code (GB 11714), resident ID numbers (GB 11643), passport numbers, date ranges, forbidden enterprise types,
 * province and city (GB/T 2260), the 400 form's carrier, numbers and three-in-one documents, the authorization
 * consent, lengths of free text, and each image's format, size and pixel dimensions (from its header).
 * Rules that need OCR or history are validation-worker's (seals, numbers held by others, what the images say).
 */
public final class SubmissionChecks {

    static final Set<DocumentType> ORDINARY_DOCUMENTS = EnumSet.of(DocumentType.BUSINESS_LICENCE,
            DocumentType.LEGAL_REP_ID_FRONT, DocumentType.LEGAL_REP_ID_BACK, DocumentType.ADMIN_ID_FRONT,
            DocumentType.ADMIN_ID_BACK, DocumentType.ADMIN_ID_IN_HAND, DocumentType.COMMITMENT_LETTER,
            DocumentType.NUMBER_APPLICATION_LETTER);
    /** The 400 form's documents when the licence is three-in-one; otherwise {@link #NOT_THREE_IN_ONE} too. */
    static final Set<DocumentType> NUMBER_400_DOCUMENTS = EnumSet.of(DocumentType.BUSINESS_LICENCE,
            DocumentType.LEGAL_REP_ID_FRONT, DocumentType.LEGAL_REP_ID_BACK);
    static final Set<DocumentType> NOT_THREE_IN_ONE = EnumSet.of(DocumentType.TAX_REGISTRATION_CERTIFICATE,
            DocumentType.ORGANIZATION_CODE_CERTIFICATE);
    /** 號碼運營商: the seed offers 400碼號(CT) only. */
    static final Set<String> CARRIERS = Set.of("CT");
    /** 400碼號(CT)單個企業資質最多可申請5個號碼. */
    static final int MAX_NUMBERS = 5;
    /** 400 followed by seven digits, after {@link SubmissionForm.NumberApplication#normalized}. */
    static final Pattern NUMBER_400 = Pattern.compile("400\\d{7}");
    /**
     * 更多附件: the seed sets no number; ten leaves room for a few pages of extra material while keeping one
     * request's images (each at most 5 MB) within what the front door accepts.
     */
    static final int MAX_ATTACHMENTS = 10;
    /**
     * ICAO 9303: the machine-readable zone holds a passport number of at most nine letters and digits (China's
     * E12345678 and EA1234567, most countries' six to nine); five is the shortest in use.
     */
    static final Pattern PASSPORT_NUMBER = Pattern.compile("(?=.*\\d)[A-Z0-9]{5,9}");
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
    /** 申請說明: a paragraph or two about the business, like the remarks. */
    static final int MAX_SCENARIO = 500;
    /** A 400 number with separators (400-123-4567) is 12 characters: more is not a number. */
    static final int MAX_NUMBER = 20;
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
        return check(form, images, List.of(), unknownParts, true);
    }

    /**
     * Every field error of {@code form}, its document {@code images} (by type) and its extra {@code attachments}
     * (更多附件, in the order sent; reported as {@code OTHER_1}, {@code OTHER_2}, ...); empty when acceptable.
     *
     * @param number400Enabled whether the account may use the 400 form (目前此功能僅適用于部分用戶); a 400
     *                         form from any other account is refused as {@code kind: not-enabled}
     */
    public static List<FieldError> check(SubmissionForm form, Map<DocumentType, byte[]> images, List<byte[]> attachments,
            Set<String> unknownParts, boolean number400Enabled) {
        Map<DocumentType, SubmissionService.Upload> uploads = new java.util.EnumMap<>(DocumentType.class);
        images.forEach((type, bytes) -> uploads.put(type, new SubmissionService.Upload(bytes, null)));
        return checkUploads(form, uploads, attachments.stream().map(bytes -> new SubmissionService.Upload(bytes, null))
                .toList(), unknownParts, number400Enabled);
    }

    /**
     * As {@link #check(SubmissionForm, Map, List, Set, boolean)}, for images sent or uploaded ahead: an image
     * uploaded ahead ({@link SubmissionService.Upload#stored}) passed the same image checks when it was uploaded,
     * and is not read again for them.
     */
    public static List<FieldError> checkUploads(SubmissionForm form, Map<DocumentType, SubmissionService.Upload> images,
            List<SubmissionService.Upload> attachments, Set<String> unknownParts, boolean number400Enabled) {
        SubmissionChecks checks = new SubmissionChecks();
        checks.form(form, number400Enabled);
        checks.documents(form, images, unknownParts);
        checks.attachments(attachments);
        return checks.errors;
    }

    static QualificationKind kind(SubmissionForm form) {
        return form.kind() == null ? QualificationKind.ORDINARY : QualificationKind.valueOf(form.kind());
    }

    private void form(SubmissionForm form, boolean number400Enabled) {
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
        } else if (number400(form) && !number400Enabled) {
            add("kind", "not-enabled", "the 400-number form is not enabled for this account",
                    "此賬號未開通400號碼資質");
        }
        if (!Boolean.TRUE.equals(form.authorizationConsent())) {
            add("authorizationConsent", "required", "the authorization (資質授權) must be given",
                    "必須勾選資質授權");
        }
        boolean ordinary = form.kind() == null || "ORDINARY".equals(form.kind());
        enterprise(form.enterprise(), ordinary, number400(form));
        person("legalRepresentative", form.legalRepresentative(), false);
        if (number400(form)) {
            numberApplication(form.numberApplication());
        } else if (form.numberApplication() != null) {
            add("numberApplication", "unexpected", "belongs to the 400-number form (kind NUMBER_400) only",
                    "僅400號碼資質填寫號碼信息");
        }
        if (ordinary) {
            if (form.administrator() == null) {
                add("administrator", "required", "is required for an ordinary-number qualification", "普通號碼資質必須填寫管理員信息");
            } else {
                person("administrator", form.administrator(), true);
                if (!"RESIDENT_ID".equals(form.administrator().idTypeOrDefault())) {
                    // the seed asks for 管理員身份證 and a photo holding it; the letter names its number
                    add("administrator.idType", "unknown", "the administrator's document is a resident ID card",
                            "管理員證件只能是身份證");
                }
            }
            plausible("letterDate", form.letterDate());
            plausible("commitmentDate", form.commitmentDate());
            if (form.letterDate() == null) {
                add("letterDate", "required", "is required", "請選擇公函申請時間");
            }
            if (form.commitmentDate() == null) {
                add("commitmentDate", "required", "is required", "請選擇承諾書簽訂時間");
            }
        }
    }

    private void enterprise(SubmissionForm.Enterprise e, boolean ordinary, boolean number400) {
        if (e == null) {
            add("enterprise", "required", "is required", "請填寫企業信息");
            return;
        }
        // the 400 form asks for no certificate type: its certificate is the business licence
        if (e.certificateType() == null ? !number400 : !CERTIFICATE_TYPES.contains(e.certificateType())) {
            add("enterprise.certificateType", e.certificateType() == null ? "required" : "unknown",
                    "must be one of " + CERTIFICATE_TYPES, "證件類型不正確");
        }
        required("enterprise.name", e.name());
        length("enterprise.name", e.name(), MAX_ENTERPRISE_NAME);
        // 企業類型 is printed on a business licence; the other two certificates have none, nor does the 400 form
        if (ordinary && "BUSINESS_LICENCE".equals(e.certificateType())) {
            required("enterprise.enterpriseType", e.enterpriseType());
        }
        length("enterprise.enterpriseType", e.enterpriseType(), MAX_ENTERPRISE_TYPE);
        required("enterprise.address", e.address());
        length("enterprise.address", e.address(), MAX_ADDRESS);
        region(e, ordinary);
        EnterpriseTypes.forbiddenTerm(e.enterpriseType()).ifPresent(term -> add("enterprise.enterpriseType", "forbidden",
                "enterprises of type " + term + " may not register voice numbers", term + "不支持語音服務的使用"));
        UnifiedSocialCreditCode creditCode = null;
        boolean codesBounded = length("enterprise.creditCode", e.creditCode(), MAX_CODE)
                & length("enterprise.organizationCode", e.organizationCode(), MAX_CODE);
        if (!codesBounded) {
            range("enterprise", "termStart", e.termStart(), "termEnd", e.termEnd());
            return;
        }
        if (e.creditCode() != null) {
            try {
                creditCode = UnifiedSocialCreditCode.of(e.creditCode());
                certificateFits(creditCode, e.certificateType() == null ? "BUSINESS_LICENCE" : e.certificateType());
            } catch (InvalidIdentifierException ex) {
                add("enterprise.creditCode", ex.reason(), ex.getMessage(), "統一社會信用代碼不正確");
            }
        } else if (number400) {
            add("enterprise.creditCode", "required", "is required on the 400-number form", "請填寫統一社會信用代碼");
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
        } else if (e.creditCode() == null && !number400) {
            add("enterprise.creditCode", "required", "a credit code or an organization code is required",
                    "請填寫統一社會信用代碼或組織機構代碼");
        }
        range("enterprise", "termStart", e.termStart(), "termEnd", e.termEnd());
    }

    /**
     * GB 32100: the first character names the registering authority and the second the kind of organization. A
     * business licence is issued by market regulation (9…), and never to an individual business (92…, 個體工商戶,
     * which the seed excludes); a public-institution legal-person certificate by the establishment office to a
     * public institution (12…); a USCC certificate to organizations that get neither, so never to an enterprise.
     */
    private void certificateFits(UnifiedSocialCreditCode code, String certificateType) {
        String value = code.value();
        if (value.startsWith("92")) {
            add("enterprise.creditCode", "forbidden", "is an individual business's (92…); individual businesses may "
                    + "not register voice numbers", "屬於個體工商戶(92開頭),個體戶不支持語音服務的使用");
            return;
        }
        boolean fits = switch (certificateType) {
            case "BUSINESS_LICENCE" -> value.charAt(0) == '9';
            case "PUBLIC_INSTITUTION_CERTIFICATE" -> value.startsWith("12");
            case "USCC_CERTIFICATE" -> value.charAt(0) != '9';
            default -> true; // an unknown certificate type is reported on its own
        };
        if (!fits) {
            add("enterprise.creditCode", "certificate-mismatch", "its first two characters (registering authority "
                    + "and kind of organization) do not fit the certificate type " + certificateType,
                    "前兩位(登記管理部門和機構類別)與所選證件類型不符");
        }
    }

    /**
     * 企業歸屬省份 and 企業歸屬城市 (ordinary form; optional on the 400 form, checked when given): a province of the
     * shipped GB/T 2260 list, and a city of that province.
     */
    private void region(SubmissionForm.Enterprise e, boolean ordinary) {
        if (ordinary) {
            required("enterprise.province", e.province());
            required("enterprise.city", e.city());
        }
        boolean bounded = length("enterprise.province", e.province(), MAX_REGION)
                & length("enterprise.city", e.city(), MAX_REGION);
        if (!bounded || e.province() == null || e.province().isBlank()) {
            return;
        }
        AdministrativeDivisions.shipped().province(e.province()).ifPresentOrElse(province -> {
            if (e.city() != null && !e.city().isBlank() && province.city(e.city()).isEmpty()) {
                add("enterprise.city", "city-not-in-province", "is not a prefecture-level city of " + province.name()
                        + (province.municipality() ? " (a municipality: give " + province.name() + " itself)" : ""),
                        "不是" + province.name() + "的地級城市" + (province.municipality() ? "(直轄市請填" + province.name() + ")" : ""));
            }
        }, () -> add("enterprise.province", "unknown-province",
                "is not a provincial-level division of GB/T 2260 (e.g. 浙江省, 北京市, 广西壮族自治区)",
                "不是省級行政區(如浙江省、北京市、广西壮族自治区)"));
    }

    /** 號碼信息 and 申請說明 of the 400 form. */
    private void numberApplication(SubmissionForm.NumberApplication n) {
        if (n == null) {
            add("numberApplication", "required", "is required on the 400-number form (carrier, numbers, three-in-one, "
                    + "scenario)", "請填寫號碼信息(運營商、號碼、三證合一、申請說明)");
            return;
        }
        if (n.carrier() == null || n.carrier().isBlank()) {
            add("numberApplication.carrier", "required", "is required", "請選擇號碼運營商");
        } else if (!CARRIERS.contains(n.carrier().strip().toUpperCase())) {
            add("numberApplication.carrier", "unknown", "must be one of " + CARRIERS, "號碼運營商只能是" + CARRIERS);
        }
        numbers(n.numbers());
        if (n.threeInOne() == null) {
            add("numberApplication.threeInOne", "required", "say whether the business licence is three-in-one",
                    "請選擇營業執照是否三證合一");
        }
        required("numberApplication.scenario", n.scenario());
        length("numberApplication.scenario", n.scenario(), MAX_SCENARIO);
    }

    /**
     * One to five distinct numbers, each 400 and seven digits once spaces and hyphens are dropped (so 400-123-4567
     * and 4001234567 are the same number, and listing both is a duplicate). Messages name the position, not the
     * number. Past five, the numbers are not looked at one by one: the count alone refuses the list.
     */
    private void numbers(List<String> numbers) {
        String field = "numberApplication.numbers";
        if (numbers == null || numbers.isEmpty()) {
            add(field, "required", "give one to " + MAX_NUMBERS + " 400 numbers", "請填寫1至" + MAX_NUMBERS + "個400號碼");
            return;
        }
        if (numbers.size() > MAX_NUMBERS) {
            add(field, "too-many", "at most " + MAX_NUMBERS + " numbers per qualification (" + numbers.size() + " given)",
                    "單個資質最多申請" + MAX_NUMBERS + "個號碼(填寫了" + numbers.size() + "個)");
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            String at = field + "[" + i + "]";
            String number = numbers.get(i);
            if (number == null || number.isBlank()) {
                add(at, "required", "is empty", "號碼為空");
            } else if (length(at, number, MAX_NUMBER)) {
                String normalized = SubmissionForm.NumberApplication.normalized(number);
                Integer first = seen.putIfAbsent(normalized, i);
                if (!NUMBER_400.matcher(normalized).matches()) {
                    add(at, "format", "is not a 400 number (400 and seven digits, e.g. 400-123-4567)",
                            "不是有效的400號碼(400加7位數字,如400-123-4567)");
                } else if (first != null) {
                    add(at, "duplicate", "repeats number " + (first + 1) + " of the list", "與第" + (first + 1) + "個號碼重複");
                }
            }
        }
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
        } else if (idNumberBounded && p.idNumber() != null && !p.idNumber().isBlank()
                && !PASSPORT_NUMBER.matcher(p.idNumber().strip().toUpperCase()).matches()) {
            add(field + ".idNumber", "format", "is not a passport number (5 to 9 letters and digits, as in the "
                    + "machine-readable zone)", "不是有效的護照號碼(5至9位字母和數字)");
        }
        if (contactRequired) {
            required(field + ".contact", p.contact());
        }
        // a passport's expiry date is its validity end: required like an ID card's, expiry is tracked on it
        range(field, "idValidFrom", p.idValidFrom(), "idValidTo", p.idValidTo());
    }

    /**
     * No document of this field is dated before 1900 or valid beyond 長期 (2099-12-31): a date outside is a typing
     * slip, and refusing it here keeps it from reaching the workers, whose contract has no room for year 10000.
     */
    private void plausible(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LONG_TERM))) {
            add(field, "format", "is not a plausible date (1900-01-01 to 2099-12-31, long-term)",
                    "日期不合理(應在1900-01-01至2099-12-31之間,長期有效請填2099-12-31)");
        }
    }

    private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LONG_TERM = LocalDate.of(2099, 12, 31);

    /** Both ends of a validity range, named by their own fields; the end may be 長期 as 2099-12-31. */
    private void range(String prefix, String fromField, LocalDate from, String toField, LocalDate to) {
        if (from == null) {
            add(prefix + "." + fromField, "required", "is required", "必填");
        }
        plausible(prefix + "." + fromField, from);
        plausible(prefix + "." + toField, to);
        if (to == null) {
            add(prefix + "." + toField, "required", "is required (long-term: 2099-12-31)", "必填(長期有效請填2099-12-31)");
        } else if (from != null && from.isAfter(to)) {
            add(prefix + "." + fromField, "order", "starts after it ends", "開始日期晚於結束日期");
        }
    }

    private void documents(SubmissionForm form, Map<DocumentType, SubmissionService.Upload> images, Set<String> unknownParts) {
        for (String part : unknownParts) {
            add(part, "unknown-document", "is not a document type; use one of " + EnumSet.allOf(DocumentType.class),
                    "不是可識別的證件類型");
        }
        for (DocumentType type : requiredDocuments(form)) {
            if (!images.containsKey(type)) {
                add(type.name(), "required", "this document image is required", "請上傳此證件照片");
            }
        }
        images.forEach((type, upload) -> image(type.name(), upload));
    }

    /**
     * The documents each form asks for. A passport has one page that matters, its data page (with the
     * machine-readable zone), uploaded as LEGAL_REP_ID_FRONT: it has no back to ask for. A 400 form whose licence
     * is not three-in-one also needs the tax-registration and organization-code certificates.
     */
    static Set<DocumentType> requiredDocuments(SubmissionForm form) {
        Set<DocumentType> required = EnumSet.copyOf(number400(form) ? NUMBER_400_DOCUMENTS : ORDINARY_DOCUMENTS);
        if (form.legalRepresentative() != null && "PASSPORT".equals(form.legalRepresentative().idTypeOrDefault())) {
            required.remove(DocumentType.LEGAL_REP_ID_BACK);
        }
        if (number400(form) && form.numberApplication() != null
                && Boolean.FALSE.equals(form.numberApplication().threeInOne())) {
            required.addAll(NOT_THREE_IN_ONE);
        }
        return required;
    }

    /** 更多附件: any images, each like a document image, at most {@link #MAX_ATTACHMENTS}. */
    private void attachments(List<SubmissionService.Upload> attachments) {
        if (attachments.size() > MAX_ATTACHMENTS) {
            add(DocumentType.OTHER.name(), "too-many", "at most " + MAX_ATTACHMENTS + " extra attachments ("
                    + attachments.size() + " sent)", "更多附件最多" + MAX_ATTACHMENTS + "個(上傳了" + attachments.size() + "個)");
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            image(attachmentName(i), attachments.get(i));
        }
    }

    /** {@code OTHER_1}, {@code OTHER_2}, ...: how the n-th (from 0) attachment is named in errors and stored. */
    public static String attachmentName(int index) {
        return DocumentType.OTHER.name() + "_" + (index + 1);
    }

    static boolean number400(SubmissionForm form) {
        return "NUMBER_400".equals(form.kind());
    }

    /** The rules of every uploaded image, wherever it is uploaded ({@link DocumentUploads}); checked once. */
    private void image(String field, SubmissionService.Upload upload) {
        if (upload.stored() == null) {
            errors.addAll(DocumentUploads.check(field, upload.bytes()));
        }
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

    private void required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "required", "is required", "必填");
        }
    }

    private void add(String field, String code, String message, String messageZh) {
        errors.add(new FieldError(field, code, message, messageZh));
    }
}
