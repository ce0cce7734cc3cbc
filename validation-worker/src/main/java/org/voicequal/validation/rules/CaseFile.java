package org.voicequal.validation.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentType;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.QualificationKind;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;
import org.voicequal.events.SubmissionReceived;

/**
 * What the rules look at: the submission as sent, what OCR read from its documents, today's date in China,
 * and what the worker knows beyond this submission: the qualification a renewal replaces, and which of the
 * submitted 400 numbers other live qualifications already hold. Sealed values are opened only here, on
 * demand, and never leave the worker in clear text.
 *
 * @param replaced             the submission of the qualification this one renews, if it is a renewal the
 *                             worker has seen
 * @param numbersHeldElsewhere 400 numbers of this submission held by another live qualification → its id
 */
public record CaseFile(SubmissionReceived submission, DocumentsRecognized recognition, LocalDate today,
                       PersonalDataCipher cipher, Optional<SubmissionReceived> replaced,
                       Map<String, String> numbersHeldElsewhere) {

    public CaseFile {
        numbersHeldElsewhere = Map.copyOf(numbersHeldElsewhere);
    }

    /** A first submission with no 400 numbers held elsewhere. */
    public CaseFile(SubmissionReceived submission, DocumentsRecognized recognition, LocalDate today,
            PersonalDataCipher cipher) {
        this(submission, recognition, today, cipher, Optional.empty(), Map.of());
    }

    public String open(String sealed) {
        return sealed == null ? null : cipher.open(sealed);
    }

    public boolean ordinary() {
        return submission.getKind() != QualificationKind.NUMBER_400;
    }

    /** Whether the applicant uploaded an image of this type. */
    public boolean submitted(DocumentType type) {
        return submission.getDocuments().stream().anyMatch(d -> d.getType() == type)
                || document(type).isPresent();
    }

    public Optional<RecognizedDocument> document(DocumentType type) {
        return recognition.getDocuments().stream().filter(d -> d.getType() == type).findFirst();
    }

    /** What OCR recorded for {@code field} on {@code type} (read or unread), if the document was read at all. */
    public Optional<RecognizedField> reading(DocumentType type, String field) {
        return document(type).filter(d -> d.getOutcome() == RecognitionOutcome.READ)
                .flatMap(d -> d.getFields().stream().filter(f -> f.getName().equals(field)).findFirst());
    }

    /** The value OCR read for {@code field} on {@code type}, if the document was read and the field found. */
    public Optional<String> read(DocumentType type, String field) {
        return reading(type, field).map(RecognizedField::getSealedValue).map(cipher::open);
    }

    /** The value OCR read and confirmed, the only kind a rule may FAIL on. */
    public Optional<String> confirmed(DocumentType type, String field) {
        return reading(type, field).filter(RecognizedField::getConfirmed).map(RecognizedField::getSealedValue)
                .map(cipher::open);
    }
}
