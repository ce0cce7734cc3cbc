package org.voicequal.review;

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

    @Bean
    WorkingDays workingDays() {
        return WorkingDays.china();
    }
}
