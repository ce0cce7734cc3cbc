package org.voicequal.ocr.engine.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicequal.ocr.engine.ppocr.Orientation.Vote;

class OrientationTest {

    private static Vote wide(double length) {
        return new Vote(length, false, false);
    }

    private static Vote wideUpsideDown(double length) {
        return new Vote(length, false, true);
    }

    private static Vote tall(double length, boolean upsideDown) {
        return new Vote(length, true, upsideDown);
    }

    @Test
    void anUprightPageStaysAsItLies() {
        assertThat(Orientation.quarterTurnsToUpright(List.of(wide(400), wide(300), wide(120), tall(40, false))))
                .isZero();
    }

    @Test
    void aPageWhoseLinesAreMostlyUpsideDownIsTurnedHalfway() {
        assertThat(Orientation.quarterTurnsToUpright(List.of(wideUpsideDown(400), wideUpsideDown(300), wide(120))))
                .isEqualTo(2);
    }

    @Test
    void aFewShortLinesTheClassifierTurnsDoNotTurnThePage() {
        // digits and symmetric characters are sometimes judged upside down on an upright page
        assertThat(Orientation.quarterTurnsToUpright(List.of(wide(400), wide(300), wideUpsideDown(80),
                wideUpsideDown(60)))).isZero();
    }

    @Test
    void aPageTurnedClockwiseIsTurnedBackCounterClockwise() {
        // its tall crops, turned a quarter counter-clockwise for reading, come out upright
        assertThat(Orientation.quarterTurnsToUpright(List.of(tall(400, false), tall(300, false), tall(200, true))))
                .isEqualTo(3);
    }

    @Test
    void aPageTurnedCounterClockwiseIsTurnedBackClockwise() {
        assertThat(Orientation.quarterTurnsToUpright(List.of(tall(400, true), tall(300, true), wide(50))))
                .isEqualTo(1);
    }

    @Test
    void linesAreWeighedByTheirLength() {
        // three short tall boxes (a seal's vertical text, table rules) against one long line of print
        assertThat(Orientation.quarterTurnsToUpright(List.of(tall(60, false), tall(60, false), tall(60, false),
                wide(900)))).isZero();
    }

    @Test
    void tooFewLinesSayNothing() {
        assertThat(Orientation.quarterTurnsToUpright(List.of(wideUpsideDown(400), wideUpsideDown(300)))).isZero();
        assertThat(Orientation.quarterTurnsToUpright(List.of())).isZero();
    }
}
