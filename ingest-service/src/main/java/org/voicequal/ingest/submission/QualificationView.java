package org.voicequal.ingest.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A qualification as shown to its owner. Masked by default (資質敏感信息保護): enterprise name and type,
 * organization and credit code, names, ID numbers and the administrator's contact.
 *
 * @param reasons why the qualification has its current status (the last history entry's reasons): why it
 *                waits for a person, or why it was rejected; empty when the status needs no explanation.
 *                Placed after the documents: clients that read {@code "status":"...","masked"} keep working.
 * @param expiry  when expiring soon or expired: every tracked document with its end date ({@code validTo} null:
 *                long-term) and whether the date was read from the document ({@code RECOGNIZED}) or typed;
 *                earliest first. Empty otherwise.
 * @param history every status it went through, in order, each with its reasons (codes and messages in
 *                Chinese and English, never personal data: they come from the public status events).
 */
public record QualificationView(String id, String accountId, String kind, String qualificationName, String status,
                                boolean masked, Instant submittedAt, Instant updatedAt, Enterprise enterprise,
                                Person legalRepresentative, Person administrator, List<Document> documents,
                                List<Reason> reasons, List<StatusChange> history, List<DocumentEnd> expiry) {

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

    public record DocumentEnd(String document, LocalDate validTo, String origin) {
    }
}
