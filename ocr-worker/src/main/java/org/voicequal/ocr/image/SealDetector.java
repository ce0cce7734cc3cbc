package org.voicequal.ocr.image;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.voicequal.ocr.engine.Box;

/**
 * Finds red company seals (公章) on an image: red ink pixels, grouped into regions, kept when a region is the
 * size of a seal and fits a ring (circle or oval) or square frame that is red along its outline and much sparser
 * inside. Red titles and stripes fail the size or aspect test, solid logos, the national emblem, skin and red
 * clothing fail the hollowness test, tinted backgrounds are one region as large as the image. Stateless.
 */
public final class SealDetector {

    /** A seal is 4–5 cm; on an A4 page ~20 % of the width, on a card copy more, on a photo of a page less. */
    static final double MIN_SIDE_SHARE = 0.04;
    static final double MAX_SIDE_SHARE = 0.7;

    public List<Seal> seals(BufferedImage image) {
        return seals(AnalysisImage.of(image));
    }

    List<Seal> seals(AnalysisImage image) {
        int shorter = Math.min(image.width(), image.height());
        int minSide = Math.max(12, (int) (shorter * MIN_SIDE_SHARE));
        int maxSide = (int) (shorter * MAX_SIDE_SHARE);
        List<Seal> seals = new ArrayList<>();
        for (RedRegions.Region region : RedRegions.find(image, minSide, maxSide)) {
            RingFit.Result fit = RingFit.best(region, image.width());
            if (fit.score() > 0) {
                int f = image.factor();
                Box box = new Box(region.minX() * f, region.minY() * f, region.width() * f, region.height() * f);
                seals.add(new Seal(box, Math.round(fit.score() * 1000) / 1000.0));
            }
        }
        seals.sort(Comparator.comparingDouble(Seal::score).reversed());
        return seals;
    }
}
