package org.voicequal.ingest.submission;

import java.time.LocalDate;

/**
 * The {@code application} part of a submission: the fields of 普通號碼企業資質 or 400號碼企業資質 as a portal
 * sends them. Everything is optional here so that a missing field is reported by {@link SubmissionChecks}
 * with its name, instead of failing to bind.
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
        String replacesQualificationId) {

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
}
