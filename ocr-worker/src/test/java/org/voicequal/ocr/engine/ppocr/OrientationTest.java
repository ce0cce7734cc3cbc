package org.voicequal.ocr.engine.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicequal.ocr.engine.ppocr.Orientation.Vote;

class OrientationTest {

    /** A line of {@code length} pixels whose text reads at {@code degrees} (0: left to right, 90: down the page). */
    private static Vote line(double length, double degrees) {
        double radians = Math.toRadians(degrees);
        return new Vote(length, Math.cos(radians), Math.sin(radians));
    }

    @Test
    void anUprightPageStaysAsItLies() {
        assertThat(Orientation.quarterTurnsToUpright(List.of(line(400, 0), line(300, 2), line(120, -3),
                line(40, 90)))).isZero();
    }

    @Test
    void linesReadingDownThePageSayItWasTurnedClockwise() {
        assertThat(Orientation.quarterTurnsToUpright(List.of(line(400, 90), line(300, 88), line(200, 91))))
                .isEqualTo(3);
    }

    @Test
    void linesReadingUpThePageSayItWasTurnedCounterClockwise() {
        assertThat(Orientation.quarterTurnsToUpright(List.of(line(400, -90), line(300, -92), line(50, 0))))
                .isEqualTo(1);
    }

    @Test
    void linesReadingRightToLeftSayThePageIsUpsideDown() {
        assertThat(Orientation.quarterTurnsToUpright(List.of(line(400, 180), line(300, -178), line(120, 0))))
                .isEqualTo(2);
    }

    @Test
    void aCardHeldTiltedInAPhotoVotesAsItsLinesRead() {
        // a card turned a quarter counter-clockwise and tilted 25° more: its lines read up and to the left
        assertThat(Orientation.quarterTurnsToUpright(List.of(line(280, -115), line(250, -116), line(200, -114),
                line(70, 30)))).isEqualTo(1);
        // and a card merely tilted 30° on a desk stays as it lies
        assertThat(Orientation.quarterTurnsToUpright(List.of(line(280, 30), line(250, 31), line(200, 29))))
                .isZero();
    }

    @Test
    void aFewShortLinesTheClassifierTurnsDoNotTurnThePage() {
        // digits and symmetric characters are sometimes judged upside down on an upright page
        assertThat(Orientation.quarterTurnsToUpright(List.of(line(400, 0), line(300, 0), line(80, 180),
                line(60, 180)))).isZero();
    }

    @Test
    void linesAreWeighedByTheirLength() {
        // three short vertical marks (a seal's text, table rules) against one long line of print
        assertThat(Orientation.quarterTurnsToUpright(List.of(line(60, 90), line(60, 90), line(60, 90),
                line(900, 0)))).isZero();
    }

    @Test
    void noDirectionWithAMajorityLeavesThePageAsItLies() {
        assertThat(Orientation.quarterTurnsToUpright(List.of(line(300, 90), line(300, 180), line(300, 0))))
                .isZero();
    }

    @Test
    void tooFewLinesSayNothing() {
        assertThat(Orientation.quarterTurnsToUpright(List.of(line(400, 180), line(300, 180)))).isZero();
        assertThat(Orientation.quarterTurnsToUpright(List.of())).isZero();
    }
}
