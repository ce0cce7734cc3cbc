package org.voicequal.ingest.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.domain.QualificationId;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.DocumentType;
import org.voicequal.events.Enterprise;
import org.voicequal.events.Person;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.pipeline.outbox.OutboxRelay;
import org.voicequal.schemas.StatusChanges;
import org.voicequal.schemas.Topics;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts a submission: checks it, stores its images in the blob store, then in one transaction writes the
 * qualification, its first status and the two events that announce it (outbox).
 */
@Service
public class SubmissionService {

    static final String SOURCE = "ingest-service";

    private final Jdbi jdbi;
    private final BlobStore blobs;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;
    private final Clock clock;

    public SubmissionService(Jdbi jdbi, BlobStore blobs, Outbox outbox, OutboxRelay relay, PersonalDataCipher cipher,
            JsonMapper json, Clock clock) {
        this.jdbi = jdbi;
        this.blobs = blobs;
        this.outbox = outbox;
        this.relay = relay;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    public QualificationId submit(SubmissionForm form, Map<DocumentType, Upload> uploads, Set<String> unknownParts) {
        Map<DocumentType, byte[]> images = new java.util.EnumMap<>(DocumentType.class);
        uploads.forEach((type, upload) -> images.put(type, upload.bytes()));
        List<FieldError> errors = SubmissionChecks.check(form, images, unknownParts);
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        QualificationId id = QualificationId.newId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        // Images first, outside the transaction: content-addressed, so a failure below leaves at most an
        // unreferenced blob, never a reference to a missing one.
        List<DocumentRef> documents = new ArrayList<>();
        images.forEach((type, bytes) -> {
            BlobStore.StoredBlob blob = blobs.put(bytes);
            documents.add(new DocumentRef(type, blob.key(), blob.sha256(), ImageFormat.detect(bytes).orElseThrow(),
                    blob.sizeBytes()));
        });

        SubmissionReceived received = received(id, form, documents, now);
        QualificationStatusChanged underReview = StatusChanges.of(SOURCE, id.toString(), form.accountId(),
                null, QualificationStatus.UNDER_REVIEW).at(now);

        jdbi.useTransaction(handle -> {
            QualificationDao dao = handle.attach(QualificationDao.class);
            dao.insert(new QualificationDao.QualificationRow(id.value(), form.accountId(), received.getKind().name(),
                    form.qualificationName(), form.enterprise().name(), form.enterprise().creditCode(),
                    QualificationStatus.UNDER_REVIEW.name(), cipher.seal(json.writeValueAsString(form)),
                    cipher.seal(form.notificationEmail()), now, now));
            for (DocumentRef d : documents) {
                dao.insertDocument(new QualificationDao.DocumentRow(id.value(), d.getType().name(), d.getBlobKey(),
                        d.getSha256(), d.getContentType(), d.getSizeBytes()));
            }
            dao.appendStatus(new QualificationDao.StatusRow(underReview.getEventId(), id.value(),
                    QualificationStatus.UNDER_REVIEW.name(), "[]", SOURCE, now));
            outbox.append(handle, Topics.SUBMISSION_RECEIVED, id.toString(), received);
            outbox.append(handle, Topics.STATUS_CHANGED, id.toString(), underReview);
        });
        relay.wakeUp();
        return id;
    }

    private SubmissionReceived received(QualificationId id, SubmissionForm form, List<DocumentRef> documents, Instant now) {
        SubmissionForm.Enterprise e = form.enterprise();
        return SubmissionReceived.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setQualificationId(id.toString())
                .setAccountId(form.accountId())
                .setKind(SubmissionChecks.kind(form))
                .setQualificationName(form.qualificationName())
                .setSubmittedAt(now)
                .setEnterprise(new Enterprise(e.certificateType(), e.name(), upper(e.creditCode()),
                        upper(e.organizationCode()), e.enterpriseType(), e.address(), e.province(), e.city(),
                        e.termStart(), e.termEnd()))
                .setLegalRepresentative(person(form.legalRepresentative()))
                .setAdministrator(form.administrator() == null ? null : person(form.administrator()))
                .setLetterDate(form.letterDate())
                .setCommitmentDate(form.commitmentDate())
                .setDocuments(documents)
                .setReplacesQualificationId(form.replacesQualificationId())
                .build();
    }

    private Person person(SubmissionForm.Person p) {
        return new Person(cipher.seal(p.name().strip()), p.idTypeOrDefault(), cipher.seal(upper(p.idNumber())),
                p.idValidFrom(), p.idValidTo(), cipher.seal(p.contact()));
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase();
    }

    /** One uploaded document image. */
    public record Upload(byte[] bytes, String filename) {
    }
}
