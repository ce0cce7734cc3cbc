package org.voicequal.ocr.engine;

/** An axis-aligned rectangle in the pixels of the page image an engine was given. */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative box size " + width + "x" + height);
        }
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2.0;
    }

    public double centerY() {
        return y + height / 2.0;
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        int left = Math.min(x, other.x);
        int top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    /** Shared height over the smaller height: 1 when one line's vertical extent holds the other's. */
    public double verticalOverlap(Box other) {
        int shared = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
        int smaller = Math.min(height, other.height);
        return smaller <= 0 ? 0 : Math.max(0, shared) / (double) smaller;
    }

    public boolean intersects(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
}
