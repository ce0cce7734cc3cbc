package org.voicequal.ocr.reading;

import java.util.List;
import org.voicequal.ocr.extraction.FieldRead;

/**
 * One field of one document after both engines: the leading engine's read, what the other engine read
 * there, and whether the read is confirmed — safe for validation to act on (reject on a mismatch), which
 * holds when both engines agree, or when one engine alone read it above the confidence the accuracy
 * benchmark shows to be safe for that field.
 *
 * @param read       the leading engine's read (or unread with the reason); for a name the lead read only in part,
 *                   lacking characters its model cannot write, the second engine's whole name, as a guess
 * @param engines    the engines whose reads support the value (the second alone for a name it filled in)
 * @param otherValue the other engine's value where it differs; null otherwise
 */
public record FieldResult(FieldRead read, Agreement agreement, List<String> engines, String otherValue,
                          boolean confirmed) {

    public FieldResult {
        engines = List.copyOf(engines);
    }

    public String name() {
        return read.name();
    }
}
