package org.voicequal.expiry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.voicequal.schemas.StatusChanges;
import org.voicequal.events.DocumentType;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.Reason;

/**
 * Finds the approved qualifications that are expiring soon (a document ends within {@code warnDays}) or
 * expired (a document's validity end lies before today), marks each change as published, and returns the
 * status changes to publish in the same transaction: each is published exactly once.
 */
public class ExpiryScanner {

    static final String SOURCE = "expiry-worker";

    private final Clock clock;
    private final int warnDays;

    public ExpiryScanner(Clock clock, int warnDays) {
        this.clock = clock;
        this.warnDays = warnDays;
    }

    public List<QualificationStatusChanged> scan(Handle tx, int limit) {
        LocalDate today = LocalDate.now(clock);
        ExpiryDao dao = tx.attach(ExpiryDao.class);
        List<QualificationStatusChanged> changes = new ArrayList<>();
        for (ExpiryDao.Tracked q : dao.due(today.plusDays(warnDays), limit)) {
            List<ExpiryDao.DocumentEnd> documents = dao.documents(q.qualificationId());
            List<ExpiryDao.DocumentEnd> expired = documents.stream().filter(d -> d.validTo().isBefore(today)).toList();
            if (!expired.isEmpty()) {
                dao.markExpired(q.qualificationId());
                changes.add(change(q, QualificationStatus.EXPIRED, expired, "DOCUMENT_EXPIRED", "證件已過期",
                        "a document has expired"));
            } else if (q.expiringNotifiedAt() == null) {
                List<ExpiryDao.DocumentEnd> soon = documents.stream()
                        .filter(d -> !d.validTo().isAfter(today.plusDays(warnDays))).toList();
                dao.markExpiringNotified(q.qualificationId());
                changes.add(change(q, QualificationStatus.EXPIRING_SOON, soon, "DOCUMENT_EXPIRING",
                        "證件將在" + warnDays + "天內過期", "a document expires within " + warnDays + " days"));
            }
        }
        return changes;
    }

    private QualificationStatusChanged change(ExpiryDao.Tracked q, QualificationStatus status,
            List<ExpiryDao.DocumentEnd> documents, String code, String zh, String en) {
        List<Reason> reasons = documents.stream().map(d -> new Reason(code + ":" + d.document(),
                zh + "(" + d.document() + " " + d.validTo() + ")", en + " (" + d.document() + ", " + d.validTo() + ")")).toList();
        QualificationStatus previous = status == QualificationStatus.EXPIRED && q.expiringNotifiedAt() != null
                ? QualificationStatus.EXPIRING_SOON : QualificationStatus.APPROVED;
        return StatusChanges.of(SOURCE, q.qualificationId(), q.accountId(), previous, status).because(reasons)
                .about(documents.stream().map(d -> DocumentType.valueOf(d.document())).toList())
                .at(clock.instant());
    }
}
