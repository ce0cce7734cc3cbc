package org.voicequal.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.voicequal.domain.time.WorkingDays;
import org.voicequal.events.ApiKeyChanged;
import org.voicequal.events.SubmissionEvaluated;
import org.voicequal.pipeline.PipelineConfiguration;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.metrics.SnapshotGauges;
import org.voicequal.review.api.IssuedKeys;
import org.voicequal.review.routing.Router;
import org.voicequal.schemas.Topics;

/**
 * review-worker: reads {@code SubmissionEvaluated} and routes it ({@link Router}): approved or rejected at
 * once, or queued for a person, due one working day later by the PRC calendar ({@link WorkingDays}). Writes
 * {@code ReviewDecided} and the public {@code QualificationStatusChanged}. Reviewers work through its HTTP API
 * ({@code /v1/review-tasks}, package {@code api}): list, open, claim, release and decide, every access audited.
 */
@SpringBootApplication
@Import(PipelineConfiguration.class)
@EnableConfigurationProperties(ReviewProperties.class)
public class ReviewWorker {

    static final String GROUP = "review-worker";
    /** The {@code source} of every status change this worker emits. */
    public static final String SOURCE = "review-worker";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ReviewWorker.class).properties("spring.config.name=review-worker");
    }

    public static void main(String[] args) {
        SpringApplication app = application().build();
        app.run(args);
    }

    @Bean
    EventSubscription<SubmissionEvaluated> evaluations(Router router) {
        return EventSubscription.on(Topics.SUBMISSION_EVALUATED, GROUP, router::route);
    }

    /** The keys ingest-service issues: reviewers' keys are let into the reviewer API without configuration. */
    @Bean
    EventSubscription<ApiKeyChanged> issuedKeys() {
        return EventSubscription.on(Topics.API_KEYS, GROUP + ".api-keys", IssuedKeys::record);
    }

    /**
     * The queue as operators watch it: open tasks, those past their one-working-day deadline, those claimed.
     * Deadlines are compared with the worker's clock, not the database's, so a replayed clock agrees with the API.
     */
    @Bean
    SnapshotGauges reviewTaskGauges(Jdbi jdbi, Clock clock) {
        return new SnapshotGauges(() -> jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT count(*)                                      AS open,
                               count(*) FILTER (WHERE due_at < :now)         AS overdue,
                               count(*) FILTER (WHERE claimed_by IS NOT NULL) AS claimed
                        FROM review_task WHERE decided_at IS NULL""")
                .bind("now", clock.instant())
                .map((rs, ctx) -> Map.of("open", rs.getLong("open"), "overdue", rs.getLong("overdue"),
                        "claimed", rs.getLong("claimed")))
                .one()), List.of(
                new SnapshotGauges.Reading("review.tasks.open", "open", "Review tasks waiting for a decision", null),
                new SnapshotGauges.Reading("review.tasks.overdue", "overdue", "Open review tasks past their deadline", null),
                new SnapshotGauges.Reading("review.tasks.claimed", "claimed", "Open review tasks a reviewer has claimed", null)));
    }

    @Bean
    WorkingDays workingDays() {
        return WorkingDays.china();
    }
}
