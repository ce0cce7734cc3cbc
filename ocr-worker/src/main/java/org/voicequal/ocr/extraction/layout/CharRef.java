package org.voicequal.ocr.extraction.layout;

import org.voicequal.ocr.engine.TextLine;

/** One character of one OCR line, so that a value assembled from several lines still knows its evidence. */
public record CharRef(TextLine line, int index) {

    public char character() {
        return line.text().charAt(index);
    }

    public double confidence() {
        return line.confidence(index, index + 1);
    }

    @Override
    public String toString() {
        return "CharRef[" + index + "]";
    }
}
