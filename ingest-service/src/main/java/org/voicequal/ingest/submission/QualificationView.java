package org.voicequal.ingest.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A qualification as shown to its owner. Masked by default (資質敏感信息保護): enterprise name and type,
 * organization and credit code, names, ID numbers and the administrator's contact.
 */
public record QualificationView(String id, String accountId, String kind, String qualificationName, String status,
                                boolean masked, Instant submittedAt, Instant updatedAt, Enterprise enterprise,
                                Person legalRepresentative, Person administrator, List<Document> documents,
                                List<StatusChange> history) {

    public record Enterprise(String certificateType, String name, String creditCode, String organizationCode,
                             String enterpriseType, String province, String city, LocalDate termStart,
                             LocalDate termEnd) {
    }

    public record Person(String name, String idType, String idNumber, LocalDate idValidFrom, LocalDate idValidTo,
                         String contact) {
    }

    public record Document(String type, String sha256, String contentType, long sizeBytes) {
    }

    public record StatusChange(String status, Instant occurredAt, String source, List<Reason> reasons) {
    }

    public record Reason(String code, String messageZh, String messageEn) {
    }
}
