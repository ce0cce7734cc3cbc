package org.voicequal.ocr.engine;

import java.awt.image.BufferedImage;

/**
 * Reads text from images. Implementations must be safe to call from several threads at once. Images reach
 * an engine already decoded, bounded in size and oriented (see {@code org.voicequal.ocr.image}): an engine
 * never sees a file's bytes.
 */
public interface OcrEngine extends AutoCloseable {

    /** Finds and reads every text line of a page. */
    PageText read(BufferedImage page);

    /**
     * Finds and reads the lines inside {@code region} of {@code page} as a read of the whole page would (an engine
     * that scales pages for detection keeps the page's scale), in the region's own pixels.
     */
    default PageText read(BufferedImage page, Box region) {
        return read(page.getSubimage(region.x(), region.y(), region.width(), region.height()));
    }

    /**
     * Reads a single line of text that fills {@code line} (a crop around one line): used to read a field a
     * second time, with the other engine, where the first engine found it.
     */
    TextLine readLine(BufferedImage line);

    /**
     * False for a character the engine's model has no class for: it can only leave such a character out or read
     * it as another (PP-OCR's 6 623 characters lack some Traditional ones, such as 諸 and 軟).
     */
    default boolean canWrite(int codePoint) {
        return true;
    }

    /** Names the engine and model, e.g. {@code tesseract-5.5.1/chi_sim}: recognitions are cached per engine. */
    String name();

    @Override
    default void close() {
    }
}
