package org.voicequal.review.task;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.Reason;
import org.voicequal.events.ReviewDecided;
import org.voicequal.events.ReviewDecision;
import org.voicequal.events.ReviewRoute;
import org.voicequal.pipeline.Json;
import org.voicequal.pipeline.jdbi.Daos;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.review.ReviewWorker;
import org.voicequal.review.audit.Audit;
import org.voicequal.review.audit.Audit.Action;
import org.voicequal.review.audit.Audit.Outcome;
import org.voicequal.review.task.TaskConflictException.Conflict;
import org.voicequal.schemas.StatusChanges;
import org.voicequal.schemas.Topics;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a reviewer does with the tasks: list, open, claim, release, decide. Each access is audited; each change
 * is one conditional update, so that two reviewers never both win, and a decision commits together with its
 * events in the outbox ({@code ReviewDecided} and the status change that ingest-service turns into the
 * applicant's email).
 */
@Service
public class ReviewTasks {

    private static final TypeReference<List<TaskChecks.Check>> CHECKS = new TypeReference<>() {
    };
    private static final TypeReference<List<TaskChecks.Document>> DOCUMENTS = new TypeReference<>() {
    };

    private final Jdbi jdbi;
    private final Outbox outbox;
    private final Audit audit;
    private final Clock clock;
    private final JsonMapper json;

    public ReviewTasks(Jdbi jdbi, Outbox outbox, Audit audit, Clock clock, JsonMapper json) {
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** A page of the queue as of {@code asOf} (what "overdue" was judged against). */
    public record Page(List<ReviewTask> tasks, TaskCursor next, Instant asOf) {
    }

    /** A task opened for a reviewer: its evaluation, its documents, and the reasons a decision may give. */
    public record Opened(ReviewTask task, List<TaskChecks.Check> checks, List<TaskChecks.Document> documents,
                         ReasonCatalogue catalogue, Instant asOf) {
    }

    /** @param filters the request's filters, for the audit trail */
    public Page list(String reviewer, TaskQuery query, Map<String, ?> filters) {
        audit.record(reviewer, Action.LIST, null, Outcome.DONE, filters);
        Instant now = clock.instant();
        // one more than asked: whether there is a next page, without counting
        TaskQuery probe = new TaskQuery(query.decided(), query.overdue(), query.claimed(), query.claimedBy(), query.kind(),
                query.after(), query.limit() + 1);
        List<ReviewTask> rows = jdbi.withExtension(TaskDao.class, dao -> dao.list(probe, now));
        if (rows.size() <= query.limit()) {
            return new Page(rows, null, now);
        }
        List<ReviewTask> page = rows.subList(0, query.limit());
        ReviewTask last = page.get(page.size() - 1);
        return new Page(List.copyOf(page), new TaskCursor(last.dueAt(), last.qualificationId()), now);
    }

    /** @param reveal whether the reviewer will see clear values: audited as a reveal */
    public Opened open(String reviewer, String id, boolean reveal) {
        Action action = reveal ? Action.REVEAL : Action.VIEW;
        ReviewTask task = find(id).orElseThrow(() -> {
            audit.record(reviewer, action, id, Outcome.NOT_FOUND, Map.of());
            return new TaskNotFoundException("no review task for " + id);
        });
        audit.record(reviewer, action, id, Outcome.DONE, Map.of());
        List<TaskChecks.Check> checks = checks(task);
        return new Opened(task, checks, json.readValue(task.documents(), DOCUMENTS), ReasonCatalogue.forChecks(checks),
                clock.instant());
    }

    /** The claim check of one document image of the task, audited before the image is shown. */
    public TaskChecks.Document document(String reviewer, String id, String type) {
        Map<String, String> detail = Map.of("document", type);
        TaskChecks.Document document = find(id)
                .flatMap(t -> json.readValue(t.documents(), DOCUMENTS).stream().filter(d -> d.type().equals(type)).findFirst())
                .orElseThrow(() -> {
                    audit.record(reviewer, Action.DOCUMENT, id, Outcome.NOT_FOUND, detail);
                    return new TaskNotFoundException("no " + type + " on review task " + id);
                });
        audit.record(reviewer, Action.DOCUMENT, id, Outcome.DONE, detail);
        return document;
    }

    public ReviewTask claim(String reviewer, String id) {
        return change(reviewer, Action.CLAIM, id, Map.of(), (tx, dao, task) -> {
            if (task.decided()) {
                throw new TaskConflictException(Conflict.ALREADY_DECIDED);
            }
            if (reviewer.equals(task.claimedBy())) {
                return; // held already: claiming again changes nothing
            }
            if (task.claimedBy() != null || dao.claim(id, reviewer, clock.instant()) == 0) {
                throw conflict(dao, id, reviewer);
            }
        });
    }

    public ReviewTask release(String reviewer, String id) {
        return change(reviewer, Action.RELEASE, id, Map.of(), (tx, dao, task) -> {
            if (dao.release(id, reviewer) == 0) {
                throw conflict(dao, id, reviewer);
            }
        });
    }

    /**
     * Decides a task the reviewer holds: marks it decided, and emits {@code ReviewDecided} (route HUMAN) and the
     * status change APPROVED or REJECTED with the chosen reasons, the evaluation's warnings on an approval, and
     * the comment as {@code REVIEWER_COMMENT}.
     */
    public ReviewTask decide(String reviewer, String id, HumanDecision decision) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("decision", decision.verdict().name());
        detail.put("reasons", decision.reasonCodes());
        detail.put("comment", decision.comment() != null && !decision.comment().isBlank()); // whether, never what
        return change(reviewer, Action.DECIDE, id, detail, (tx, dao, task) -> {
            if (task.decided()) {
                throw new TaskConflictException(Conflict.ALREADY_DECIDED);
            }
            if (!reviewer.equals(task.claimedBy())) {
                throw conflict(dao, id, reviewer);
            }
            List<TaskChecks.Check> checks = checks(task);
            List<Reason> travelling = decision.verdict() == HumanDecision.Verdict.APPROVE ? warnings(checks) : List.of();
            List<Reason> reasons = ReasonCatalogue.forChecks(checks).reasonsFor(decision, travelling);
            boolean approved = decision.verdict() == HumanDecision.Verdict.APPROVE;
            Instant now = clock.instant();
            if (dao.decide(id, reviewer, approved ? "APPROVED" : "REJECTED", Json.reasons(reasons),
                    comment(decision), now) == 0) {
                throw conflict(dao, id, reviewer); // decided by a request that committed meanwhile
            }
            outbox.append(tx, Topics.REVIEW_DECIDED, id, ReviewDecided.newBuilder()
                    .setEventId(UUID.randomUUID().toString()).setQualificationId(id).setDecidedAt(now)
                    .setRoute(ReviewRoute.HUMAN).setDecision(approved ? ReviewDecision.APPROVED : ReviewDecision.REJECTED)
                    .setReasons(reasons).build());
            outbox.append(tx, Topics.STATUS_CHANGED, id, StatusChanges.of(ReviewWorker.SOURCE, id, task.accountId(),
                            QualificationStatus.UNDER_REVIEW, approved ? QualificationStatus.APPROVED : QualificationStatus.REJECTED)
                    .because(reasons).at(now));
        });
    }

    private interface Change {
        void apply(Handle transaction, TaskDao dao, ReviewTask current);
    }

    /** Runs a change and audits it with it; a refusal is audited on its own, as the change rolled back. */
    private ReviewTask change(String reviewer, Action action, String id, Map<String, ?> detail, Change change) {
        try {
            return jdbi.inTransaction(tx -> {
                TaskDao dao = Daos.attach(tx, TaskDao.class);
                ReviewTask task = dao.find(id).orElseThrow(() -> new TaskNotFoundException("no review task for " + id));
                change.apply(tx, dao, task);
                audit.record(tx, reviewer, action, id, Outcome.DONE, detail);
                return dao.find(id).orElseThrow();
            });
        } catch (TaskNotFoundException e) {
            audit.record(reviewer, action, id, Outcome.NOT_FOUND, detail);
            throw e;
        } catch (TaskConflictException e) {
            audit.record(reviewer, action, id, Outcome.REFUSED, with(detail, "refused", e.conflict().code()));
            throw e;
        } catch (InvalidRequestException e) {
            audit.record(reviewer, action, id, Outcome.REFUSED, with(detail, "refused",
                    e.errors().stream().map(f -> f.field() + ":" + f.code()).toList()));
            throw e;
        }
    }

    /** Why a conditional update changed nothing, from the row as now committed. */
    private static TaskConflictException conflict(TaskDao dao, String id, String reviewer) {
        ReviewTask now = dao.find(id).orElseThrow(() -> new TaskNotFoundException("no review task for " + id));
        if (now.decided()) {
            return new TaskConflictException(Conflict.ALREADY_DECIDED);
        }
        if (now.claimedBy() != null && !now.claimedBy().equals(reviewer)) {
            return new TaskConflictException(Conflict.CLAIMED_BY_ANOTHER);
        }
        return new TaskConflictException(Conflict.NOT_CLAIMED_BY_YOU);
    }

    private Optional<ReviewTask> find(String id) {
        return jdbi.withExtension(TaskDao.class, dao -> dao.find(id));
    }

    private List<TaskChecks.Check> checks(ReviewTask task) {
        return json.readValue(task.checks(), CHECKS);
    }

    /** Passes that need attention travel with an approval, as they do with an automatic one. */
    private static List<Reason> warnings(List<TaskChecks.Check> checks) {
        return checks.stream().filter(c -> c.passed() && c.warning())
                .map(c -> new Reason(c.rule(), c.messageZh(), c.messageEn())).toList();
    }

    private static String comment(HumanDecision decision) {
        return decision.comment() == null || decision.comment().isBlank() ? null : decision.comment().strip();
    }

    private static Map<String, Object> with(Map<String, ?> detail, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(detail);
        copy.put(key, value);
        return copy;
    }
}
