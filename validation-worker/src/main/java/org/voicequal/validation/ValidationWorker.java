package org.voicequal.validation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.pipeline.PipelineConfiguration;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Topics;
import org.voicequal.validation.rules.Rulebook;

/**
 * validation-worker: keeps both halves of each case — the submission and what OCR read from it — and once it
 * has both, checks every rule of the seed ({@link Rulebook}) and writes {@code SubmissionEvaluated}, one
 * explained result per rule and field. It decides nothing: routing is review-worker's. It also follows status
 * changes, to know which 400 numbers live qualifications still hold.
 */
@SpringBootApplication
@Import(PipelineConfiguration.class)
public class ValidationWorker {

    static final String GROUP = "validation-worker";
    /** A qualification in one of these no longer holds its 400 numbers. */
    static final Set<QualificationStatus> RELEASES_NUMBERS = EnumSet.of(QualificationStatus.REJECTED,
            QualificationStatus.WITHDRAWN, QualificationStatus.REPLACED);

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ValidationWorker.class).properties("spring.config.name=validation-worker");
    }

    public static void main(String[] args) {
        SpringApplication app = application().build();
        app.run(args);
    }

    @Bean
    EventSubscription<SubmissionReceived> submissionsToValidate(CaseFiles cases, Evaluator evaluator) {
        return EventSubscription.on(Topics.SUBMISSION_RECEIVED, GROUP, (tx, submission) -> {
            cases.putSubmission(tx, submission);
            evaluator.evaluateIfComplete(tx, submission.getQualificationId());
        });
    }

    @Bean
    EventSubscription<DocumentsRecognized> recognitionsToValidate(CaseFiles cases, Evaluator evaluator) {
        return EventSubscription.on(Topics.DOCUMENTS_RECOGNIZED, GROUP, (tx, recognized) -> {
            cases.putRecognition(tx, recognized);
            evaluator.evaluateIfComplete(tx, recognized.getQualificationId());
        });
    }

    @Bean
    EventSubscription<QualificationStatusChanged> numbersReleased(CaseFiles cases) {
        return EventSubscription.on(Topics.STATUS_CHANGED, GROUP + ".status", (tx, change) -> {
            if (RELEASES_NUMBERS.contains(change.getStatus())) {
                cases.releaseNumbers(tx, change.getQualificationId(), change.getOccurredAt());
            }
        });
    }

    @Bean
    CaseFiles caseFiles(Jdbi jdbi) {
        return new CaseFiles(new StoredSchemas(jdbi));
    }

    @Bean
    Evaluator evaluator(CaseFiles cases, Outbox outbox, PersonalDataCipher cipher, Clock clock,
            @Value("${validation.reminder-days:" + Rulebook.REMINDER_DAYS + "}") int reminderDays) {
        return new Evaluator(cases, outbox, cipher, clock, new Rulebook(reminderDays));
    }
}
