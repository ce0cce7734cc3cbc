package org.voicequal.review;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.ReviewDecided;
import org.voicequal.events.ReviewDecision;
import org.voicequal.events.SubmissionEvaluated;
import org.voicequal.pipeline.Json;
import org.voicequal.pipeline.PipelineConfiguration;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.domain.time.ChinaTime;
import org.voicequal.schemas.StatusChanges;
import org.voicequal.schemas.Topics;

/**
 * review-worker: reads {@code SubmissionEvaluated}, routes it ({@link Routing}): approved or rejected
 * automatically, or queued for a person with a deadline of one working day. Writes {@code ReviewDecided}
 * and, for a decision, the public {@code QualificationStatusChanged}.
 */
@SpringBootApplication
@Import(PipelineConfiguration.class)
public class ReviewWorker {

    static final String GROUP = "review-worker";
    static final String SOURCE = "review-worker";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ReviewWorker.class).properties("spring.config.name=review-worker");
    }

    public static void main(String[] args) {
        SpringApplication app = application().build();
        app.run(args);
    }

    @Bean
    EventSubscription<SubmissionEvaluated> evaluations(Outbox outbox) {
        Clock clock = ChinaTime.clock();
        return EventSubscription.on(Topics.SUBMISSION_EVALUATED, GROUP, (tx, evaluated) -> route(tx, evaluated, outbox, clock));
    }

    static void route(Handle tx, SubmissionEvaluated evaluated, Outbox outbox, Clock clock) {
        Routing routing = Routing.of(evaluated.getChecks());
        Instant now = clock.instant();
        String id = evaluated.getQualificationId();
        ReviewDao dao = tx.attach(ReviewDao.class);
        if (dao.decide(id, evaluated.getAccountId(), routing.route().name(), routing.decision().name(),
                Json.reasons(routing.reasons()), now) == 0) {
            return; // decided before: a re-evaluation waits for the reviewer API
        }
        outbox.append(tx, Topics.REVIEW_DECIDED, id, ReviewDecided.newBuilder().setEventId(UUID.randomUUID().toString())
                .setQualificationId(id).setDecidedAt(now).setRoute(routing.route()).setDecision(routing.decision())
                .setReasons(routing.reasons()).build());
        if (routing.decision() == ReviewDecision.PENDING_HUMAN_REVIEW) {
            dao.enqueue(id, oneWorkingDayAfter(now), TaskChecks.json(evaluated.getChecks()));
            return;
        }
        outbox.append(tx, Topics.STATUS_CHANGED, id, StatusChanges.of(SOURCE, id, evaluated.getAccountId(),
                QualificationStatus.UNDER_REVIEW, routing.decision() == ReviewDecision.APPROVED
                        ? QualificationStatus.APPROVED : QualificationStatus.REJECTED).because(routing.reasons()).at(now));
    }

    /** 1個工作日: the next weekday at the same time (the PRC holiday calendar comes with the reviewer API). */
    static Instant oneWorkingDayAfter(Instant instant) {
        ZonedDateTime t = instant.atZone(ChinaTime.ZONE).plusDays(1);
        while (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
            t = t.plusDays(1);
        }
        return t.toInstant();
    }
}
