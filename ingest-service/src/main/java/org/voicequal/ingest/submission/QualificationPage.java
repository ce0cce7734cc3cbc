package org.voicequal.ingest.submission;

import java.time.Instant;
import java.util.List;

/**
 * One page of an account's qualifications (資質列表): enterprise, legal-representative and administrator names
 * masked unless revealed.
 *
 * @param next the cursor of the next page, absent on the last page
 */
public record QualificationPage(List<Item> items, boolean masked, String next) {

    public record Item(String id, String accountId, String kind, String qualificationName, String status,
                       String enterpriseName, String legalRepresentativeName, String administratorName,
                       Instant submittedAt, Instant updatedAt) {
    }
}
