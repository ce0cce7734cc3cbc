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
 * @param quarterTurns how many quarter turns clockwise (0 to 3) the engine turned the image it was given before
 *                     reading, having found it sideways or upside down: the boxes, width and height are those of
 *                     the turned image ({@link Images#turnedClockwise})
 */
public record PageText(String engine, int width, int height, List<TextLine> lines, int quarterTurns) {

    public PageText {
        lines = List.copyOf(lines);
        if (quarterTurns < 0 || quarterTurns > 3) {
            throw new IllegalArgumentException("quarter turns must be 0 to 3: " + quarterTurns);
        }
    }

    /** A page read as it was given. */
    public PageText(String engine, int width, int height, List<TextLine> lines) {
        this(engine, width, height, lines, 0);
    }

    /** The same reading, of the image turned {@code quarters} clockwise before it was read. */
    public PageText turned(int quarters) {
        return new PageText(engine, width, height, lines, quarters);
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
        return "PageText[" + engine + ", " + width + "x" + height + ", " + lines.size() + " lines"
                + (quarterTurns == 0 ? "" : ", turned " + quarterTurns + "/4") + "]";
    }
}
