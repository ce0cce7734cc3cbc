package org.voicequal.ocr.engine.ppocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads upright line images with the PP-OCRv4 recognizer (SVTR-LCNet, CTC head). Lines are sorted by aspect
 * ratio and run in batches as PaddleOCR does, each batch as wide as its widest line.
 */
final class TextRecognizer {

    /**
     * One line per run. PaddleOCR batches six, which pays on a GPU; on CPU every line in a batch is padded to
     * the widest and the model's global attention grows faster than linearly with width, so batching only
     * adds work: measured on one thread, recognition of the sample licence's 8 lines took 1.4–2.0 s one by
     * one against 2.5–4.9 s in batches of six, the A4 fixture's 27 lines 2.3–7 s against 10–12 s.
     */
    static final int BATCH = 1;
    /** PaddleOCR's {@code rec_image_shape} 3×48×320: narrower batches are padded to this ratio. */
    static final double MIN_RATIO = 320.0 / LineTensor.HEIGHT;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String input;
    private final CtcDecoder decoder;

    TextRecognizer(OrtEnvironment environment, OrtSession session, CtcDecoder decoder) {
        this.environment = environment;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
        this.decoder = decoder;
    }

    /** What each line says, in the order given. */
    List<CtcDecoder.Decoded> read(List<BufferedImage> lines) {
        CtcDecoder.Decoded[] decoded = new CtcDecoder.Decoded[lines.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> LineTensor.ratio(lines.get(i))));
        for (int start = 0; start < order.size(); start += BATCH) {
            List<Integer> batch = order.subList(start, Math.min(order.size(), start + BATCH));
            List<CtcDecoder.Decoded> read = run(batch.stream().map(lines::get).toList());
            for (int b = 0; b < batch.size(); b++) {
                decoded[batch.get(b)] = read.get(b);
            }
        }
        return Arrays.asList(decoded);
    }

    private List<CtcDecoder.Decoded> run(List<BufferedImage> images) {
        double maxRatio = MIN_RATIO;
        for (BufferedImage image : images) {
            maxRatio = Math.max(maxRatio, LineTensor.ratio(image));
        }
        int width = (int) (LineTensor.HEIGHT * maxRatio);
        long[] shape = {images.size(), 3, LineTensor.HEIGHT, width};
        try (OnnxTensor x = OnnxTensor.createTensor(environment, FloatBuffer.wrap(LineTensor.of(images, width)), shape);
             OrtSession.Result result = session.run(Map.of(input, x))) {
            OnnxTensor output = (OnnxTensor) result.get(0);
            long[] outputShape = output.getInfo().getShape();
            int steps = (int) outputShape[1];
            int classes = (int) outputShape[2];
            if (classes != decoder.classes()) {
                throw new IllegalStateException("recognizer gives " + classes + " classes, the keys make "
                        + decoder.classes());
            }
            float[] probabilities = new float[images.size() * steps * classes];
            output.getFloatBuffer().get(probabilities);
            List<CtcDecoder.Decoded> decoded = new ArrayList<>(images.size());
            for (int b = 0; b < images.size(); b++) {
                decoded.add(decoder.decode(probabilities, b * steps * classes, steps));
            }
            return decoded;
        } catch (OrtException e) {
            throw new IllegalStateException("text recognition failed", e);
        }
    }
}
