package org.voicequal.ocr.engine.ppocr;

import java.util.List;

/**
 * Which way up a page lies, judged from its own lines: scanners feed pages sideways and upside down, and portals
 * strip the EXIF orientation of phone photos, yet extraction rebuilds rows and label → value pairs from the
 * boxes' positions, which only work on an upright page (a licence turned a quarter read nothing, measured).
 *
 * <p>Every line the detector finds votes with its length. A page whose text mostly runs in boxes taller than
 * wide lies sideways (documents of this field are printed in horizontal lines); the angle classifier then tells
 * which side: {@link LineCropper} turns a tall crop a quarter counter-clockwise, which sets upright the lines of a
 * page turned clockwise and leaves upside down those of a page turned counter-clockwise. A page whose lines are
 * mostly upside down lies upside down.
 */
final class Orientation {

    /** More than this share of the lines' length must agree before a page is turned. */
    static final double MAJORITY = 0.5;
    /** Fewer lines than this say too little about a page to turn it. */
    static final int MIN_LINES = 3;

    /**
     * One detected line's vote.
     *
     * @param length     the box's longer side in pixels
     * @param tall       the box is at least 1.5 times taller than wide, as {@link LineCropper} decides
     * @param upsideDown the classifier found its crop (turned a quarter counter-clockwise when tall) upside down
     */
    record Vote(double length, boolean tall, boolean upsideDown) {
    }

    private Orientation() {
    }

    /** How many quarter turns clockwise set the page upright: 0 when it already is, or when the votes are unsure. */
    static int quarterTurnsToUpright(List<Vote> votes) {
        if (votes.size() < MIN_LINES) {
            return 0;
        }
        double all = 0;
        double tall = 0;
        double tallUpsideDown = 0;
        double wideUpsideDown = 0;
        for (Vote vote : votes) {
            all += vote.length();
            if (vote.tall()) {
                tall += vote.length();
                tallUpsideDown += vote.upsideDown() ? vote.length() : 0;
            } else {
                wideUpsideDown += vote.upsideDown() ? vote.length() : 0;
            }
        }
        if (all <= 0) {
            return 0;
        }
        if (tall > MAJORITY * all) {
            // turned counter-clockwise (its tall crops come out upside down): a quarter clockwise sets it upright
            return tallUpsideDown > MAJORITY * tall ? 1 : 3;
        }
        double wide = all - tall;
        return wideUpsideDown > MAJORITY * wide ? 2 : 0;
    }
}
