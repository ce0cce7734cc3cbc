package org.voicequal.ingest.submission;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code application} part of a submission: the fields of 普通號碼企業資質 or 400號碼企業資質 as a portal
 * sends them. Everything is optional here so that a missing field is reported by {@link SubmissionChecks}
 * with its name, instead of failing to bind.
 *
 * <p>Extra attachments (更多附件) are not part of this JSON: they are image parts, like every document.
 */
public record SubmissionForm(
        String accountId,
        String kind,
        String qualificationName,
        String notificationEmail,
        Enterprise enterprise,
        Person legalRepresentative,
        Person administrator,
        LocalDate letterDate,
        LocalDate commitmentDate,
        String remarks,
        Boolean authorizationConsent,
        String replacesQualificationId,
        NumberApplication numberApplication) {

    /** The ordinary form, or a 400 form without its number part: what portals sent before the 400 form existed. */
    public SubmissionForm(String accountId, String kind, String qualificationName, String notificationEmail,
            Enterprise enterprise, Person legalRepresentative, Person administrator, LocalDate letterDate,
            LocalDate commitmentDate, String remarks, Boolean authorizationConsent, String replacesQualificationId) {
        this(accountId, kind, qualificationName, notificationEmail, enterprise, legalRepresentative, administrator,
                letterDate, commitmentDate, remarks, authorizationConsent, replacesQualificationId, null);
    }

    /** 企業信息. {@code termEnd} 2099-12-31 stands for 長期 (long-term). */
    public record Enterprise(String certificateType, String name, String creditCode, String organizationCode,
                             String enterpriseType, String address, String province, String city,
                             LocalDate termStart, LocalDate termEnd) {
    }

    /** 法人 or 管理員. {@code idType} is RESIDENT_ID (default) or PASSPORT. */
    public record Person(String name, String idType, String idNumber, LocalDate idValidFrom, LocalDate idValidTo,
                         String contact) {

        public String idTypeOrDefault() {
            return idType == null || idType.isBlank() ? "RESIDENT_ID" : idType;
        }
    }

    /**
     * 號碼信息 and the rest of the 400 form's own part (400號碼企業資質).
     *
     * @param carrier    號碼運營商: {@code CT} (400碼號(CT)), the only one the seed offers
     * @param numbers    the 400 numbers applied for, one to five; {@code 400-123-4567} and {@code 400 123 4567}
     *                   are accepted and mean {@code 4001234567}
     * @param threeInOne 三證合一: true when the licence is the one certificate; false when the tax-registration
     *                   and organization-code certificates are uploaded beside it
     * @param scenario   申請說明: the business scenario in the applicant's words
     */
    public record NumberApplication(String carrier, List<String> numbers, Boolean threeInOne, String scenario) {

        /**
         * {@code number} as ten plain digits: full-width digits folded (NFKC), spaces and hyphens dropped, the
         * separators people write between 400, the three and the four digits. Anything else is left for the
         * checks to refuse.
         */
        public static String normalized(String number) {
            return Normalizer.normalize(number, Normalizer.Form.NFKC).replaceAll("[\\s\\-]", "");
        }
    }
}
