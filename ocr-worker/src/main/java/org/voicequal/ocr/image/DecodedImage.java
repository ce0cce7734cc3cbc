package org.voicequal.ocr.image;

import java.awt.image.BufferedImage;

/**
 * An uploaded image decoded for recognition: upright, RGB on white, at most the working size.
 *
 * @param image          TYPE_INT_RGB pixels, EXIF orientation applied
 * @param format         the format the file's magic bytes announced
 * @param originalWidth  width stored in the file's header, before orientation and scaling
 * @param originalHeight height stored in the file's header, before orientation and scaling
 * @param scale          decoded long side over the original long side (1 when not reduced)
 * @param orientation    the EXIF orientation (1..8) that was applied; 1 when none
 */
public record DecodedImage(BufferedImage image, ImageFormat format, int originalWidth, int originalHeight,
                           double scale, int orientation) {
}
