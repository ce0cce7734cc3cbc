package org.voicequal.ingest.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Value;
import org.voicequal.ingest.status.StatusHistory;
import org.springframework.stereotype.Service;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.domain.QualificationId;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.DocumentType;
import org.voicequal.events.Enterprise;
import org.voicequal.events.NumberApplication;
import org.voicequal.events.Person;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.ingest.region.AdministrativeDivisions;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.pipeline.jdbi.Daos;
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

    private final String locale;

    public SubmissionService(Jdbi jdbi, BlobStore blobs, Outbox outbox, OutboxRelay relay, PersonalDataCipher cipher,
            JsonMapper json, Clock clock, @Value("${ingest.locale:zh-CN}") String locale) {
        this.locale = locale;
        this.jdbi = jdbi;
        this.blobs = blobs;
        this.outbox = outbox;
        this.relay = relay;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Checks and accepts a submission for {@code account} (the caller's, never a form field). With an
     * {@code idempotencyKey}, a retry of the same request answers the first qualification and creates nothing;
     * the same key with another request is refused.
     *
     * @param number400Enabled whether the account may submit the 400-number form (the operator's switch)
     */
    public Submitted submit(String account, boolean number400Enabled, SubmissionForm form,
            Map<DocumentType, Upload> uploads, Set<String> unknownParts, String idempotencyKey) {
        return submit(account, number400Enabled, form, uploads, List.of(), unknownParts, idempotencyKey);
    }

    /**
     * As {@link #submit(String, boolean, SubmissionForm, Map, Set, String)}, with extra attachments (更多附件) in
     * the order sent: each is stored as a document of type OTHER, its row named OTHER_1, OTHER_2, ... A single
     * OTHER in {@code uploads} counts as the first attachment.
     */
    public Submitted submit(String account, boolean number400Enabled, SubmissionForm form,
            Map<DocumentType, Upload> uploads, List<Upload> attachments, Set<String> unknownParts,
            String idempotencyKey) {
        Map<DocumentType, Upload> images = new java.util.EnumMap<>(DocumentType.class);
        images.putAll(uploads);
        List<Upload> extra = new ArrayList<>();
        if (images.containsKey(DocumentType.OTHER)) {
            extra.add(images.remove(DocumentType.OTHER));
        }
        extra.addAll(attachments);
        String requestHash = idempotencyKey == null ? null : requestHash(form, images, extra);
        if (idempotencyKey != null) {
            Optional<Submitted> earlier = replay(account, idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        List<FieldError> errors = new ArrayList<>(SubmissionChecks.checkUploads(form, images, extra, unknownParts,
                number400Enabled));
        errors.addAll(accountChecks(account, form));
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        QualificationId id = QualificationId.newId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        // Images first, outside the transaction: content-addressed, so a failure below leaves at most an
        // unreferenced blob, never a reference to a missing one.
        List<DocumentRef> documents = new ArrayList<>();
        images.forEach((type, upload) -> documents.add(store(type, upload)));
        extra.forEach(upload -> documents.add(store(DocumentType.OTHER, upload)));

        SubmissionReceived received = received(id, account, form, documents, now);
        QualificationStatusChanged underReview = StatusChanges.of(SOURCE, id.toString(), account,
                null, QualificationStatus.UNDER_REVIEW).at(now);

        try {
            jdbi.useTransaction(handle -> {
                QualificationDao dao = Daos.attach(handle, QualificationDao.class);
                dao.insert(new QualificationDao.QualificationRow(id.value(), account, received.getKind().name(),
                        form.qualificationName(), form.enterprise().name(), form.enterprise().creditCode(),
                        QualificationStatus.UNDER_REVIEW.name(), cipher.seal(json.writeValueAsString(form)),
                        cipher.seal(form.notificationEmail()), now, now));
                int attachment = 0;
                List<QualificationDao.DocumentRow> rows = new ArrayList<>(documents.size());
                for (DocumentRef d : documents) {
                    // one row per (qualification, type): attachments, all OTHER, are told apart by their number
                    String type = d.getType() == DocumentType.OTHER ? SubmissionChecks.attachmentName(attachment++)
                            : d.getType().name();
                    rows.add(new QualificationDao.DocumentRow(id.value(), type, d.getBlobKey(),
                            d.getSha256(), d.getContentType(), d.getSizeBytes()));
                }
                dao.insertDocuments(rows);
                dao.appendStatus(new QualificationDao.StatusRow(underReview.getEventId(), id.value(),
                        QualificationStatus.UNDER_REVIEW.name(), "[]", SOURCE, now));
                if (idempotencyKey != null && dao.claimIdempotencyKey(account, idempotencyKey, requestHash, id.value(), now) == 0) {
                    throw new ConcurrentRetry(); // the same key won in another transaction: roll this one back
                }
                outbox.append(handle, Topics.SUBMISSION_RECEIVED, id.toString(), received);
                outbox.append(handle, Topics.STATUS_CHANGED, id.toString(), underReview);
                // "received": asked for here, once; StatusHistory emails the later changes
                outbox.append(handle, Topics.NOTIFICATION_REQUESTED, id.toString(), StatusHistory.notification(
                        underReview, cipher.seal(form.notificationEmail()), locale, form.qualificationName()));
            });
        } catch (ConcurrentRetry retry) {
            return replay(account, idempotencyKey, requestHash).orElseThrow();
        }
        relay.wakeUp();
        return new Submitted(id, false);
    }

    private DocumentRef store(DocumentType type, Upload upload) {
        if (upload.stored() != null) {
            // uploaded ahead (POST /v1/documents): already in the store, checked, with its SHA-256 recorded then
            StoredImage s = upload.stored();
            return new DocumentRef(type, s.blobKey(), s.sha256(), s.contentType(), s.sizeBytes());
        }
        BlobStore.StoredBlob blob = blobs.put(upload.bytes());
        return new DocumentRef(type, blob.key(), blob.sha256(), ImageFormat.detect(upload.bytes()).orElseThrow(),
                blob.sizeBytes());
    }

    /** The first answer to this key, if there was one; refuses the key when it came with another request. */
    private Optional<Submitted> replay(String account, String idempotencyKey, String requestHash) {
        return jdbi.withExtension(QualificationDao.class, dao -> dao.idempotencyKey(account, idempotencyKey))
                .map(earlier -> {
                    if (!earlier.requestSha256().equals(requestHash)) {
                        throw new IdempotencyKeyReusedException();
                    }
                    return new Submitted(new QualificationId(earlier.qualificationId()), true);
                });
    }

    /**
     * What the account may submit: a renewal only of its own qualification. (Whether it may use the 400-number
     * form is SubmissionChecks', with the other field rules.)
     */
    private List<FieldError> accountChecks(String account, SubmissionForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.accountId() != null && !form.accountId().isBlank() && !form.accountId().equals(account)) {
            errors.add(new FieldError("accountId", "not-your-account",
                    "is not the account of the API key; leave it out, the key says which account submits",
                    "與 API 密鑰所屬賬號不一致;可不填,由密鑰確定提交賬號"));
        }
        String replaces = form.replacesQualificationId();
        if (replaces != null && !replaces.isBlank()) {
            boolean own = QualificationId.tryParse(replaces)
                    .flatMap(old -> jdbi.withExtension(QualificationDao.class, dao -> dao.find(old.value())))
                    .filter(row -> row.accountId().equals(account)).isPresent();
            if (!own) {
                errors.add(new FieldError("replacesQualificationId", "not-found",
                        "is not a qualification of this account", "不是本賬號的資質"));
            }
        }
        return errors;
    }

    /**
     * What makes two requests the same for {@code Idempotency-Key}: the form as read and each image's bytes,
     * by document type, then the extra attachments' in their order (the part order and file names do not matter).
     */
    private String requestHash(SubmissionForm form, Map<DocumentType, Upload> images, List<Upload> attachments) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(json.writeValueAsBytes(form));
            new java.util.TreeMap<>(images).forEach((type, upload) -> {
                digest.update(type.name().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                digest.update(java.util.HexFormat.of().parseHex(upload.sha256()));
            });
            attachments.forEach(upload -> digest.update(java.util.HexFormat.of().parseHex(upload.sha256())));
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The qualification a submission created, and whether this answer replays an earlier request's. */
    public record Submitted(QualificationId id, boolean replayed) {
    }

    private static final class ConcurrentRetry extends RuntimeException {
        ConcurrentRetry() {
            super(null, null, false, false);
        }
    }

    private SubmissionReceived received(QualificationId id, String account, SubmissionForm form,
            List<DocumentRef> documents, Instant now) {
        SubmissionForm.Enterprise e = form.enterprise();
        return SubmissionReceived.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setQualificationId(id.toString())
                .setAccountId(account)
                .setKind(SubmissionChecks.kind(form))
                .setQualificationName(form.qualificationName())
                .setSubmittedAt(now)
                .setEnterprise(enterprise(e))
                .setLegalRepresentative(person(form.legalRepresentative()))
                .setAdministrator(form.administrator() == null ? null : person(form.administrator()))
                .setLetterDate(form.letterDate())
                .setCommitmentDate(form.commitmentDate())
                .setDocuments(documents)
                .setReplacesQualificationId(form.replacesQualificationId())
                .setNumberApplication(SubmissionChecks.number400(form) ? numberApplication(form.numberApplication()) : null)
                .build();
    }

    /**
     * As typed, but with the province and city under their list names (浙江 and 浙江省 typed in Traditional both
     * become 浙江省; a municipality's 市辖区 becomes the municipality), so that downstream readers see one
     * spelling. The 400 form has no certificate type: its certificate is the business licence.
     */
    private static Enterprise enterprise(SubmissionForm.Enterprise e) {
        Optional<AdministrativeDivisions.Province> province = e.province() == null ? Optional.empty()
                : AdministrativeDivisions.shipped().province(e.province());
        String city = province.flatMap(p -> e.city() == null ? Optional.empty() : p.city(e.city()))
                .map(AdministrativeDivisions.City::name).orElse(e.city());
        return new Enterprise(e.certificateType() == null ? "BUSINESS_LICENCE" : e.certificateType(), e.name(),
                upper(e.creditCode()), upper(e.organizationCode()), e.enterpriseType(), e.address(),
                province.map(AdministrativeDivisions.Province::name).orElse(e.province()), city, e.termStart(),
                e.termEnd());
    }

    /** Numbers as ten digits, so that validation-worker's rules and its register of held numbers see one form. */
    private static NumberApplication numberApplication(SubmissionForm.NumberApplication n) {
        return new NumberApplication(n.carrier().strip().toUpperCase(),
                n.numbers().stream().map(SubmissionForm.NumberApplication::normalized).toList(), n.threeInOne(),
                n.scenario().strip());
    }

    private Person person(SubmissionForm.Person p) {
        return new Person(cipher.seal(p.name().strip()), p.idTypeOrDefault(), cipher.seal(upper(p.idNumber())),
                p.idValidFrom(), p.idValidTo(), cipher.seal(p.contact()));
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase();
    }

    /**
     * One document image: its bytes as sent, or {@link #stored} for an image uploaded ahead ({@code POST
     * /v1/documents}), which the intake references instead of reading it back, decrypting and hashing it again.
     */
    public record Upload(byte[] bytes, String filename, StoredImage stored) {

        public Upload(byte[] bytes, String filename) {
            this(java.util.Objects.requireNonNull(bytes, "bytes"), filename, null);
        }

        public static Upload stored(StoredImage image) {
            return new Upload(null, null, java.util.Objects.requireNonNull(image, "image"));
        }

        /** The SHA-256 of the image's bytes, in hex: the one recorded at upload, or computed now. */
        String sha256() {
            return stored != null ? stored.sha256() : org.voicequal.pipeline.blob.FileSystemBlobStore.sha256(bytes);
        }
    }

    /**
     * An image in the blob store that passed every image check when it was uploaded ({@link DocumentUploads#check}:
     * only checked images are stored and recorded), as recorded then: its key, the SHA-256 of its clear bytes,
     * its content type and size.
     */
    public record StoredImage(String blobKey, String sha256, String contentType, long sizeBytes) {
    }
}
