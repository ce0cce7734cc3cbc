package org.voicequal.ocr.extraction.layout;

import java.util.List;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.TextLine;

/** Lines that share a height on the page, left to right. */
public record Row(List<TextLine> lines, Box box) {

    public Row {
        lines = List.copyOf(lines);
    }

    @Override
    public String toString() {
        return "Row[" + lines.size() + " lines at " + box + "]";
    }
}
