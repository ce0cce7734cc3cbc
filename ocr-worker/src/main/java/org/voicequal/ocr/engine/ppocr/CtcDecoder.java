package org.voicequal.ocr.engine.ppocr;

import java.util.List;

/**
 * Greedy CTC decoding of the recognizer's per-step class probabilities: the most likely class per step,
 * repeats collapsed, blanks dropped. Class 0 is the blank, classes 1..n the characters of the key list, and
 * the last class a space (PaddleOCR's {@code use_space_char}).
 */
final class CtcDecoder {

    /** What one line decodes to; {@code confidences} has one entry per character of {@code text}. */
    record Decoded(String text, float[] confidences) {

        double confidence() {
            if (confidences.length == 0) {
                return 0;
            }
            double sum = 0;
            for (float c : confidences) {
                sum += c;
            }
            return sum / confidences.length;
        }
    }

    private final String[] characters;

    /** @param keys the recognizer's characters in class order (class 0, the blank, is not among them) */
    CtcDecoder(List<String> keys) {
        characters = new String[keys.size() + 2];
        characters[0] = "";
        for (int i = 0; i < keys.size(); i++) {
            characters[i + 1] = keys.get(i);
        }
        characters[keys.size() + 1] = " ";
    }

    int classes() {
        return characters.length;
    }

    /**
     * Decodes steps {@code [0, steps)} of one line's output, starting at {@code offset} in {@code probabilities}
     * (row-major, {@link #classes()} per step). A character's confidence is the highest probability over the
     * run of steps that produced it: a character spread over several steps is as sure as its clearest step.
     * Leading and trailing spaces are dropped with their confidences.
     */
    Decoded decode(float[] probabilities, int offset, int steps) {
        int classes = characters.length;
        StringBuilder text = new StringBuilder();
        float[] confidences = new float[steps];
        int count = 0;
        int previous = -1;
        for (int t = 0; t < steps; t++) {
            int base = offset + t * classes;
            int best = 0;
            float bestProbability = probabilities[base];
            for (int c = 1; c < classes; c++) {
                if (probabilities[base + c] > bestProbability) {
                    best = c;
                    bestProbability = probabilities[base + c];
                }
            }
            if (best == previous) {
                if (best != 0) {
                    confidences[count - 1] = Math.max(confidences[count - 1], bestProbability);
                }
            } else if (best != 0) {
                text.append(characters[best]);
                confidences[count++] = bestProbability;
            }
            previous = best;
        }
        return strip(text.toString(), confidences, count);
    }

    /** Keys are single UTF-16 units here, but a supplementary character would take two: one confidence each. */
    private static Decoded strip(String text, float[] perKey, int keys) {
        float[] perChar = new float[text.length()];
        for (int i = 0, k = 0; i < text.length() && k < keys; k++) {
            int length = Character.charCount(text.codePointAt(i));
            for (int j = 0; j < length; j++) {
                perChar[i + j] = perKey[k];
            }
            i += length;
        }
        int from = 0, to = text.length();
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        float[] kept = new float[to - from];
        System.arraycopy(perChar, from, kept, 0, kept.length);
        return new Decoded(text.substring(from, to), kept);
    }
}
