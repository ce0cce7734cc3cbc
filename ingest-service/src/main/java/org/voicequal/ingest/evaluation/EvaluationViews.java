package org.voicequal.ingest.evaluation;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.domain.QualificationId;
import org.voicequal.ingest.submission.QualificationAccess;

/** Builds the masked view of a qualification's evaluation from ingest-service's own tables. */
@Component
public class EvaluationViews {

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;

    public EvaluationViews(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    /**
     * The evaluation of a qualification the caller may see ({@link QualificationAccess} decided), every
     * evidence value opened only to be masked by its field ({@link EvidenceMask}).
     */
    public EvaluationView masked(QualificationId id) {
        return jdbi.withExtension(EvaluationDao.class, dao -> dao.find(id.value()))
                .map(row -> {
                    List<EvaluationView.Check> checks = SealedCheck.fromJson(row.checks()).stream()
                            .map(check -> masked(check, cipher)).toList();
                    return new EvaluationView(id.toString(), EvaluationView.EVALUATED, true, row.evaluatedAt(),
                            EvaluationView.Summary.of(checks), checks);
                })
                .orElseGet(() -> EvaluationView.pending(id.toString()));
    }

    static EvaluationView.Check masked(SealedCheck check, PersonalDataCipher cipher) {
        return new EvaluationView.Check(check.rule(), check.outcome(), check.fields(), check.messageZh(),
                check.messageEn(), check.warning(), check.evidence().stream().map(e -> masked(e, cipher)).toList());
    }

    /** Opens the sealed values only to mask them, by the field the evidence is about. */
    static EvaluationView.Evidence masked(SealedCheck.Evidence e, PersonalDataCipher cipher) {
        EvidenceMask mask = EvidenceMask.forField(e.field());
        return new EvaluationView.Evidence(e.field(), e.document(), e.readField(),
                mask.apply(cipher.open(e.sealedSubmitted())), mask.apply(cipher.open(e.sealedRead())), e.engines(),
                e.confidence(), e.agreement(), e.confirmed(), e.note());
    }
}
