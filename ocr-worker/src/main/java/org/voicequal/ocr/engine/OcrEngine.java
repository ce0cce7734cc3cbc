package org.voicequal.ocr.engine;

/** Reads the text of one image. Implementations must be safe to call from several threads. */
public interface OcrEngine extends AutoCloseable {

    String read(byte[] image);

    /** Names the engine and model, e.g. {@code tesseract-5.5.1/chi_sim}: recognitions are cached per engine. */
    String name();

    @Override
    default void close() {
    }
}
