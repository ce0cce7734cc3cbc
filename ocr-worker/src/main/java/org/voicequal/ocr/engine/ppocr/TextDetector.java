package org.voicequal.ocr.engine.ppocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.voicequal.ocr.engine.Images;

/**
 * Finds text lines on a page with the PP-OCRv4 DB detector: resize (sides multiples of 32), normalise with
 * ImageNet statistics, run, and post-process the probability map into boxes.
 */
final class TextDetector {

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String input;
    private final int minSide;
    private final int maxSide;

    TextDetector(OrtEnvironment environment, OrtSession session, int minSide, int maxSide) {
        this.environment = environment;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
        this.minSide = minSide;
        this.maxSide = maxSide;
    }

    /** Line boxes in the page's pixels, top to bottom then left to right. */
    List<Quad> detect(BufferedImage page) {
        return detect(page, DetectionSize.fit(page.getWidth(), page.getHeight(), minSide, maxSide));
    }

    /** Line boxes in the page's pixels, the page resized to {@code size} for the detector. */
    List<Quad> detect(BufferedImage page, DetectionSize size) {
        int width = page.getWidth(), height = page.getHeight();
        int[] rgb = Images.packedRgb(Pixels.resize(page, size.width(), size.height()));
        float[] tensor = new float[3 * size.width() * size.height()];
        Pixels.writeBgr(rgb, size.width(), size.height(), tensor, 0, size.width(), size.height(), MEAN, STD);
        float[] probability = new float[size.width() * size.height()];
        long[] shape = {1, 3, size.height(), size.width()};
        try (OnnxTensor x = OnnxTensor.createTensor(environment, FloatBuffer.wrap(tensor), shape);
             OrtSession.Result result = session.run(Map.of(input, x))) {
            ((OnnxTensor) result.get(0)).getFloatBuffer().get(probability);
        } catch (OrtException e) {
            throw new IllegalStateException("text detection failed", e);
        }
        List<Quad> boxes = new ArrayList<>();
        for (Quad box : DbPostProcessor.boxes(probability, size.width(), size.height(), width, height)) {
            Quad clipped = box.clipped(width, height);
            // PaddleOCR's filter_tag_det_res: slivers of three pixels or less are not lines
            if (clipped.width() > 3 && clipped.height() > 3) {
                boxes.add(clipped);
            }
        }
        return readingOrder(boxes);
    }

    /**
     * PaddleOCR's {@code sorted_boxes}: by top-left corner, top to bottom, then boxes whose tops lie within
     * 10 pixels of each other left to right, so that a label and its value on one row come in that order.
     */
    static List<Quad> readingOrder(List<Quad> boxes) {
        List<Quad> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble((Quad q) -> q.topLeft().y()).thenComparingDouble(q -> q.topLeft().x()));
        for (int i = 0; i < sorted.size() - 1; i++) {
            for (int j = i; j >= 0; j--) {
                Quad upper = sorted.get(j), lower = sorted.get(j + 1);
                boolean sameRow = Math.abs(lower.topLeft().y() - upper.topLeft().y()) < 10;
                if (sameRow && lower.topLeft().x() < upper.topLeft().x()) {
                    sorted.set(j, lower);
                    sorted.set(j + 1, upper);
                } else {
                    break;
                }
            }
        }
        return sorted;
    }
}
