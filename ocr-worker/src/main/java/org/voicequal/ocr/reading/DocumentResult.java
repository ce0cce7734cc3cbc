package org.voicequal.ocr.reading;

import java.util.List;
import java.util.Optional;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.image.ImageTraits;

/**
 * Everything read from one document image.
 *
 * @param type       the document type the image was submitted as
 * @param unreadable why the image could not be read at all (corrupt, too large...); null when it was read
 * @param traits     colour and seals; null when unreadable
 * @param fields     every field of the document's kind, read or unread
 * @param text       the leading engine's page text, line by line in reading order (evidence; sealed when stored)
 * @param readScale  the factor the image was scaled by before reading: boxes are in the scaled pixels
 * @param readQuarterTurns quarter turns clockwise (0 to 3) the scaled image was turned by before reading, having
 *                   been found sideways or upside down: boxes are in the turned pixels
 * @param millis     wall-clock time for the whole document, both engines included
 */
public record DocumentResult(DocumentType type, String unreadable, ImageTraits traits, List<FieldResult> fields,
                             String text, double readScale, int readQuarterTurns, long millis) {

    public DocumentResult {
        fields = List.copyOf(fields);
    }

    static DocumentResult unreadable(DocumentType type, String reason, long millis) {
        return new DocumentResult(type, reason, null, List.of(), null, 1, 0, millis);
    }

    public boolean isReadable() {
        return unreadable == null;
    }

    public Optional<FieldResult> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
