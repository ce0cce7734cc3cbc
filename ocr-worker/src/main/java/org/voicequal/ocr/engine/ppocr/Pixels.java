package org.voicequal.ocr.engine.ppocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Pixel access and the tensor layout the PP-OCR models expect. PaddleOCR reads images with OpenCV and its
 * training configurations decode to BGR, so its models were trained on BGR planes: channel 0 of every tensor
 * here is blue, and the per-channel mean and deviation are applied in that order. (Fed RGB instead, the models
 * read the black-and-white samples identically and the tinted fixtures with small differences in either
 * direction: documents are nearly grey, so the order matters little, but BGR is what the models learnt.)
 */
final class Pixels {

    private Pixels() {
    }

    static BufferedImage image(int[] rgb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, rgb, 0, width);
        return image;
    }

    /** Bilinear, like the {@code cv2.resize} default PaddleOCR uses. */
    static BufferedImage resize(BufferedImage image, int width, int height) {
        if (image.getWidth() == width && image.getHeight() == height) {
            return image;
        }
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = resized.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return resized;
    }

    /**
     * Writes {@code rgb} ({@code width × height}) as BGR planes into {@code tensor} at {@code offset}, in
     * planes {@code planeWidth} wide (the rest of each row is left as it is: the caller's padding), as
     * {@code (value / 255 − mean[c]) / std[c]}.
     */
    static void writeBgr(int[] rgb, int width, int height, float[] tensor, int offset, int planeWidth, int planeHeight,
            float[] mean, float[] std) {
        int plane = planeWidth * planeHeight;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = rgb[y * width + x];
                int at = offset + y * planeWidth + x;
                tensor[at] = ((p & 0xff) / 255f - mean[0]) / std[0];
                tensor[at + plane] = (((p >> 8) & 0xff) / 255f - mean[1]) / std[1];
                tensor[at + 2 * plane] = (((p >> 16) & 0xff) / 255f - mean[2]) / std[2];
            }
        }
    }

}
