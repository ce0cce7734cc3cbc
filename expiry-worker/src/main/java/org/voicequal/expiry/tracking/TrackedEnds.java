package org.voicequal.expiry.tracking;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentType;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.Person;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.schemas.Fields;

/**
 * Which documents make a qualification expire, and where their ends are: the business licence's term, the
 * legal representative's ID card (its emblem side) or passport (its data page), the administrator's ID card —
 * the same documents validation-worker's DocumentsValid checks on the day of submission.
 */
final class TrackedEnds {

    /** A validity end: {@code validTo} null with {@code longTerm} when the document reads 長期. */
    record End(DocumentType document, LocalDate validTo, boolean longTerm) {
    }

    /** The field that holds each tracked document's end on the document itself (schemas' Fields). */
    private static final Map<DocumentType, String> END_FIELD = Map.of(
            DocumentType.BUSINESS_LICENCE, Fields.TERM_TO,
            DocumentType.LEGAL_REP_ID_BACK, Fields.VALID_TO,
            DocumentType.LEGAL_REP_ID_FRONT, Fields.EXPIRES_ON,
            DocumentType.ADMIN_ID_BACK, Fields.VALID_TO);

    private TrackedEnds() {
    }

    /** The ends the applicant typed; a document without a typed end is left out. */
    static List<End> typed(SubmissionReceived s) {
        List<End> ends = new ArrayList<>();
        if (s.getEnterprise().getTermEnd() != null) {
            ends.add(new End(DocumentType.BUSINESS_LICENCE, s.getEnterprise().getTermEnd(), false));
        }
        Person legal = s.getLegalRepresentative();
        if (legal.getIdValidTo() != null) {
            DocumentType card = "PASSPORT".equals(legal.getIdType()) ? DocumentType.LEGAL_REP_ID_FRONT
                    : DocumentType.LEGAL_REP_ID_BACK;
            ends.add(new End(card, legal.getIdValidTo(), false));
        }
        if (s.getAdministrator() != null && s.getAdministrator().getIdValidTo() != null) {
            ends.add(new End(DocumentType.ADMIN_ID_BACK, s.getAdministrator().getIdValidTo(), false));
        }
        return ends;
    }

    /**
     * The ends OCR read and confirmed (both engines agree, or one above the benchmarked confidence); an
     * unconfirmed read is never acted on, as for validation's rules. A value that is not a date is skipped.
     */
    static List<End> recognized(DocumentsRecognized r, PersonalDataCipher cipher) {
        List<End> ends = new ArrayList<>();
        for (RecognizedDocument document : r.getDocuments()) {
            String field = END_FIELD.get(document.getType());
            if (field == null) {
                continue;
            }
            for (RecognizedField read : document.getFields()) {
                if (read.getName().equals(field) && read.getConfirmed() && read.getSealedValue() != null) {
                    String value = cipher.open(read.getSealedValue());
                    if (Fields.LONG_TERM.equals(value)) {
                        ends.add(new End(document.getType(), null, true));
                    } else {
                        try {
                            ends.add(new End(document.getType(), LocalDate.parse(value), false));
                        } catch (DateTimeParseException notADate) {
                            // ocr-worker normalises dates to ISO; anything else is not an end to act on
                        }
                    }
                }
            }
        }
        return ends;
    }
}
