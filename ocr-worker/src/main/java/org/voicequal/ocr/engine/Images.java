package org.voicequal.ocr.engine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Pixel conversions both engines need. */
public final class Images {

    private Images() {
    }

    /** An 8-bit grey copy (transparent areas become white), or the image itself when it already is one. */
    public static BufferedImage gray(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return source;
        }
        BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(source, 0, 0, Color.WHITE, null);
        g.dispose();
        return gray;
    }

    /** An RGB copy (transparent areas become white), or the image itself when it already is one. */
    public static BufferedImage rgb(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(source, 0, 0, Color.WHITE, null);
        g.dispose();
        return rgb;
    }
}
