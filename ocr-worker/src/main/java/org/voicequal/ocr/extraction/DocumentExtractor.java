package org.voicequal.ocr.extraction;

import java.util.List;
import org.voicequal.ocr.engine.PageText;

/**
 * Reads the fields of one kind of document out of an engine's lines, by their geometry: reading order,
 * columns and label → value regions rebuilt from the boxes, not regular expressions over the page's text.
 * Returns every field the kind has, read or unread with the reason.
 */
public interface DocumentExtractor {

    List<FieldRead> extract(PageText page);
}
