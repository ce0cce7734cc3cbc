package org.voicequal.ocr.reading;

import java.util.Map;
import org.voicequal.ocr.extraction.common.Confusables;

/**
 * When a read is safe to act on. Both engines reading the same value is confirmation. One engine alone
 * confirms only a value whose own structure vouches for it — a code with check digits — and only above a
 * confidence at which the accuracy benchmark ({@code docs/ocr-accuracy.md}) saw no wrong read; names, dates
 * and free text read by one engine stay unconfirmed, because a confident wrong name is exactly the error
 * that would let a wrong value "agree". Engines that disagree never confirm. Nor does agreement confirm a
 * value extraction itself marked as a guess (confidence at most {@link #GUESS}: a repaired code, a label read
 * only in part, a name cut short under a seal): the second engine reads the crop that same guess chose, so it
 * can only agree with the guess, not vouch for it.
 *
 * @param singleEngineMinimum per field kind, the confidence at which one engine's read is confirmed; a kind
 *                            that is absent is never confirmed by one engine
 */
public record Confirmation(Map<FieldKind, Double> singleEngineMinimum) {

    /** The confidence extraction caps a guessed value at. */
    public static final double GUESS = Confusables.CORRECTED_CONFIDENCE;

    /**
     * 0.95 for codes: on the benchmark (docs/ocr-accuracy.md) no code read was wrong above it, on a sample
     * still too small (some 130 code reads) to tune it finer; names and dates are never confirmed by one engine.
     */
    public static Confirmation measured() {
        return new Confirmation(Map.of(FieldKind.CODE, 0.95));
    }

    public Confirmation {
        singleEngineMinimum = Map.copyOf(singleEngineMinimum);
    }

    public boolean confirms(String field, Agreement agreement, double confidence) {
        return switch (agreement) {
            case BOTH_AGREE -> confidence > GUESS;
            case ONE_ENGINE -> {
                Double minimum = singleEngineMinimum.get(FieldKind.of(field));
                yield minimum != null && confidence >= minimum;
            }
            case DISAGREE, UNREAD -> false;
        };
    }
}
