package org.voicequal.review.task;

import java.util.List;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentRef;

/**
 * The evaluation as stored with a review task (JSONB): every check, with its evidence, and the document
 * claim checks. Values inside the evidence stay sealed; the reviewer API opens them for a reviewer, masked
 * unless the reviewer reveals them, and every opening is audited.
 */
public final class TaskChecks {

    private TaskChecks() {
    }

    /** One rule result. {@code warning}: a pass that still needs attention, and travels with an approval. */
    public record Check(String rule, String outcome, List<String> fields, String messageZh, String messageEn,
                        boolean warning, List<Evidence> evidence) {

        public static Check of(CheckResult result) {
            return new Check(result.getRule(), result.getOutcome().name(), List.copyOf(result.getFields()),
                    result.getMessageZh(), result.getMessageEn(), result.getWarning(),
                    result.getEvidence().stream().map(Evidence::of).toList());
        }

        public boolean passed() {
            return CheckOutcome.PASS.name().equals(outcome);
        }

        public List<String> fields() {
            return fields == null ? List.of() : fields;
        }

        public List<Evidence> evidence() {
            return evidence == null ? List.of() : evidence;
        }
    }

    /** What a result rests on: the value typed against the value read, by which engines, how sure. */
    public record Evidence(String field, String document, String readField, String sealedSubmitted, String sealedRead,
                           List<String> engines, Double confidence, String agreement, boolean confirmed, String note) {

        static Evidence of(org.voicequal.events.Evidence e) {
            return new Evidence(e.getField(), e.getDocument() == null ? null : e.getDocument().name(), e.getReadField(),
                    e.getSealedSubmitted(), e.getSealedRead(), List.copyOf(e.getEngines()), e.getConfidence(),
                    e.getAgreement() == null ? null : e.getAgreement().name(), e.getConfirmed(), e.getNote());
        }

        public List<String> engines() {
            return engines == null ? List.of() : engines;
        }
    }

    /** A document image's claim check: where the image is stored, and what it is. */
    public record Document(String type, String blobKey, String sha256, String contentType, long sizeBytes) {

        public static Document of(DocumentRef ref) {
            return new Document(ref.getType().name(), ref.getBlobKey(), ref.getSha256(), ref.getContentType(),
                    ref.getSizeBytes());
        }
    }

    public static List<Check> of(List<CheckResult> results) {
        return results.stream().map(Check::of).toList();
    }
}
