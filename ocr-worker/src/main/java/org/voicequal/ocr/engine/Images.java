package org.voicequal.ocr.engine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Pixel conversions both engines need. */
public final class Images {

    private Images() {
    }

    /**
     * An RGB copy {@code width × height}, interpolated as {@code interpolation} says (a
     * {@code RenderingHints.VALUE_INTERPOLATION_*}).
     */
    public static BufferedImage scaled(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, interpolation);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return out;
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

    /**
     * The image's pixels as packed RGB, row-major, in a new array: sub-images (which share their parent's buffer)
     * and every other image type included.
     */
    public static int[] packedRgb(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        BufferedImage rgb = rgb(image);
        if (rgb.getRaster().getDataBuffer() instanceof DataBufferInt buffer && rgb.getRaster().getParent() == null
                && buffer.getData().length == w * h) {
            return buffer.getData().clone();
        }
        return rgb.getRGB(0, 0, w, h, null, 0, w);
    }

    /**
     * An RGB copy turned {@code quarters} quarter turns clockwise (0 to 3), or the RGB image itself for none: how a
     * page scanned sideways or upside down is set upright.
     */
    public static BufferedImage turnedClockwise(BufferedImage source, int quarters) {
        return switch (quarters) {
            case 0 -> rgb(source);
            case 1 -> upright(source, 6);
            case 2 -> upright(source, 3);
            case 3 -> upright(source, 8);
            default -> throw new IllegalArgumentException("quarter turns must be 0 to 3: " + quarters);
        };
    }

    /**
     * An image stored with EXIF orientation 2..8 (tag 0x0112: how a camera held the picture instead of turning its
     * pixels) set upright, as an RGB copy; 1 (or anything else) leaves it as it is.
     */
    public static BufferedImage upright(BufferedImage source, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        int[] src = packedRgb(source);
        int[] dst = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        int tw = target.getWidth();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // where stored pixel (x, y) belongs in the upright picture
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> { tx = w - 1 - x; ty = y; }
                    case 3 -> { tx = w - 1 - x; ty = h - 1 - y; }
                    case 4 -> { tx = x; ty = h - 1 - y; }
                    case 5 -> { tx = y; ty = x; }
                    case 6 -> { tx = h - 1 - y; ty = x; }
                    case 7 -> { tx = h - 1 - y; ty = w - 1 - x; }
                    default -> { tx = y; ty = w - 1 - x; }
                }
                dst[ty * tw + tx] = src[y * w + x];
            }
        }
        return target;
    }
}
