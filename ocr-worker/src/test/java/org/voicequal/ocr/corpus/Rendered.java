package org.voicequal.ocr.corpus;

import java.awt.image.BufferedImage;
import java.util.Map;
import org.voicequal.events.DocumentType;

/**
 * One rendered document before any degradation: the page and what is true about it.
 *
 * @param type   the document type it would be submitted as
 * @param layout the layout variant, e.g. {@code two-column}, {@code portrait}, {@code passport}
 * @param sealed whether a red company or authority seal is printed on it
 * @param fields the true values, keyed by {@code org.voicequal.schemas.Fields} names, in the script
 *               printed (Traditional values on Traditional documents); dates ISO
 */
record Rendered(DocumentType type, String layout, BufferedImage image, boolean sealed, Map<String, String> fields) {

    Rendered {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
