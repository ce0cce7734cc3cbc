package org.voicequal.ocr.image;

import org.voicequal.ocr.engine.Box;

/**
 * A red company seal (公章) found on an image.
 *
 * @param box   where it lies, in the pixels of the image the traits were taken from
 * @param score 0..1, how seal-like the red region is (ring shape, size, colour)
 */
public record Seal(Box box, double score) {
}
