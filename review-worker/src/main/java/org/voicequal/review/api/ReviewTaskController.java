package org.voicequal.review.api;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.voicequal.events.QualificationKind;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.review.task.FieldError;
import org.voicequal.review.task.HumanDecision;
import org.voicequal.review.task.InvalidRequestException;
import org.voicequal.review.task.ReviewTask;
import org.voicequal.review.task.ReviewTasks;
import org.voicequal.review.task.TaskChecks;
import org.voicequal.review.task.TaskCursor;
import org.voicequal.review.task.TaskQuery;

/**
 * The reviewer API (every call authenticated by {@link ReviewerAuthentication} and audited):
 * <ul>
 *   <li>{@code GET /v1/review-tasks}: the queue, oldest deadline first; filters {@code overdue}, {@code claimed},
 *       {@code claimedBy} ({@code me} or a name), {@code kind}, {@code decided}; {@code limit} (≤ 100) and
 *       {@code cursor} page it.</li>
 *   <li>{@code GET /v1/review-tasks/{id}}: the evaluation with its evidence, masked unless {@code reveal=true};
 *       links to the document images; the reason catalogue.</li>
 *   <li>{@code GET /v1/review-tasks/{id}/documents/{TYPE}}: one document image.</li>
 *   <li>{@code POST /v1/review-tasks/{id}/claim}, {@code .../release}, {@code .../decision}.</li>
 * </ul>
 */
@RestController
@RequestMapping(TaskViews.BASE)
public class ReviewTaskController {

    static final int DEFAULT_LIMIT = 20;

    private final ReviewTasks tasks;
    private final TaskViews views;
    private final ObjectProvider<BlobStore> blobs;
    private final Clock clock;

    public ReviewTaskController(ReviewTasks tasks, TaskViews views, ObjectProvider<BlobStore> blobs, Clock clock) {
        this.tasks = tasks;
        this.views = views;
        this.blobs = blobs;
        this.clock = clock;
    }

    @GetMapping
    public TaskViews.TaskPage list(Reviewer reviewer,
            @RequestParam(name = "overdue", required = false) Boolean overdue,
            @RequestParam(name = "claimed", required = false) Boolean claimed,
            @RequestParam(name = "claimedBy", required = false) String claimedBy,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "decided", defaultValue = "false") boolean decided,
            @RequestParam(name = "limit", defaultValue = "" + DEFAULT_LIMIT) int limit,
            @RequestParam(name = "cursor", required = false) String cursor) {
        Map<String, Object> filters = new LinkedHashMap<>();
        Optional.ofNullable(overdue).ifPresent(v -> filters.put("overdue", v));
        Optional.ofNullable(claimed).ifPresent(v -> filters.put("claimed", v));
        Optional.ofNullable(claimedBy).ifPresent(v -> filters.put("claimedBy", v));
        Optional.ofNullable(kind).ifPresent(v -> filters.put("kind", v));
        filters.put("decided", decided);
        filters.put("limit", limit);
        filters.put("cursor", cursor != null);
        TaskQuery query = new TaskQuery(decided, overdue, claimed,
                "me".equals(claimedBy) ? reviewer.name() : claimedBy, kind(kind), cursor(cursor), limit(limit));
        return views.page(tasks.list(reviewer.name(), query, filters));
    }

    @GetMapping("/{id}")
    public TaskViews.TaskDetail detail(Reviewer reviewer, @PathVariable("id") String id,
            @RequestParam(name = "reveal", defaultValue = "false") boolean reveal) {
        return views.detail(tasks.open(reviewer.name(), id, reveal), reveal);
    }

    /** The image itself: personal data, so never cached and never sniffed into something else. */
    @GetMapping("/{id}/documents/{type}")
    public ResponseEntity<byte[]> document(Reviewer reviewer, @PathVariable("id") String id,
            @PathVariable("type") String type) {
        BlobStore store = blobs.getIfAvailable();
        if (store == null) {
            throw new DocumentStoreMissingException();
        }
        TaskChecks.Document document = tasks.document(reviewer.name(), id, documentType(type));
        byte[] image = store.get(document.blobKey());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline").body(image);
    }

    @PostMapping("/{id}/claim")
    public TaskViews.TaskItem claim(Reviewer reviewer, @PathVariable("id") String id) {
        return item(tasks.claim(reviewer.name(), id));
    }

    @PostMapping("/{id}/release")
    public TaskViews.TaskItem release(Reviewer reviewer, @PathVariable("id") String id) {
        return item(tasks.release(reviewer.name(), id));
    }

    /**
     * @param body {@code {"decision": "APPROVE"|"REJECT", "reasons": ["CODE", ...], "comment": "..."}}; the
     *             comment reaches the applicant and must not contain personal data
     */
    @PostMapping("/{id}/decision")
    public TaskViews.TaskItem decide(Reviewer reviewer, @PathVariable("id") String id,
            @RequestBody DecisionRequest body) {
        return item(tasks.decide(reviewer.name(), id, body.toDecision()));
    }

    public record DecisionRequest(String decision, List<String> reasons, String comment) {

        HumanDecision toDecision() {
            HumanDecision.Verdict verdict = Arrays.stream(HumanDecision.Verdict.values())
                    .filter(v -> v.name().equals(decision)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException(new FieldError("decision", "one-of",
                            "must be APPROVE or REJECT", "必須是 APPROVE 或 REJECT")));
            return new HumanDecision(verdict, reasons, comment);
        }
    }

    private TaskViews.TaskItem item(ReviewTask task) {
        return views.item(task, clock.instant());
    }

    private static String kind(String kind) {
        if (kind == null) {
            return null;
        }
        return Arrays.stream(QualificationKind.values()).map(Enum::name).filter(k -> k.equals(kind)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(new FieldError("kind", "one-of",
                        "must be ORDINARY or NUMBER_400", "必須是 ORDINARY 或 NUMBER_400")));
    }

    private static TaskCursor cursor(String cursor) {
        try {
            return cursor == null || cursor.isBlank() ? null : TaskCursor.parse(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(new FieldError("cursor", "invalid",
                    "not a cursor this API gave out; start again without it", "無效的分頁游標，請不帶游標重新查詢"));
        }
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > TaskQuery.MAX_LIMIT) {
            throw new InvalidRequestException(new FieldError("limit", "range", "must be between 1 and " + TaskQuery.MAX_LIMIT,
                    "必須在 1 到 " + TaskQuery.MAX_LIMIT + " 之間"));
        }
        return limit;
    }

    /** As ingest names the parts: {@code LEGAL_REP_ID_FRONT}, or {@code legal-rep-id-front}. */
    private static String documentType(String type) {
        return type.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
