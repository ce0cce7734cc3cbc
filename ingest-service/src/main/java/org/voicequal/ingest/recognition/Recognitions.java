package org.voicequal.ingest.recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.DocumentType;
import org.voicequal.events.RecognitionRequested;
import org.voicequal.ingest.submission.DocumentUploads;
import org.voicequal.ingest.submission.FieldError;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.pipeline.jdbi.Daos;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.pipeline.outbox.OutboxRelay;
import org.voicequal.schemas.Topics;

/**
 * Asks ocr-worker to read one image for a portal that pre-fills a form: checks the image as a submission's
 * images are checked, stores it in the blob store, and in one transaction records the request and appends
 * {@code RecognitionRequested} to the outbox. The answer arrives through {@link RecognitionResults}.
 */
@Service
public class Recognitions {

    private final Jdbi jdbi;
    private final BlobStore blobs;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final PersonalDataCipher cipher;
    private final RecognitionProperties properties;
    private final Clock clock;

    public Recognitions(Jdbi jdbi, BlobStore blobs, Outbox outbox, OutboxRelay relay, PersonalDataCipher cipher,
            RecognitionProperties properties, Clock clock) {
        this.jdbi = jdbi;
        this.blobs = blobs;
        this.outbox = outbox;
        this.relay = relay;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param accountId the caller's account (an applicant's) */
    public UUID request(DocumentType type, byte[] image, String accountId) {
        List<FieldError> errors = DocumentUploads.check(type.name(), image);
        if (!errors.isEmpty()) {
            throw new InvalidRecognitionException(errors);
        }
        // The image first, outside the transaction: content-addressed, so a failure below leaves at most an
        // unreferenced blob, never a request for a missing one.
        BlobStore.StoredBlob blob = blobs.put(image);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        RecognitionRequested requested = RecognitionRequested.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setRequestId(id.toString())
                .setAccountId(accountId)
                .setDocument(new DocumentRef(type, blob.key(), blob.sha256(), DocumentUploads.contentType(image),
                        blob.sizeBytes()))
                .setRequestedAt(now)
                .build();
        jdbi.useTransaction(handle -> {
            Daos.attach(handle, RecognitionDao.class).insert(new RecognitionDao.RecognitionRow(id, accountId, type.name(),
                    blob.sha256(), now, null, null, null, null, null));
            outbox.append(handle, Topics.RECOGNITION_REQUESTED, id.toString(), requested);
        });
        relay.wakeUp();
        return id;
    }

    /**
     * The recognition as {@code accountId} may see it: empty when unknown, or another account's (the same
     * answer, so that ids cannot be probed).
     *
     * @param waitedOut the caller's wait has run out: a missing answer is then a timeout, whatever the clock says
     */
    public Optional<RecognitionView> find(UUID id, String accountId, boolean waitedOut) {
        return jdbi.withExtension(RecognitionDao.class, dao -> dao.find(id))
                .filter(row -> Objects.equals(row.accountId(), accountId))
                .map(row -> RecognitionViews.of(row, cipher, waitedOut || overdue(row)));
    }

    private boolean overdue(RecognitionDao.RecognitionRow row) {
        return !row.requestedAt().plus(properties.timeout()).isAfter(clock.instant());
    }
}
