package org.voicequal.ingest.submission;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;
import org.voicequal.domain.Masks;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.domain.QualificationId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Builds the masked view of a qualification from ingest-service's own tables. */
@Component
public class QualificationViews {

    private static final TypeReference<List<QualificationView.Reason>> REASONS = new TypeReference<>() {
    };

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    public QualificationViews(Jdbi jdbi, PersonalDataCipher cipher, JsonMapper json) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.json = json;
    }

    public QualificationView masked(QualificationId id) {
        return jdbi.inTransaction(handle -> {
            QualificationDao dao = handle.attach(QualificationDao.class);
            QualificationDao.QualificationRow row = dao.find(id.value())
                    .orElseThrow(() -> new QualificationNotFoundException(id));
            SubmissionForm form = json.readValue(cipher.open(row.sealedApplication()), SubmissionForm.class);
            SubmissionForm.Enterprise e = form.enterprise();
            List<QualificationView.StatusChange> history = dao.history(id.value()).stream()
                    .map(h -> new QualificationView.StatusChange(h.status(), h.occurredAt(), h.source(),
                            json.readValue(h.reasons(), REASONS))).toList();
            return new QualificationView(row.id().toString(), row.accountId(), row.kind(), row.name(), row.status(),
                    true, row.submittedAt(), row.updatedAt(),
                    new QualificationView.Enterprise(e.certificateType(), Masks.enterpriseName(e.name()),
                            Masks.code(e.creditCode()), Masks.code(e.organizationCode()),
                            Masks.enterpriseName(e.enterpriseType()), e.province(), e.city(), e.termStart(), e.termEnd()),
                    person(form.legalRepresentative()), person(form.administrator()),
                    dao.documents(id.value()).stream().map(d -> new QualificationView.Document(d.type(), d.sha256(),
                            d.contentType(), d.sizeBytes())).toList(),
                    current(history), history);
        });
    }

    /**
     * The reasons of the current status: the last entry of the history, since the current status is always
     * the last status event to arrive ({@link QualificationDao#updateStatus}).
     */
    private static List<QualificationView.Reason> current(List<QualificationView.StatusChange> history) {
        return history.isEmpty() ? List.of() : history.get(history.size() - 1).reasons();
    }

    private static QualificationView.Person person(SubmissionForm.Person p) {
        if (p == null) {
            return null;
        }
        return new QualificationView.Person(Masks.name(p.name()), p.idTypeOrDefault(), Masks.idNumber(p.idNumber()),
                p.idValidFrom(), p.idValidTo(), Masks.contact(p.contact()));
    }
}
