package org.voicequal.ocr.engine.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CtcDecoderTest {

    /** Classes: 0 blank, 1 "A", 2 "B", 3 "7", 4 space. */
    private final CtcDecoder decoder = new CtcDecoder(List.of("A", "B", "7"));

    @Test
    void collapsesRepeatsDropsBlanksAndKeepsTheBestStepPerCharacter() {
        float[] probabilities = steps(
                step(1, 0.6f),   // A
                step(1, 0.9f),   // A again: same character, its best step counts
                step(0, 0.8f),   // blank
                step(1, 0.7f),   // A after a blank: a second A
                step(2, 0.55f),  // B
                step(0, 0.99f));
        CtcDecoder.Decoded decoded = decoder.decode(probabilities, 0, 6);
        assertThat(decoded.text()).isEqualTo("AAB");
        assertThat(decoded.confidences()).containsExactly(0.9f, 0.7f, 0.55f);
        assertThat(decoded.confidence()).isCloseTo((0.9 + 0.7 + 0.55) / 3, within(1e-6));
    }

    @Test
    void theLastClassIsASpaceAndOuterSpacesAreDroppedWithTheirConfidences() {
        float[] probabilities = steps(step(4, 0.5f), step(3, 0.8f), step(4, 0.6f), step(2, 0.95f), step(4, 0.7f));
        CtcDecoder.Decoded decoded = decoder.decode(probabilities, 0, 5);
        assertThat(decoded.text()).isEqualTo("7 B");
        assertThat(decoded.confidences()).containsExactly(0.8f, 0.6f, 0.95f);
    }

    @Test
    void onlyBlanksDecodeToNothing() {
        CtcDecoder.Decoded decoded = decoder.decode(steps(step(0, 0.9f), step(0, 0.9f)), 0, 2);
        assertThat(decoded.text()).isEmpty();
        assertThat(decoded.confidences()).isEmpty();
        assertThat(decoded.confidence()).isZero();
    }

    @Test
    void decodesOneLineOfABatchAtItsOffset() {
        float[] batch = steps(step(1, 0.9f), step(2, 0.9f), step(3, 0.75f), step(0, 0.9f));
        assertThat(decoder.decode(batch, 2 * decoder.classes(), 2).text()).isEqualTo("7");
        assertThat(decoder.classes()).isEqualTo(5);
    }

    /** One step: {@code probability} on {@code winner}, the rest shared evenly by the other classes. */
    private float[] step(int winner, float probability) {
        float[] step = new float[decoder.classes()];
        for (int c = 0; c < step.length; c++) {
            step[c] = c == winner ? probability : (1 - probability) / (step.length - 1);
        }
        return step;
    }

    private static float[] steps(float[]... steps) {
        float[] all = new float[steps.length * steps[0].length];
        for (int t = 0; t < steps.length; t++) {
            System.arraycopy(steps[t], 0, all, t * steps[t].length, steps[t].length);
        }
        return all;
    }
}
