package org.voicequal.validation.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentType;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;
import org.voicequal.events.SubmissionReceived;

/**
 * What the rules look at: the submission as sent, what OCR read from its documents, and today's date.
 * Sealed values are opened only here, on demand, and never leave the worker in clear text.
 */
public record CaseFile(SubmissionReceived submission, DocumentsRecognized recognition, LocalDate today,
                       PersonalDataCipher cipher) {

    public String open(String sealed) {
        return sealed == null ? null : cipher.open(sealed);
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
}
