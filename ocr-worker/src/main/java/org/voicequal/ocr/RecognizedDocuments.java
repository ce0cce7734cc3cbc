package org.voicequal.ocr;

import java.util.List;
import java.util.Optional;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.ImageBox;
import org.voicequal.events.ReadAgreement;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;
import org.voicequal.events.SealMark;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.image.Seal;
import org.voicequal.ocr.reading.DocumentResult;
import org.voicequal.ocr.reading.FieldResult;

/**
 * A document's reading as the {@code DocumentsRecognized} event carries it. Everything read from an image
 * (text, values, evidence) is sealed: an ID card's lines are personal data.
 */
final class RecognizedDocuments {

    private RecognizedDocuments() {
    }

    static RecognizedDocument of(DocumentRef ref, DocumentResult result, PersonalDataCipher cipher) {
        RecognizedDocument.Builder document = RecognizedDocument.newBuilder().setType(ref.getType())
                .setSha256(ref.getSha256()).setDurationMillis(result.millis()).setFields(List.of())
                .setSeals(List.of()).setReadScale(result.readScale())
                .setReadQuarterTurns(result.readQuarterTurns());
        if (!result.isReadable()) {
            return document.setOutcome(RecognitionOutcome.FAILED).setFailure(result.unreadable()).build();
        }
        Optional<Box> companyLine = companyNameBox(result);
        return document
                .setOutcome(result.text().isBlank() ? RecognitionOutcome.NOTHING_READ : RecognitionOutcome.READ)
                .setSealedText(cipher.seal(result.text()))
                .setFields(result.fields().stream().map(f -> field(f, cipher)).toList())
                .setColour(result.traits().colour())
                .setSeals(result.traits().seals().stream().map(seal -> seal(seal, companyLine)).toList())
                .build();
    }

    private static RecognizedField field(FieldResult result, PersonalDataCipher cipher) {
        FieldRead read = result.read();
        return RecognizedField.newBuilder()
                .setName(read.name())
                .setSealedValue(read.isRead() ? cipher.seal(read.value()) : null)
                .setConfidence(read.confidence())
                .setAgreement(ReadAgreement.valueOf(result.agreement().name()))
                .setConfirmed(result.confirmed())
                .setEngines(result.engines())
                .setBox(read.box() == null ? null : box(read.box()))
                .setSealedEvidence(read.evidence() == null ? null : cipher.seal(read.evidence()))
                .setSealedOtherValue(result.otherValue() == null ? null : cipher.seal(result.otherValue()))
                .setUnreadReason(read.unreadReason())
                .build();
    }

    /** The line naming the company: at the signature of a letter, the name field of a licence. */
    private static Optional<Box> companyNameBox(DocumentResult result) {
        return result.field(Fields.SIGNATORY_COMPANY).or(() -> result.field(Fields.ENTERPRISE_NAME))
                .map(FieldResult::read).filter(FieldRead::isRead).map(FieldRead::box);
    }

    private static SealMark seal(Seal seal, Optional<Box> companyLine) {
        return new SealMark(box(seal.box()), seal.score(), companyLine.map(seal.box()::intersects).orElse(false));
    }

    private static ImageBox box(Box box) {
        return new ImageBox(box.x(), box.y(), box.width(), box.height());
    }
}
