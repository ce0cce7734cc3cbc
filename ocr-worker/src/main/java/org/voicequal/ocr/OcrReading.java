package org.voicequal.ocr;

import java.nio.file.Path;
import org.voicequal.ocr.engine.BundledTesseract;
import org.voicequal.ocr.engine.TesseractEngine;
import org.voicequal.ocr.engine.ppocr.PaddleOcrEngine;
import org.voicequal.ocr.extraction.Extractors;
import org.voicequal.ocr.image.DecodedImage;
import org.voicequal.ocr.image.ImageIntake;
import org.voicequal.ocr.image.ImageTraitsReader;
import org.voicequal.ocr.reading.Confirmation;
import org.voicequal.ocr.reading.DocumentReader;

/**
 * The document reader as the worker runs it, with both engines loaded: one assembly for the worker, its
 * tests and the accuracy benchmark, so that what is measured is what runs.
 */
public final class OcrReading implements AutoCloseable {

    private final PaddleOcrEngine paddleOcr;
    private final TesseractEngine tesseract;
    private final TesseractEngine traditionalTesseract;
    private final DocumentReader reader;

    private OcrReading(OcrProperties properties) {
        this.paddleOcr = new PaddleOcrEngine(properties.engineThreads());
        if (properties.natives() == OcrProperties.Natives.BUNDLED) {
            BundledTesseract.installNatives();
        }
        Path models = properties.tessdata() != null ? properties.tessdata() : BundledTesseract.installModels();
        this.tesseract = new TesseractEngine(models, properties.language());
        String traditional = properties.traditionalLanguage();
        this.traditionalTesseract = traditional == null || traditional.isBlank() || traditional.equals(properties.language())
                ? tesseract : new TesseractEngine(models, traditional);
        ImageIntake intake = new ImageIntake(properties.maxMegapixels() * 1_000_000L, properties.workingSide());
        ImageTraitsReader traits = new ImageTraitsReader();
        this.reader = new DocumentReader(bytes -> {
            DecodedImage decoded = intake.read(bytes);
            return new DocumentReader.Decoded(decoded.image(), decoded.scale());
        }, traits::traitsOf, Extractors::forType, paddleOcr, tesseract, traditionalTesseract,
                Confirmation.measured());
    }

    public static OcrReading open(OcrProperties properties) {
        return new OcrReading(properties);
    }

    /** With the defaults of {@link OcrProperties}: bundled natives and models. */
    public static OcrReading withDefaults() {
        return open(new OcrProperties(OcrProperties.Natives.BUNDLED, null, "chi_sim", "chi_tra", 2, 1, 100, 3508));
    }

    public DocumentReader reader() {
        return reader;
    }

    public PaddleOcrEngine paddleOcr() {
        return paddleOcr;
    }

    public TesseractEngine tesseract() {
        return tesseract;
    }

    @Override
    public void close() {
        paddleOcr.close();
        tesseract.close();
        if (traditionalTesseract != tesseract) {
            traditionalTesseract.close();
        }
    }
}
