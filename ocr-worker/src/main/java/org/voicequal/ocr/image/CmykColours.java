package org.voicequal.ocr.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;

/**
 * Turns the raw four-band raster of a CMYK or YCCK JPEG into RGB, because ImageIO refuses these with
 * "Unsupported Image Type". A naive conversion without an ICC profile: colours are a little off, but text, seals
 * and black-and-white versus colour come through, which is all recognition needs.
 */
final class CmykColours {

    private CmykColours() {
    }

    /**
     * @param adobeTransform the APP14 transform, -1 without APP14. Photoshop (the one writing APP14) stores every
     *                       channel inverted (255 = no ink) and, with transform 2, encodes the inverted C, M, Y as
     *                       YCbCr; a file without APP14 holds plain ink amounts (255 = full ink).
     */
    static BufferedImage toRgb(Raster raster, int adobeTransform) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        int[] row = new int[width * 4];
        boolean inverted = adobeTransform >= 0;
        for (int y = 0; y < height; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, row);
            for (int x = 0; x < width; x++) {
                int i = x * 4;
                int c = row[i];
                int m = row[i + 1];
                int ye = row[i + 2];
                int k = row[i + 3];
                if (adobeTransform == 2) {
                    // YCCK: Y, Cb, Cr carry the (inverted) C, M, Y as if they were R, G, B
                    double luma = c;
                    double cb = m - 128.0;
                    double cr = ye - 128.0;
                    c = clamp(luma + 1.402 * cr);
                    m = clamp(luma - 0.344136 * cb - 0.714136 * cr);
                    ye = clamp(luma + 1.772 * cb);
                }
                if (!inverted) {
                    c = 255 - c;
                    m = 255 - m;
                    ye = 255 - ye;
                    k = 255 - k;
                }
                // now every channel is "255 = no ink": light left after each ink, times the light left after black
                out[y * width + x] = (c * k / 255) << 16 | (m * k / 255) << 8 | ye * k / 255;
            }
        }
        return rgb;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
