package org.voicequal.ocr.engine.ppocr;

import java.util.List;

/**
 * Which way up a page lies, judged from its own lines: scanners feed pages sideways and upside down, and portals
 * strip the EXIF orientation of phone photos, yet extraction rebuilds rows and label → value pairs from the
 * boxes' positions, which only work on an upright page (a licence turned a quarter read nothing, measured).
 *
 * <p>Every line the detector finds votes, with its length, for the direction its text reads in on the page: the
 * direction along which it was cropped (its top edge, or its left edge for a box {@link LineCropper} turns a
 * quarter), reversed when the angle classifier found the crop upside down. Lines reading down the page say the
 * page was turned clockwise; reading up, counter-clockwise; right to left, upside down. Directions, not box
 * shapes, so that a card held tilted in a photo votes as its lines read.
 */
final class Orientation {

    /** More than this share of the lines' length must agree before a page is turned. */
    static final double MAJORITY = 0.5;
    /** Fewer lines than this say too little about a page to turn it. */
    static final int MIN_LINES = 3;

    /**
     * One detected line's vote.
     *
     * @param length the box's longer side in pixels
     * @param dx     the direction the line's text reads in, in page pixels (x to the right)
     * @param dy     the same, y downwards
     */
    record Vote(double length, double dx, double dy) {

        /** Quarter turns clockwise that would set this line reading left to right. */
        int quarterTurnsToUpright() {
            double degrees = Math.toDegrees(Math.atan2(dy, dx));
            if (degrees > -45 && degrees <= 45) {
                return 0;
            }
            if (degrees > 45 && degrees <= 135) {
                return 3; // reads down the page: the page was turned a quarter clockwise
            }
            if (degrees > -135 && degrees <= -45) {
                return 1; // reads up the page
            }
            return 2;
        }
    }

    private Orientation() {
    }

    /** How many quarter turns clockwise set the page upright: 0 when it already is, or when the votes are unsure. */
    static int quarterTurnsToUpright(List<Vote> votes) {
        if (votes.size() < MIN_LINES) {
            return 0;
        }
        double[] weight = new double[4];
        double all = 0;
        for (Vote vote : votes) {
            weight[vote.quarterTurnsToUpright()] += vote.length();
            all += vote.length();
        }
        for (int quarters = 1; quarters < 4; quarters++) {
            if (weight[quarters] > MAJORITY * all) {
                return quarters;
            }
        }
        return 0;
    }
}
