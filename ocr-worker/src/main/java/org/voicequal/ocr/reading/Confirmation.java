package org.voicequal.ocr.reading;

import java.util.Map;

/**
 * When a read is safe to act on. Both engines reading the same value is confirmation. One engine alone
 * confirms only a value whose own structure vouches for it — a code with check digits — and only above a
 * confidence at which the accuracy benchmark ({@code docs/ocr-accuracy.md}) saw no wrong read; names, dates
 * and free text read by one engine stay unconfirmed, because a confident wrong name is exactly the error
 * that would let a wrong value "agree". Engines that disagree never confirm.
 *
 * @param singleEngineMinimum per field kind, the confidence at which one engine's read is confirmed; a kind
 *                            that is absent is never confirmed by one engine
 */
public record Confirmation(Map<FieldKind, Double> singleEngineMinimum) {

    /** The thresholds the accuracy benchmark supports (see docs/ocr-accuracy.md). */
    public static Confirmation measured() {
        return new Confirmation(Map.of(FieldKind.CODE, 0.95));
    }

    public Confirmation {
        singleEngineMinimum = Map.copyOf(singleEngineMinimum);
    }

    public boolean confirms(String field, Agreement agreement, double confidence) {
        return switch (agreement) {
            case BOTH_AGREE -> true;
            case ONE_ENGINE -> {
                Double minimum = singleEngineMinimum.get(FieldKind.of(field));
                yield minimum != null && confidence >= minimum;
            }
            case DISAGREE, UNREAD -> false;
        };
    }
}
