package org.voicequal.ocr.image;

import java.awt.image.BufferedImage;
import java.util.List;

/** Reads the {@link ImageTraits} of a decoded image: its red seals, then colour with the seals left out. Stateless. */
public final class ImageTraitsReader {

    private final SealDetector seals = new SealDetector();

    public ImageTraits traitsOf(BufferedImage image) {
        AnalysisImage analysis = AnalysisImage.of(image);
        List<Seal> found = seals.seals(analysis);
        return new ImageTraits(ColourCheck.isColour(analysis, found), found);
    }
}
