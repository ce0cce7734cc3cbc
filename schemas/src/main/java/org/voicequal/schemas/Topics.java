package org.voicequal.schemas;

import java.util.List;
import java.util.Optional;
import org.voicequal.events.ApiKeyChanged;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.IntakeResult;
import org.voicequal.events.SubmissionIntake;
import org.voicequal.events.NotificationRequested;
import org.voicequal.events.NotificationSent;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.RecognitionCompleted;
import org.voicequal.events.RecognitionRequested;
import org.voicequal.events.ReviewDecided;
import org.voicequal.events.SubmissionEvaluated;
import org.voicequal.events.SubmissionReceived;

/**
 * The topic catalogue: every topic of the pipeline, its value type and its partitions, in one place. Workers
 * and topic creation take names from here only; no topic name is spelled anywhere else.
 *
 * <p>Flow: ingest → {@link #SUBMISSION_RECEIVED} → ocr → {@link #DOCUMENTS_RECOGNIZED} → validation →
 * {@link #SUBMISSION_EVALUATED} → review → {@link #REVIEW_DECIDED}; every worker that changes a status
 * publishes {@link #STATUS_CHANGED}, the public contract; ingest turns status changes into
 * {@link #NOTIFICATION_REQUESTED}, which notify answers with {@link #NOTIFICATION_SENT}.
 */
public final class Topics {

    /** Partitions per topic: the most consumers of one group that can share the work. */
    public static final int PARTITIONS = 6;

    public static final Topic<SubmissionReceived> SUBMISSION_RECEIVED =
            new Topic<>("qualification.submission-received.v1", SubmissionReceived.class, PARTITIONS, false);
    public static final Topic<DocumentsRecognized> DOCUMENTS_RECOGNIZED =
            new Topic<>("qualification.documents-recognized.v1", DocumentsRecognized.class, PARTITIONS, false);
    public static final Topic<SubmissionEvaluated> SUBMISSION_EVALUATED =
            new Topic<>("qualification.submission-evaluated.v1", SubmissionEvaluated.class, PARTITIONS, false);
    public static final Topic<ReviewDecided> REVIEW_DECIDED =
            new Topic<>("qualification.review-decided.v1", ReviewDecided.class, PARTITIONS, false);
    public static final Topic<QualificationStatusChanged> STATUS_CHANGED =
            new Topic<>("qualification.status-changed.v1", QualificationStatusChanged.class, PARTITIONS, true);
    public static final Topic<NotificationRequested> NOTIFICATION_REQUESTED =
            new Topic<>("notification.requested.v1", NotificationRequested.class, PARTITIONS, false);
    public static final Topic<NotificationSent> NOTIFICATION_SENT =
            new Topic<>("notification.sent.v1", NotificationSent.class, PARTITIONS, false);

    /** Submissions published by portals straight to Kafka, keyed by the portal's submission id. */
    public static final Topic<SubmissionIntake> INTAKE =
            new Topic<>("qualification.intake.v1", SubmissionIntake.class, PARTITIONS, true);
    /** The answer to each intake record, under the same key. */
    public static final Topic<IntakeResult> INTAKE_RESULT =
            new Topic<>("qualification.intake-result.v1", IntakeResult.class, PARTITIONS, true);

    /** Issued and revoked API keys, keyed by the key's hash (not a qualification id), compacted. */
    public static final Topic<ApiKeyChanged> API_KEYS =
            new Topic<>("access.api-keys.v1", ApiKeyChanged.class, 1, false, true);

    /** A portal's request to read one image ahead of a form (keyed by request id, not a qualification id). */
    public static final Topic<RecognitionRequested> RECOGNITION_REQUESTED =
            new Topic<>("recognition.requested.v1", RecognitionRequested.class, PARTITIONS, false);
    /** ocr-worker's answer to {@link #RECOGNITION_REQUESTED}, keyed by the same request id. */
    public static final Topic<RecognitionCompleted> RECOGNITION_COMPLETED =
            new Topic<>("recognition.completed.v1", RecognitionCompleted.class, PARTITIONS, false);

    private static final List<Topic<?>> ALL = List.of(SUBMISSION_RECEIVED, DOCUMENTS_RECOGNIZED, SUBMISSION_EVALUATED,
            REVIEW_DECIDED, STATUS_CHANGED, NOTIFICATION_REQUESTED, NOTIFICATION_SENT, API_KEYS, INTAKE, INTAKE_RESULT,
            RECOGNITION_REQUESTED, RECOGNITION_COMPLETED);

    private Topics() {
    }

    public static List<Topic<?>> all() {
        return ALL;
    }

    public static Optional<Topic<?>> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
