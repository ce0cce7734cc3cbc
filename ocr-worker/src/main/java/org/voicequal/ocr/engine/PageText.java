package org.voicequal.ocr.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything one engine read on one page image, line by line, in the engine's own order (extraction rebuilds
 * reading order from the boxes).
 *
 * @param engine the engine and model, as {@link OcrEngine#name()}
 * @param width  the page image's width in pixels (boxes are in these pixels)
 * @param height the page image's height in pixels
 */
public record PageText(String engine, int width, int height, List<TextLine> lines) {

    public PageText {
        lines = List.copyOf(lines);
    }

    /** The page's text, one line per line: the evidence stored with the recognition (sealed). */
    public String text() {
        return lines.stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }

    public boolean isEmpty() {
        return lines.stream().allMatch(line -> line.text().isBlank());
    }

    @Override
    public String toString() {
        return "PageText[" + engine + ", " + width + "x" + height + ", " + lines.size() + " lines]";
    }
}
