package org.voicequal.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.SubmissionEvaluated;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.pipeline.PipelineConfiguration;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.domain.time.ChinaTime;
import org.voicequal.schemas.Topics;
import org.voicequal.validation.rules.CaseFile;
import org.voicequal.validation.rules.Rulebook;

/**
 * validation-worker: reads {@code SubmissionReceived} and {@code DocumentsRecognized}, keeps both halves of
 * each case, and once it has both, checks every rule and writes {@code SubmissionEvaluated} with one
 * explained result per rule and field. It decides nothing: routing is review-worker's.
 */
@SpringBootApplication
@Import(PipelineConfiguration.class)
public class ValidationWorker {

    static final String GROUP = "validation-worker";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ValidationWorker.class).properties("spring.config.name=validation-worker");
    }

    public static void main(String[] args) {
        SpringApplication app = application().build();
        app.run(args);
    }

    @Bean
    Clock clock() {
        return ChinaTime.clock();
    }

    @Bean
    EventSubscription<SubmissionReceived> submissionsToValidate(Evaluator evaluator) {
        return EventSubscription.on(Topics.SUBMISSION_RECEIVED, GROUP, (tx, submission) -> {
            tx.attach(CaseFileDao.class).putSubmission(submission.getQualificationId(), encode(submission::toByteBuffer));
            evaluator.evaluateIfComplete(tx, submission.getQualificationId());
        });
    }

    @Bean
    EventSubscription<DocumentsRecognized> recognitionsToValidate(Evaluator evaluator) {
        return EventSubscription.on(Topics.DOCUMENTS_RECOGNIZED, GROUP, (tx, recognized) -> {
            tx.attach(CaseFileDao.class).putRecognition(recognized.getQualificationId(), encode(recognized::toByteBuffer));
            evaluator.evaluateIfComplete(tx, recognized.getQualificationId());
        });
    }

    @Bean
    Evaluator evaluator(Outbox outbox, PersonalDataCipher cipher, Clock clock) {
        return new Evaluator(outbox, cipher, clock, new Rulebook());
    }

    /** Evaluates a case once both halves are in, exactly once. */
    record Evaluator(Outbox outbox, PersonalDataCipher cipher, Clock clock, Rulebook rulebook) {

        void evaluateIfComplete(Handle tx, String qualificationId) {
            CaseFileDao dao = tx.attach(CaseFileDao.class);
            CaseFileDao.Row row = dao.lock(qualificationId).orElseThrow();
            if (row.submission() == null || row.recognition() == null || row.evaluatedAt() != null) {
                return;
            }
            try {
                SubmissionReceived submission = SubmissionReceived.fromByteBuffer(ByteBuffer.wrap(row.submission()));
                CaseFile file = new CaseFile(submission,
                        DocumentsRecognized.fromByteBuffer(ByteBuffer.wrap(row.recognition())), LocalDate.now(clock), cipher);
                SubmissionEvaluated evaluated = SubmissionEvaluated.newBuilder()
                        .setEventId(UUID.randomUUID().toString())
                        .setQualificationId(qualificationId)
                        .setAccountId(submission.getAccountId())
                        .setEvaluatedAt(clock.instant())
                        .setChecks(rulebook.evaluate(file))
                        .setKind(submission.getKind())
                        .setQualificationName(submission.getQualificationName())
                        .setDocuments(submission.getDocuments())
                        .setReplacesQualificationId(submission.getReplacesQualificationId())
                        .build();
                outbox.append(tx, Topics.SUBMISSION_EVALUATED, qualificationId, evaluated);
                dao.markEvaluated(qualificationId, evaluated.getChecks().stream()
                        .map(c -> c.getOutcome().name()).distinct().sorted().toList().toString());
            } catch (IOException e) {
                throw new UncheckedIOException("stored case file of " + qualificationId + " is unreadable", e);
            }
        }
    }

    interface Encoding {
        ByteBuffer encode() throws IOException;
    }

    private static byte[] encode(Encoding encoding) {
        ByteBuffer buffer;
        try {
            buffer = encoding.encode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }
}
