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
 * Turns upside-down line crops upright with PaddleOCR's mobile angle classifier (0° or 180°). Photos of ID
 * cards held in a hand and scans fed upside down reach the engine; the detector finds their lines either
 * way, but the recognizer only reads upright text.
 */
final class AngleClassifier {

    static final int WIDTH = 192;
    static final int BATCH = 6;
    /** Only a confident "upside down" turns a line: a wrong turn costs the whole line. */
    static final double THRESHOLD = 0.9;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String input;

    AngleClassifier(OrtEnvironment environment, OrtSession session) {
        this.environment = environment;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
    }

    /** The lines, each upright (a new list; the lines turned are new images). */
    List<BufferedImage> upright(List<BufferedImage> lines) {
        return turned(lines, upsideDown(lines));
    }

    /** The lines, those marked upside down turned half a turn (a new list; the lines turned are new images). */
    static List<BufferedImage> turned(List<BufferedImage> lines, boolean[] upsideDown) {
        List<BufferedImage> result = new ArrayList<>(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (upsideDown[i]) {
                result.set(i, Images.turnedClockwise(lines.get(i), 2));
            }
        }
        return result;
    }

    /** Which lines the classifier confidently finds upside down. */
    boolean[] upsideDown(List<BufferedImage> lines) {
        boolean[] upsideDown = new boolean[lines.size()];
        // similar widths share a batch, as PaddleOCR sorts them, so that little of a batch is padding
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> LineTensor.ratio(lines.get(i))));
        for (int start = 0; start < order.size(); start += BATCH) {
            List<Integer> batch = order.subList(start, Math.min(order.size(), start + BATCH));
            List<BufferedImage> images = batch.stream().map(lines::get).toList();
            float[] probabilities = run(images);
            for (int b = 0; b < batch.size(); b++) {
                upsideDown[batch.get(b)] = probabilities[2 * b + 1] > probabilities[2 * b]
                        && probabilities[2 * b + 1] > THRESHOLD;
            }
        }
        return upsideDown;
    }

    private float[] run(List<BufferedImage> images) {
        long[] shape = {images.size(), 3, LineTensor.HEIGHT, WIDTH};
        float[] probabilities = new float[2 * images.size()];
        try (OnnxTensor x = OnnxTensor.createTensor(environment, FloatBuffer.wrap(LineTensor.of(images, WIDTH)), shape);
             OrtSession.Result result = session.run(Map.of(input, x))) {
            ((OnnxTensor) result.get(0)).getFloatBuffer().get(probabilities);
        } catch (OrtException e) {
            throw new IllegalStateException("angle classification failed", e);
        }
        return probabilities;
    }
}
