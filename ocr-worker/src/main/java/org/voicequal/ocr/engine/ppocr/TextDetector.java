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
import java.util.Optional;
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
        return detect(page, firstSize(page.getWidth(), page.getHeight()), byPrint(page.getWidth(), page.getHeight()));
    }

    /**
     * The size a page is first detected at: as it is when its longer side is at most {@code maxSide} (enlarged only
     * when its shorter side is under {@code minSide}); a larger page at most {@value #LARGE_PAGE_FIRST_SIDE} px,
     * to be detected again larger where its print needs it ({@link #byPrint}).
     */
    DetectionSize firstSize(int width, int height) {
        return DetectionSize.first(width, height, minSide, maxSide, LARGE_PAGE_FIRST_SIDE);
    }

    /** A page larger than {@code maxSide}: detected at the size its print needs rather than at a fixed one. */
    boolean byPrint(int width, int height) {
        return Math.max(width, height) > maxSide;
    }

    /**
     * Line boxes in the page's pixels, the page resized to {@code size} for the detector; {@code byPrint}, detected
     * again larger where the lines found there are small ({@link DetectionSize#finer}): the lower quartile of the
     * boxes' heights under {@value #MIN_LINE_HEIGHT} px is brought to about {@value #TARGET_LINE_HEIGHT} px, the
     * longer side at most {@value #FINER_MAX_SIDE} px. Print under about 10 px is where DB's boxes grow loose and
     * lose a line's first character.
     */
    List<Quad> detect(BufferedImage page, DetectionSize size, boolean byPrint) {
        List<Quad> boxes = detectAt(page, size);
        if (!byPrint) {
            return boxes;
        }
        double scale = Math.max(size.width(), size.height()) / (double) Math.max(page.getWidth(), page.getHeight());
        double[] heights = boxes.stream().mapToDouble(q -> Math.min(q.width(), q.height()) * scale).toArray();
        Optional<DetectionSize> finer = DetectionSize.finer(size, page.getWidth(), page.getHeight(), heights,
                MIN_LINE_HEIGHT, TARGET_LINE_HEIGHT, FINER_MAX_SIDE);
        return finer.isPresent() ? detectAt(page, finer.get()) : boxes;
    }

    /**
     * A page larger than the detector's cap (an A4 page at 150 dpi is 1 754 px, at 300 dpi 3 508) is first detected
     * at PaddleOCR's own default, and again larger only where its print comes out small: an A4 page at 150 dpi
     * reads at 960 px as at 1 600 — at a third of the detection — and one at 300 dpi needs about 1 900. Smaller
     * images (ID cards, passports, phone photos) stay as they are: detected at 960 px instead, scanned passports
     * lost six MRZ dates and ID photos four birth dates of 2 031 reads (the boxes' geometry moves the crops).
     */
    static final int LARGE_PAGE_FIRST_SIDE = 960;
    static final double MIN_LINE_HEIGHT = 14;
    static final double TARGET_LINE_HEIGHT = 17;
    static final int FINER_MAX_SIDE = 2400;

    private List<Quad> detectAt(BufferedImage page, DetectionSize size) {
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
