package org.voicequal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.engine.BundledTesseract;
import org.voicequal.ocr.engine.TesseractEngine;
import org.voicequal.ocr.extraction.FieldExtractor;

/**
 * Real Tesseract, as the local default runs it: the libraries from the Maven jars and the bundled model,
 * reading the bundled sample images and images rendered here with known values.
 */
class TesseractEngineIT {

    private static TesseractEngine engine;

    @BeforeAll
    static void start() {
        BundledTesseract.installNatives();
        engine = new TesseractEngine(BundledTesseract.installModels(), "chi_sim");
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void readsTheSampleLicenceAndIdCards() throws Exception {
        Path samples = Path.of("..", "samples", "documents");
        assertThat(FieldExtractor.extract(DocumentType.BUSINESS_LICENCE,
                engine.read(Files.readAllBytes(samples.resolve("BUSINESS_LICENCE.png")))))
                .containsEntry(FieldExtractor.CREDIT_CODE, SyntheticDocuments.CREDIT_CODE);
        assertThat(FieldExtractor.extract(DocumentType.ADMIN_ID_FRONT,
                engine.read(Files.readAllBytes(samples.resolve("ADMIN_ID_FRONT.png")))))
                .containsEntry(FieldExtractor.ID_NUMBER, SyntheticDocuments.ADMIN_ID);
        assertThat(FieldExtractor.extract(DocumentType.LEGAL_REP_ID_BACK,
                engine.read(Files.readAllBytes(samples.resolve("LEGAL_REP_ID_BACK.png")))))
                .containsEntry(FieldExtractor.VALID_TO, "2035-03-01");
        assertThat(engine.name()).startsWith("tesseract-5.5").endsWith("/chi_sim");
    }

    @Test
    void readsAFreshlyRenderedIdCardWithOtherValues() {
        byte[] card = SyntheticDocuments.idFront("王芳", "11010519491231002X");
        assertThat(FieldExtractor.extract(DocumentType.LEGAL_REP_ID_FRONT, engine.read(card)))
                .containsEntry(FieldExtractor.ID_NUMBER, "11010519491231002X");
    }

    @Test
    void anImageTheJdkCannotDecodeIsTheImagesFault() {
        assertThatThrownBy(() -> engine.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}))
                .isInstanceOf(TesseractEngine.UnreadableImageException.class);
    }
}
