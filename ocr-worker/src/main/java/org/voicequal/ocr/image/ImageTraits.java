package org.voicequal.ocr.image;

import java.util.List;

/**
 * What the seed's seal rules need to know about an image besides its text: whether it is a colour image
 * (a photo or colour scan) or a black-and-white copy, and the red seals on it.
 *
 * @param colour true for a colour photo or scan; false for a black-and-white (grey) copy — a red seal
 *               stamped on a copy does not make the copy a colour image
 * @param seals  the red seals found, most seal-like first
 */
public record ImageTraits(boolean colour, List<Seal> seals) {

    public ImageTraits {
        seals = List.copyOf(seals);
    }

    public boolean sealed() {
        return !seals.isEmpty();
    }
}
