package org.voicequal.ingest.intake;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.voicequal.ingest.account.Caller;
import org.voicequal.ingest.account.Role;
import org.voicequal.ingest.submission.DocumentUploads;
import org.voicequal.ingest.submission.FieldError;
import org.voicequal.ingest.submission.InvalidSubmissionException;
import org.voicequal.ingest.submission.SubmissionService;
import org.voicequal.pipeline.blob.BlobStore;

/**
 * {@code POST /v1/documents} (applicant): one image uploaded ahead, as a multipart part named by the document
 * it shows ({@code BUSINESS_LICENCE}, ..., or {@code OTHER} for an attachment), checked like a submission's
 * images; answers its id, which an intake record (the Kafka path) references. The image is the account's: no
 * other account can reference it.
 */
@RestController
@RequestMapping("/v1/documents")
public class UploadedDocuments {

    private final Jdbi jdbi;
    private final BlobStore blobs;
    private final Clock clock;

    public UploadedDocuments(Jdbi jdbi, BlobStore blobs, Clock clock) {
        this.jdbi = jdbi;
        this.blobs = blobs;
        this.clock = clock;
    }

    /** An uploaded image as answered: its id, what it shows, and its content's hash. */
    public record Uploaded(String id, String type, String sha256, String contentType, long sizeBytes) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Uploaded> upload(Caller caller, MultipartHttpServletRequest request) {
        caller.require(Role.APPLICANT);
        Map<String, MultipartFile> parts = request.getFileMap();
        if (parts.size() != 1) {
            throw new InvalidSubmissionException(List.of(new FieldError("request", parts.isEmpty() ? "required" : "too-many",
                    "send exactly one image part, named by the document it shows", "請只上傳一張圖片,以證件類型命名")));
        }
        Map.Entry<String, MultipartFile> part = parts.entrySet().iterator().next();
        String type = part.getKey().strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        List<FieldError> errors = new ArrayList<>();
        if (DocumentUploads.typeOf(type).isEmpty()) {
            errors.add(new FieldError(part.getKey(), "unknown-document", "is not a document type",
                    "不是可識別的證件類型"));
        }
        byte[] bytes;
        try {
            bytes = part.getValue().getBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        errors.addAll(DocumentUploads.check(part.getKey(), bytes));
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        BlobStore.StoredBlob blob = blobs.put(bytes);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String contentType = DocumentUploads.contentType(bytes);
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO uploaded_document (id, account_id, type, blob_key, sha256, content_type, size_bytes,
                                                       uploaded_at)
                        VALUES (:id, :account, :type, :blobKey, :sha256, :contentType, :size, :at)""")
                .bind("id", id).bind("account", caller.accountId()).bind("type", type).bind("blobKey", blob.key())
                .bind("sha256", blob.sha256()).bind("contentType", contentType).bind("size", blob.sizeBytes())
                .bind("at", now).execute());
        return ResponseEntity.created(URI.create("/v1/documents/" + id))
                .body(new Uploaded(id.toString(), type, blob.sha256(), contentType, blob.sizeBytes()));
    }

    /**
     * The images of uploaded documents of {@code account}, in one query, as stored and recorded at upload (blob key
     * and the SHA-256 of its bytes), without reading them back: each was checked before it was stored, and the
     * store is content-addressed and never deletes. Each id of {@code documentIds} that is an uploaded document of
     * {@code account} maps to its image; the others (unknown, another account's, not an id) are absent.
     */
    public Map<String, SubmissionService.StoredImage> images(String account, List<String> documentIds) {
        Map<UUID, String> ids = new java.util.HashMap<>();
        for (String documentId : documentIds) {
            try {
                ids.put(UUID.fromString(documentId), documentId);
            } catch (IllegalArgumentException e) {
                // not an id: as unknown as one that does not exist
            }
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, SubmissionService.StoredImage> found = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT id, blob_key, sha256, content_type, size_bytes FROM uploaded_document"
                        + " WHERE id = ANY(:ids) AND account_id = :account")
                .bindArray("ids", UUID.class, ids.keySet().toArray(UUID[]::new)).bind("account", account)
                .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), new SubmissionService.StoredImage(
                        rs.getString("blob_key"), rs.getString("sha256"), rs.getString("content_type"),
                        rs.getLong("size_bytes"))))
                .forEach(e -> found.put(ids.get(e.getKey()), e.getValue())));
        return found;
    }
}
