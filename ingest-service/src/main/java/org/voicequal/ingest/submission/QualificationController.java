package org.voicequal.ingest.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.voicequal.events.DocumentType;
import org.voicequal.ingest.account.AccessAudit;
import org.voicequal.ingest.account.AccountNotFoundException;
import org.voicequal.ingest.account.Accounts;
import org.voicequal.ingest.account.Caller;
import org.voicequal.ingest.account.Role;

/**
 * The qualifications of an account, behind its API key ({@code X-Api-Key}):
 * <ul>
 *   <li>{@code POST /v1/qualifications} (applicant): multipart with the {@code application} JSON part and one
 *       part per document image, named by its type ({@code BUSINESS_LICENCE}, {@code LEGAL_REP_ID_FRONT}, ...);
 *       honours {@code Idempotency-Key}.</li>
 *   <li>{@code GET /v1/qualifications}: the account's list (the platform's keys: every account's, or one by
 *       {@code accountId}), filtered by {@code status}, {@code kind} and {@code name}, paged by {@code cursor}.</li>
 *   <li>{@code GET /v1/qualifications/{id}}: the qualification with its status history; every status carries its
 *       reasons, and {@code reasons} repeats the current status's.</li>
 * </ul>
 * Masked by default; {@code ?reveal=true} shows clear text to the owning account's applicants and to reviewers
 * (the seed's toggle), and is audited. Another account's qualification answers 404, like one that does not exist.
 */
@RestController
@RequestMapping("/v1/qualifications")
public class QualificationController {

    private final SubmissionService submissions;
    private final QualificationViews views;
    private final QualificationAccess access;
    private final Accounts accounts;
    private final AccessAudit audit;

    public QualificationController(SubmissionService submissions, QualificationViews views, QualificationAccess access,
            Accounts accounts, AccessAudit audit) {
        this.submissions = submissions;
        this.views = views;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * 202 with the new qualification's id; a retry with the same {@code Idempotency-Key} and the same request
     * answers the same, with {@code Idempotent-Replayed: true}, and creates nothing.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, String>> submit(Caller caller,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestPart("application") SubmissionForm application, MultipartHttpServletRequest request) {
        caller.require(Role.APPLICANT);
        boolean number400 = accounts.find(caller.accountId()).orElseThrow(AccountNotFoundException::new).number400Enabled();
        Parts parts = Parts.of(request);
        SubmissionService.Submitted submitted = submissions.submit(caller.accountId(), number400, application,
                parts.documents(), parts.attachments(), parts.unknown(), idempotencyKey(idempotencyKey));
        return accepted(submitted);
    }

    public static ResponseEntity<Map<String, String>> accepted(SubmissionService.Submitted submitted) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.accepted()
                .location(URI.create("/v1/qualifications/" + submitted.id()));
        if (submitted.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.body(Map.of("id", submitted.id().toString(), "status", "UNDER_REVIEW"));
    }

    @GetMapping
    public QualificationPage list(Caller caller, @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "accountId", required = false) String accountId,
            @RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam(name = "limit", defaultValue = "20") int limit,
            @RequestParam(name = "reveal", defaultValue = "false") boolean reveal) {
        String account = caller.platform() ? accountId : caller.accountId();
        if (reveal && !caller.mayReveal(account)) { // account null (every account): reviewers only
            throw new org.voicequal.ingest.account.ForbiddenException(caller.role(), Role.APPLICANT, Role.REVIEWER);
        }
        QualificationPage page = views.list(account, blankToNull(status), blankToNull(kind), name, cursor, limit, reveal);
        if (reveal || caller.platform()) {
            audit.record(caller, reveal ? AccessAudit.Action.REVEAL_LIST : AccessAudit.Action.LIST, account, null);
        }
        return page;
    }

    @GetMapping("/{id}")
    public QualificationView get(Caller caller, @PathVariable("id") String id,
            @RequestParam(name = "reveal", defaultValue = "false") boolean reveal) {
        return views.view(reveal ? access.reveal(caller, id) : access.read(caller, id), reveal);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Bounded, printable: it is stored and compared, never shown. */
    private static String idempotencyKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidSubmissionException(List.of(new FieldError("Idempotency-Key", "format",
                    "must be 1-255 printable ASCII characters, e.g. a UUID", "必須是1至255個可打印ASCII字符,例如UUID")));
        }
        return key;
    }

    /**
     * The document parts of a multipart request, by type; the extra attachments (更多附件), parts named
     * {@code OTHER} (repeatable) or {@code OTHER_1}, {@code OTHER_2}, ... in their number's order; parts named
     * otherwise are reported, not dropped.
     */
    public record Parts(Map<DocumentType, SubmissionService.Upload> documents, List<SubmissionService.Upload> attachments,
                        Set<String> unknown) {

        private static final java.util.regex.Pattern NUMBERED_ATTACHMENT = java.util.regex.Pattern.compile("OTHER_(\\d{1,3})");

        public static Parts of(MultipartHttpServletRequest request) {
            Map<String, List<SubmissionService.Upload>> named = new java.util.LinkedHashMap<>();
            request.getMultiFileMap().forEach((name, files) -> {
                if (!name.equals("application")) {
                    named.put(name, files.stream().map(f -> new SubmissionService.Upload(bytes(f), f.getOriginalFilename()))
                            .toList());
                }
            });
            return of(named);
        }

        /** The same from images already read, by the name they were sent under (a part, or an intake record's type). */
        public static Parts of(Map<String, List<SubmissionService.Upload>> named) {
            Map<DocumentType, SubmissionService.Upload> uploads = new EnumMap<>(DocumentType.class);
            List<SubmissionService.Upload> plain = new ArrayList<>();
            java.util.TreeMap<Integer, SubmissionService.Upload> numbered = new java.util.TreeMap<>();
            Set<String> unknown = new LinkedHashSet<>();
            for (Map.Entry<String, List<SubmissionService.Upload>> part : named.entrySet()) {
                String name = part.getKey().strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
                java.util.regex.Matcher attachment = NUMBERED_ATTACHMENT.matcher(name);
                for (SubmissionService.Upload upload : part.getValue()) {
                    if (name.equals(DocumentType.OTHER.name())) {
                        plain.add(upload);
                    } else if (attachment.matches()) {
                        numbered.merge(Integer.parseInt(attachment.group(1)), upload, (x, y) -> {
                            unknown.add(part.getKey()); // the same number twice: which one was meant is unknown
                            return x;
                        });
                    } else {
                        DocumentUploads.typeOf(name).ifPresentOrElse(type -> uploads.put(type, upload), () -> unknown.add(part.getKey()));
                    }
                }
            }
            List<SubmissionService.Upload> attachments = new ArrayList<>(numbered.values());
            attachments.addAll(plain);
            return new Parts(uploads, attachments, unknown);
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read part " + file.getName(), e);
        }
    }
}
