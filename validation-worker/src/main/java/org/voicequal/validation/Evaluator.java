package org.voicequal.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.domain.time.ChinaTime;
import org.voicequal.events.CheckResult;
import org.voicequal.events.SubmissionEvaluated;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Topics;
import org.voicequal.validation.rules.CaseFile;
import org.voicequal.validation.rules.Rulebook;

/**
 * Evaluates a case once both halves are in, exactly once (the case row is locked and marked in the same
 * transaction as the outbox row). Dates are judged as of the day of submission in China, so that an
 * evaluation delayed past midnight (OCR busy, a worker down) reaches the verdict it would have reached on time.
 */
final class Evaluator {

    private final CaseFiles cases;
    private final Outbox outbox;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final Rulebook rulebook;

    Evaluator(CaseFiles cases, Outbox outbox, PersonalDataCipher cipher, Clock clock, Rulebook rulebook) {
        this.cases = cases;
        this.outbox = outbox;
        this.cipher = cipher;
        this.clock = clock;
        this.rulebook = rulebook;
    }

    void evaluateIfComplete(Handle tx, String qualificationId) {
        Optional<CaseFiles.Complete> complete = cases.lockIfComplete(tx, qualificationId);
        if (complete.isEmpty()) {
            return;
        }
        SubmissionReceived submission = complete.get().submission();
        Optional<SubmissionReceived> replaced = Optional.ofNullable(submission.getReplacesQualificationId())
                .flatMap(id -> cases.submission(tx, id));
        Map<String, String> heldElsewhere = cases.numbersHeldElsewhere(tx, submission);
        cases.hold(tx, submission, heldElsewhere);
        CaseFile file = new CaseFile(submission, complete.get().recognition(),
                LocalDate.ofInstant(submission.getSubmittedAt(), ChinaTime.ZONE), cipher, replaced, heldElsewhere);
        List<CheckResult> checks = rulebook.evaluate(file);
        outbox.append(tx, Topics.SUBMISSION_EVALUATED, qualificationId, SubmissionEvaluated.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setQualificationId(qualificationId)
                .setAccountId(submission.getAccountId())
                .setEvaluatedAt(clock.instant())
                .setChecks(checks)
                .setKind(submission.getKind())
                .setQualificationName(submission.getQualificationName())
                .setDocuments(submission.getDocuments())
                .setReplacesQualificationId(submission.getReplacesQualificationId())
                .build());
        cases.markEvaluated(tx, qualificationId,
                checks.stream().map(c -> c.getOutcome().name()).distinct().sorted().toList().toString());
    }
}
