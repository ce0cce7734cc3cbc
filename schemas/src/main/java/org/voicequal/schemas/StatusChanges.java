package org.voicequal.schemas;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.voicequal.events.DocumentType;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.Reason;

/**
 * Builds {@code QualificationStatusChanged}, the public contract, in one place for every worker that emits
 * it: a fresh event id per transition, never-null lists, and only codes and messages as reasons (no
 * personal data), whoever the source.
 */
public final class StatusChanges {

    private StatusChanges() {
    }

    /** A transition of {@code qualificationId} from {@code from} (null for the first) to {@code to}. */
    public static Transition of(String source, String qualificationId, String accountId, QualificationStatus from,
            QualificationStatus to) {
        return new Transition(source, qualificationId, accountId, from, to, List.of(), List.of());
    }

    public record Transition(String source, String qualificationId, String accountId, QualificationStatus from,
                             QualificationStatus to, List<Reason> reasons, List<DocumentType> documents) {

        public Transition because(List<Reason> why) {
            return new Transition(source, qualificationId, accountId, from, to, List.copyOf(why), documents);
        }

        /** The documents the change is about, e.g. those that expired. */
        public Transition about(List<DocumentType> which) {
            return new Transition(source, qualificationId, accountId, from, to, reasons, List.copyOf(which));
        }

        public QualificationStatusChanged at(Instant occurredAt) {
            return QualificationStatusChanged.newBuilder()
                    .setEventId(UUID.randomUUID().toString())
                    .setQualificationId(qualificationId)
                    .setAccountId(accountId)
                    .setStatus(to)
                    .setPreviousStatus(from)
                    .setOccurredAt(occurredAt)
                    .setReasons(reasons)
                    .setDocuments(documents)
                    .setSource(source)
                    .build();
        }
    }
}
