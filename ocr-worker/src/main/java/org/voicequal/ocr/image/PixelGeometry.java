package org.voicequal.ocr.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.voicequal.ocr.engine.Images;

/** Smooth downscaling on TYPE_INT_RGB images (EXIF orientation: {@link Images#upright}). */
final class PixelGeometry {

    private PixelGeometry() {
    }

    /**
     * An RGB image on white whose longer side is at most {@code longSide}, converted while scaling so a large
     * decoded image is never copied at full size. Halves repeatedly, then one final bilinear step: a single
     * bilinear step below one half skips source pixels, and thin strokes of small text would flicker in and out.
     */
    static BufferedImage fit(BufferedImage image, int longSide) {
        if (Math.max(image.getWidth(), image.getHeight()) <= longSide) {
            return Images.rgb(image); // composites alpha on white, expands palettes and 16 bits
        }
        BufferedImage current = image;
        while (Math.max(current.getWidth(), current.getHeight()) > longSide) {
            int longer = Math.max(current.getWidth(), current.getHeight());
            double factor = Math.max(0.5, longSide / (double) longer);
            int width = Math.max(1, (int) Math.round(current.getWidth() * factor));
            int height = Math.max(1, (int) Math.round(current.getHeight() * factor));
            if (Math.max(width, height) > longSide && factor > 0.5) {
                // rounding up would leave a pixel too many
                width = Math.min(width, longSide);
                height = Math.min(height, longSide);
            }
            current = scaled(current, width, height);
        }
        return current;
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setColor(Color.WHITE); // transparent pixels become paper, not black
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }
}
