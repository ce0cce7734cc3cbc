package org.voicequal.ocr.engine.ppocr;

import java.awt.image.BufferedImage;
import java.util.List;
import org.voicequal.ocr.engine.Images;

/**
 * A batch of line images as the classifier and recognizer take it (PaddleOCR's {@code resize_norm_img}): each
 * line scaled to the model's height keeping its aspect ratio (squeezed only if wider than the batch), scaled
 * to [−1, 1], left-aligned, and padded on the right with zeros up to the batch's width.
 */
final class LineTensor {

    static final int HEIGHT = 48;
    private static final float[] HALF = {0.5f, 0.5f, 0.5f};

    private LineTensor() {
    }

    static float[] of(List<BufferedImage> lines, int width) {
        int plane = HEIGHT * width;
        float[] tensor = new float[lines.size() * 3 * plane];
        for (int i = 0; i < lines.size(); i++) {
            BufferedImage line = lines.get(i);
            int resizedWidth = Math.min(width, (int) Math.ceil(HEIGHT * ratio(line)));
            BufferedImage resized = Pixels.resize(line, Math.max(1, resizedWidth), HEIGHT);
            Pixels.writeBgr(Images.packedRgb(resized), resized.getWidth(), HEIGHT, tensor, i * 3 * plane, width, HEIGHT,
                    HALF, HALF);
        }
        return tensor;
    }

    static double ratio(BufferedImage line) {
        return line.getWidth() / (double) line.getHeight();
    }
}
