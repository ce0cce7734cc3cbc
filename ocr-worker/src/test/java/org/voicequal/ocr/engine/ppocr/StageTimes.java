package org.voicequal.ocr.engine.ppocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.voicequal.ocr.engine.Images;

/**
 * Tooling, not a test: where PP-OCR's time goes on given images (detection, crops, angle classifier,
 * recognition), each stage timed alone, best of {@code --runs} after one warm-up.
 *
 * <pre>ocr-worker/test-main org.voicequal.ocr.engine.ppocr.StageTimes [--max-side 1600] [--runs 3] IMAGE...</pre>
 */
public final class StageTimes {

    public static void main(String[] args) throws Exception {
        int maxSide = PaddleOcrEngine.DETECTION_MAX_SIDE;
        int runs = 3;
        List<File> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--max-side" -> maxSide = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> files.add(new File(args[i]));
            }
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession det = Models.session(env, Models.DETECTION, 1);
        OrtSession cls = Models.session(env, Models.CLASSIFIER, 1);
        OrtSession rec = Models.session(env, Models.RECOGNITION, 1);
        TextDetector detector = new TextDetector(env, det, PaddleOcrEngine.DETECTION_MIN_SIDE, maxSide);
        AngleClassifier classifier = new AngleClassifier(env, cls);
        TextRecognizer recognizer = new TextRecognizer(env, rec, new CtcDecoder(Models.keys()));
        long[] sum = new long[4];
        System.out.printf("%-32s %10s %6s %8s %8s %8s %8s %8s%n", "image", "size", "lines", "det", "crop", "cls", "rec", "total");
        for (File file : files) {
            BufferedImage page = Images.rgb(ImageIO.read(file));
            long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
            int lines = 0;
            for (int run = 0; run <= runs; run++) {
                long t0 = System.nanoTime();
                List<Quad> boxes = detector.detect(page);
                long t1 = System.nanoTime();
                LineCropper cropper = new LineCropper(Images.packedRgb(page), page.getWidth(), page.getHeight());
                List<BufferedImage> crops = new ArrayList<>();
                for (Quad box : boxes) {
                    try {
                        crops.add(cropper.crop(box));
                    } catch (IllegalArgumentException degenerate) {
                        // as the engine: nothing to read
                    }
                }
                long t2 = System.nanoTime();
                List<BufferedImage> upright = classifier.upright(crops);
                long t3 = System.nanoTime();
                recognizer.read(upright);
                long t4 = System.nanoTime();
                lines = crops.size();
                if (run > 0) {
                    long[] took = {t1 - t0, t2 - t1, t3 - t2, t4 - t3};
                    for (int s = 0; s < 4; s++) {
                        best[s] = Math.min(best[s], took[s]);
                    }
                }
            }
            long total = 0;
            for (int s = 0; s < 4; s++) {
                best[s] /= 1_000_000;
                sum[s] += best[s];
                total += best[s];
            }
            System.out.printf("%-32s %10s %6d %8d %8d %8d %8d %8d%n", file.getName(), page.getWidth() + "x" + page.getHeight(),
                    lines, best[0], best[1], best[2], best[3], total);
        }
        System.out.printf("%-32s %10s %6s %8d %8d %8d %8d %8d%n", "sum", "", "", sum[0], sum[1], sum[2], sum[3],
                sum[0] + sum[1] + sum[2] + sum[3]);
    }
}
