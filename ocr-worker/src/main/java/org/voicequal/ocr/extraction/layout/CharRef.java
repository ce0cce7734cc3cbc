package org.voicequal.ocr.extraction.layout;

import org.voicequal.ocr.engine.TextLine;

/**
 * One character of one OCR line, so that a value assembled from several lines still knows its evidence.
 *
 * @param cap the most its confidence can be: below 1 when the character was found by a guess (the value of a
 *            label the engine read only in part), whatever the engine's own confidence
 */
public record CharRef(TextLine line, int index, double cap) {

    public CharRef(TextLine line, int index) {
        this(line, index, 1);
    }

    public char character() {
        return line.text().charAt(index);
    }

    public double confidence() {
        return Math.min(cap, line.confidence(index, index + 1));
    }

    /** This character with its confidence capped at {@code most}. */
    public CharRef capped(double most) {
        return new CharRef(line, index, Math.min(cap, most));
    }

    @Override
    public String toString() {
        return "CharRef[" + index + "]";
    }
}
