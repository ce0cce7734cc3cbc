package org.voicequal.ingest.evaluation;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.voicequal.domain.InvalidIdentifierException;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.domain.QualificationId;
import org.voicequal.events.SubmissionEvaluated;
import org.voicequal.ingest.submission.QualificationDao;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.consume.PoisonEventException;
import org.voicequal.pipeline.jdbi.Daos;
import org.voicequal.schemas.Topics;

/**
 * Reads every evaluation validation-worker publishes and keeps the latest one of each qualification, its
 * evidence values sealed as they arrived, for {@code GET /v1/qualifications/{id}/evaluation}.
 */
@Configuration(proxyBeanMethods = false)
public class Evaluations {

    static final String GROUP = "ingest-service.evaluations";

    @Bean
    EventSubscription<SubmissionEvaluated> evaluationSubscription(PersonalDataCipher cipher) {
        return EventSubscription.on(Topics.SUBMISSION_EVALUATED, GROUP, (handle, event) -> record(handle, event, cipher));
    }

    /**
     * Returns whether the evaluation is now the one shown: false for an older (or equally old) evaluation
     * than the one stored. A redelivery of the same event does not reach here (the inbox skips it).
     */
    static boolean record(Handle handle, SubmissionEvaluated event, PersonalDataCipher cipher) {
        UUID id = qualificationId(event);
        if (Daos.attach(handle, QualificationDao.class).find(id).isEmpty()) {
            throw new PoisonEventException("evaluation for a qualification ingest-service does not know");
        }
        List<SealedCheck> checks = event.getChecks().stream().map(SealedCheck::of).toList();
        requireSealed(checks, cipher);
        return Daos.attach(handle, EvaluationDao.class).keepLatest(new EvaluationDao.EvaluationRow(id, event.getEventId(),
                event.getEvaluatedAt(), SealedCheck.toJson(checks))) == 1;
    }

    private static UUID qualificationId(SubmissionEvaluated event) {
        try {
            return QualificationId.parse(event.getQualificationId()).value();
        } catch (InvalidIdentifierException e) {
            throw new PoisonEventException("evaluation whose qualification id is not a UUID", e);
        }
    }

    /**
     * The contract says evidence values are sealed. One that is not, or that this key cannot open, would
     * either put clear personal data at rest here or break the owner's view later: refuse it now, whole.
     */
    private static void requireSealed(List<SealedCheck> checks, PersonalDataCipher cipher) {
        for (SealedCheck check : checks) {
            for (SealedCheck.Evidence evidence : check.evidence()) {
                opens(cipher, evidence.sealedSubmitted(), check.rule(), evidence.field());
                opens(cipher, evidence.sealedRead(), check.rule(), evidence.field());
            }
        }
    }

    private static void opens(PersonalDataCipher cipher, String sealed, String rule, String field) {
        try {
            cipher.open(sealed);
        } catch (IllegalArgumentException e) {
            // the message names where, never the value: it may be personal data in clear
            throw new PoisonEventException("evidence of " + rule + " for " + field + " is not sealed with this key", e);
        }
    }
}
