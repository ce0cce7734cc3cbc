package org.voicequal.review.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.springframework.stereotype.Component;
import org.voicequal.domain.time.WorkingDays;
import org.voicequal.events.QualificationKind;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.ReviewDecided;
import org.voicequal.events.SubmissionEvaluated;
import org.voicequal.pipeline.Json;
import org.voicequal.pipeline.jdbi.Daos;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.review.ReviewProperties;
import org.voicequal.review.ReviewWorker;
import org.voicequal.review.task.NewTask;
import org.voicequal.review.task.TaskChecks;
import org.voicequal.review.task.TaskDao;
import org.voicequal.schemas.StatusChanges;
import org.voicequal.schemas.Topics;

/**
 * Routes one evaluation, in the consumer's transaction: records the decision with the rule results that
 * drove it, emits {@code ReviewDecided}, and the status change — APPROVED or REJECTED at once, or
 * UNDER_REVIEW again with the reasons a person must settle, so that the applicant's history says why it
 * waits. A submission for a person becomes a review task due one working day after its evaluation.
 */
@Component
public class Router {

    private final Outbox outbox;
    private final RoutingPolicy policy;
    private final WorkingDays calendar;
    private final Clock clock;

    public Router(Outbox outbox, ReviewProperties properties, WorkingDays calendar, Clock clock) {
        this.outbox = outbox;
        this.policy = properties.routing();
        this.calendar = calendar;
        this.clock = clock;
    }

    public void route(Handle tx, SubmissionEvaluated evaluated) {
        Routing routing = Routing.of(evaluated.getChecks(), policy);
        Instant now = clock.instant();
        String id = evaluated.getQualificationId();
        if (Daos.attach(tx, DecisionDao.class).record(id, evaluated.getAccountId(), routing.route().name(),
                routing.decision().name(), Json.reasons(routing.reasons()), Json.write(TaskChecks.of(routing.drivers())),
                now) == 0) {
            return; // routed before: a re-evaluation of a routed qualification changes nothing here
        }
        outbox.append(tx, Topics.REVIEW_DECIDED, id, ReviewDecided.newBuilder().setEventId(UUID.randomUUID().toString())
                .setQualificationId(id).setDecidedAt(now).setRoute(routing.route()).setDecision(routing.decision())
                .setReasons(routing.reasons()).build());
        QualificationStatus status = switch (routing.decision()) {
            case APPROVED -> QualificationStatus.APPROVED;
            case REJECTED -> QualificationStatus.REJECTED;
            case PENDING_HUMAN_REVIEW -> QualificationStatus.UNDER_REVIEW;
        };
        if (routing.toPerson()) {
            enqueue(tx, evaluated, now);
        }
        outbox.append(tx, Topics.STATUS_CHANGED, id, StatusChanges.of(ReviewWorker.SOURCE, id, evaluated.getAccountId(),
                QualificationStatus.UNDER_REVIEW, status).because(routing.reasons()).at(now));
    }

    /** The task keeps the whole evaluation and the documents: the reviewer needs no other worker's data. */
    private void enqueue(Handle tx, SubmissionEvaluated evaluated, Instant now) {
        WorkingDays.Deadline due = calendar.oneWorkingDayAfter(evaluated.getEvaluatedAt());
        QualificationKind kind = evaluated.getKind() == null ? QualificationKind.UNKNOWN : evaluated.getKind();
        Daos.attach(tx, TaskDao.class).enqueue(new NewTask(evaluated.getQualificationId(), evaluated.getAccountId(), kind.name(),
                evaluated.getQualificationName(), evaluated.getReplacesQualificationId(), evaluated.getEvaluatedAt(),
                due.at(), due.provisional(), Json.write(TaskChecks.of(evaluated.getChecks())),
                Json.write(evaluated.getDocuments().stream().map(TaskChecks.Document::of).toList()), now));
    }
}
