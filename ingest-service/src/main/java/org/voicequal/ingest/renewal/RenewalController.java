package org.voicequal.ingest.renewal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.voicequal.events.DocumentType;
import org.voicequal.events.QualificationStatus;
import org.voicequal.ingest.account.AccessAudit;
import org.voicequal.ingest.account.AccountNotFoundException;
import org.voicequal.ingest.account.Accounts;
import org.voicequal.ingest.account.Caller;
import org.voicequal.ingest.submission.QualificationAccess;
import org.voicequal.ingest.submission.QualificationController;
import org.voicequal.ingest.submission.QualificationDao;
import org.voicequal.ingest.submission.QualificationViews;
import org.voicequal.ingest.submission.SubmissionForm;
import org.voicequal.ingest.submission.SubmissionService;
import org.voicequal.pipeline.blob.BlobStore;
import org.jdbi.v3.core.Jdbi;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Building on a qualification the account already has, for its applicants only (another account's answers 404):
 * <ul>
 *   <li>{@code GET /v1/qualifications/{id}/reuse} — 快速復用: its enterprise part in clear, to prefill a new
 *       form (audited: it shows the registered values).</li>
 *   <li>{@code POST /v1/qualifications/{id}/renewal} — 資質續期 of an expiring or expired qualification: the
 *       parts uploaded replace the old documents of their type (attachments as a whole), everything else
 *       carries over; an
 *       {@code application} part, when sent, is the renewed form (e.g. new ID validity dates). What a renewal
 *       may not change ({@link RenewalChanges}) is refused at once with every changed field. The renewal is a
 *       new qualification that names the old one; once approved, the old one becomes REPLACED.</li>
 * </ul>
 */
@RestController
@RequestMapping("/v1/qualifications/{id}")
public class RenewalController {

    static final Set<String> RENEWABLE = Set.of(QualificationStatus.EXPIRING_SOON.name(), QualificationStatus.EXPIRED.name());

    private final QualificationAccess access;
    private final QualificationViews views;
    private final SubmissionService submissions;
    private final Accounts accounts;
    private final BlobStore blobs;
    private final Jdbi jdbi;
    private final JsonMapper json;

    public RenewalController(QualificationAccess access, QualificationViews views, SubmissionService submissions,
            Accounts accounts, BlobStore blobs, Jdbi jdbi, JsonMapper json) {
        this.access = access;
        this.views = views;
        this.submissions = submissions;
        this.accounts = accounts;
        this.blobs = blobs;
        this.jdbi = jdbi;
        this.json = json;
    }

    /** The enterprise part (企業信息) of the form, and the qualification it came from. */
    public record Reuse(String sourceQualificationId, String certificateKind, SubmissionForm.Enterprise enterprise) {
    }

    @GetMapping("/reuse")
    public Reuse reuse(Caller caller, @PathVariable("id") String id) {
        QualificationDao.QualificationRow row = access.own(caller, id, AccessAudit.Action.REUSE);
        return new Reuse(row.id().toString(), row.kind(), views.form(row).enterprise());
    }

    @PostMapping(path = "/renewal", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, String>> renew(Caller caller, @PathVariable("id") String id,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestPart(name = "application", required = false) SubmissionForm application,
            MultipartHttpServletRequest request) {
        QualificationDao.QualificationRow old = access.own(caller, id, AccessAudit.Action.RENEW);
        if (!RENEWABLE.contains(old.status())) {
            throw new RenewalRefusedException(old.status(), List.of());
        }
        SubmissionForm before = views.form(old);
        SubmissionForm renewal = replacing(application == null ? before : application, old.id().toString());
        List<org.voicequal.ingest.submission.FieldError> changed = RenewalChanges.of(before, renewal);
        if (!changed.isEmpty()) {
            throw new RenewalRefusedException(old.status(), changed);
        }
        QualificationController.Parts parts = QualificationController.Parts.of(request);
        Map<DocumentType, SubmissionService.Upload> documents = new java.util.EnumMap<>(DocumentType.class);
        java.util.List<SubmissionService.Upload> attachments = new java.util.ArrayList<>();
        // the old images carry over by content (the blob store is content-addressed: nothing is copied); rows
        // OTHER_1, OTHER_2, ... are the attachments, in their order
        for (QualificationDao.DocumentRow d : jdbi.withExtension(QualificationDao.class, dao -> dao.documents(old.id()))) {
            SubmissionService.Upload upload = new SubmissionService.Upload(blobs.get(d.blobKey()), null);
            if (d.type().startsWith(DocumentType.OTHER.name())) {
                attachments.add(upload);
            } else {
                documents.put(DocumentType.valueOf(d.type()), upload);
            }
        }
        documents.putAll(parts.documents());
        if (!parts.attachments().isEmpty()) {
            attachments = parts.attachments(); // new attachments replace the old ones as a whole
        }
        boolean number400 = accounts.find(caller.accountId()).orElseThrow(AccountNotFoundException::new).number400Enabled();
        return QualificationController.accepted(submissions.submit(caller.accountId(), number400, renewal, documents,
                attachments, parts.unknown(), idempotencyKey));
    }

    /** The form with {@code replacesQualificationId} set, whatever else the form holds. */
    private SubmissionForm replacing(SubmissionForm form, String oldId) {
        ObjectNode node = json.valueToTree(form);
        node.put("replacesQualificationId", oldId);
        return json.treeToValue(node, SubmissionForm.class);
    }
}
