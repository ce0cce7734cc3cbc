package org.voicequal.ocr.extraction.layout;

import org.voicequal.ocr.engine.Box;

/**
 * Where a label (標籤, e.g. 名稱) was found: the label as asked for (Simplified), its row, its characters'
 * positions in the row's compact character stream, whether it stands where a label stands (line start,
 * after a space or a separator) rather than inside other text, and whether the engine read it only in part
 * (機構名 for 機構名稱: one character lost).
 */
public record LabelHit(String label, int row, int start, int end, Span span, boolean standalone, boolean partial) {

    public Box box() {
        return span.box();
    }
}
