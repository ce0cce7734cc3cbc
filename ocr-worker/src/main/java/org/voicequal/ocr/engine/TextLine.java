package org.voicequal.ocr.engine;

import java.util.Arrays;

/**
 * One line of text as an engine read it: what it says, where it lies on the page, and how sure the engine
 * is, as a whole and per character. Per-character confidences let extraction judge exactly the characters of
 * a field (a credit code inside a longer line) rather than the line's average.
 *
 * @param text            the characters read, without leading or trailing spaces
 * @param box             where the line lies, in the page image's pixels
 * @param confidence      0..1, the engine's confidence in the line (mean over its characters)
 * @param charConfidences 0..1 per character of {@code text} (same length), or empty when the engine gives none
 */
public record TextLine(String text, Box box, double confidence, float[] charConfidences) {

    public TextLine {
        if (charConfidences.length != 0 && charConfidences.length != text.length()) {
            throw new IllegalArgumentException("per-character confidences (" + charConfidences.length
                    + ") do not match the text's length (" + text.length() + ")");
        }
    }

    public TextLine(String text, Box box, double confidence) {
        this(text, box, confidence, new float[0]);
    }

    /** The lowest confidence over characters {@code [from, to)} of {@code text}; the line's when none are given. */
    public double confidence(int from, int to) {
        if (charConfidences.length == 0 || from >= to) {
            return confidence;
        }
        double min = 1;
        for (int i = from; i < to; i++) {
            min = Math.min(min, charConfidences[i]);
        }
        return min;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextLine other && text.equals(other.text) && box.equals(other.box)
                && confidence == other.confidence && Arrays.equals(charConfidences, other.charConfidences);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + box.hashCode();
    }

    @Override
    public String toString() {
        // the text of an ID card line is personal data: never in a log line by accident
        return "TextLine[" + text.length() + " chars at " + box + ", confidence " + confidence + "]";
    }
}
