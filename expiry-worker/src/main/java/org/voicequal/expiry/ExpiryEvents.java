package org.voicequal.expiry;

import java.time.Instant;
import java.util.List;
import org.voicequal.events.DocumentEnd;
import org.voicequal.events.DocumentType;
import org.voicequal.events.EndOrigin;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.Reason;
import org.voicequal.schemas.StatusChanges;

/**
 * The status changes expiry-worker publishes, through {@link StatusChanges}: reasons name each document and
 * its end date in words an owner reads (ingest passes them on to the email), and {@code documentEnds} says
 * which date counted and whether OCR read it or the applicant typed it.
 */
public final class ExpiryEvents {

    public static final String SOURCE = "expiry-worker";

    private ExpiryEvents() {
    }

    public static QualificationStatusChanged expiry(ExpiryDao.Tracked q, ExpiryRule.Transition transition,
            List<ValidityEnd> allEnds, Instant at) {
        boolean expired = transition.to() == Stage.EXPIRED;
        List<Reason> reasons = transition.because().stream().map(e -> expired
                ? new Reason("DOCUMENT_EXPIRED:" + e.document(), zh(e.document()) + "已於" + e.validTo() + "到期" + origin(e, true),
                        english(e.document()) + " expired after " + e.validTo() + origin(e, false))
                : new Reason("DOCUMENT_EXPIRING:" + e.document(), zh(e.document()) + "有效期至" + e.validTo() + origin(e, true),
                        english(e.document()) + " is valid until " + e.validTo() + origin(e, false))).toList();
        QualificationStatusChanged change = StatusChanges.of(SOURCE, q.qualificationId(), q.accountId(),
                        q.stage().status(), transition.to().status())
                .because(reasons)
                .about(transition.because().stream().map(ValidityEnd::document).toList())
                .at(at);
        // an optional field of the public contract that StatusChanges does not build (yet): set it here, once
        change.setDocumentEnds(allEnds.stream().sorted(ValidityEnd.EARLIEST_FIRST)
                .map(e -> new DocumentEnd(e.document(), e.validTo(), e.origin())).toList());
        return change;
    }

    public static QualificationStatusChanged replaced(String qualificationId, String accountId, Stage from,
            String renewal, Instant at) {
        return StatusChanges.of(SOURCE, qualificationId, accountId, from == null ? null : from.status(),
                        QualificationStatus.REPLACED)
                .because(List.of(new Reason("REPLACED_BY:" + renewal, "已由續期資質" + renewal + "取代",
                        "replaced by the renewal " + renewal)))
                .at(at);
    }

    private static String origin(ValidityEnd e, boolean zh) {
        if (e.origin() == EndOrigin.RECOGNIZED) {
            return zh ? "(依證件識別)" : " (as read from the document)";
        }
        return zh ? "(依申請填寫)" : " (as entered in the application)";
    }

    static String zh(DocumentType document) {
        return switch (document) {
            case BUSINESS_LICENCE -> "營業執照";
            case LEGAL_REP_ID_BACK -> "法人身份證";
            case LEGAL_REP_ID_FRONT -> "法人護照";
            case ADMIN_ID_BACK -> "管理員身份證";
            default -> document.name();
        };
    }

    static String english(DocumentType document) {
        return switch (document) {
            case BUSINESS_LICENCE -> "the business licence";
            case LEGAL_REP_ID_BACK -> "the legal representative's ID card";
            case LEGAL_REP_ID_FRONT -> "the legal representative's passport";
            case ADMIN_ID_BACK -> "the administrator's ID card";
            default -> document.name();
        };
    }
}
