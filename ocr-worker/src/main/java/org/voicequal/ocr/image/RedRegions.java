package org.voicequal.ocr.image;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the red pixels of an analysis image into regions that may each be one seal. A small closing bridges the
 * breaks black text makes in the ring; a wider dilation then joins a ring broken by faded ink with the name and
 * star inside it, so the region's pixels are the whole seal rather than arcs of it.
 */
final class RedRegions {

    /** One group of red pixels. */
    record Region(int[] pixels, int minX, int minY, int maxX, int maxY) {
        int width() {
            return maxX - minX + 1;
        }

        int height() {
            return maxY - minY + 1;
        }
    }

    private RedRegions() {
    }

    /** Regions whose bounding box could hold a seal of {@code minSide}..{@code maxSide} pixels across. */
    static List<Region> find(AnalysisImage image, int minSide, int maxSide) {
        int w = image.width();
        int h = image.height();
        boolean[] red = new boolean[w * h];
        for (int i = 0; i < red.length; i++) {
            red[i] = AnalysisImage.isRed(image.rgb()[i]);
        }
        red = erode(dilate(red, w, h, 1), w, h, 1);
        int join = Math.max(2, Math.round(Math.min(w, h) * 0.012f));
        boolean[] grouped = dilate(red, w, h, join);
        int[] label = new int[w * h];
        int[] queue = new int[w * h];
        List<Region> regions = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < label.length; start++) {
            if (!grouped[start] || label[start] != 0) {
                continue;
            }
            next++;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            label[start] = next;
            int minX = w, minY = h, maxX = -1, maxY = -1, count = 0;
            while (head < tail) {
                int p = queue[head++];
                int x = p % w;
                int y = p / w;
                if (red[p]) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                    count++;
                }
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && grouped[ny * w + nx] && label[ny * w + nx] == 0) {
                            label[ny * w + nx] = next;
                            queue[tail++] = ny * w + nx;
                        }
                    }
                }
            }
            int rw = maxX - minX + 1;
            int rh = maxY - minY + 1;
            if (count > 0 && Math.max(rw, rh) >= minSide && Math.min(rw, rh) >= minSide / 2
                    && Math.max(rw, rh) <= maxSide) {
                int[] pixels = new int[count];
                int n = 0;
                for (int i = 0; i < tail; i++) {
                    if (red[queue[i]]) {
                        pixels[n++] = queue[i];
                    }
                }
                regions.add(new Region(pixels, minX, minY, maxX, maxY));
            }
        }
        return regions;
    }

    /** Sets every pixel within {@code r} (a square) of a set pixel: rows then columns, each by a running count. */
    static boolean[] dilate(boolean[] in, int w, int h, int r) {
        boolean[] rows = new boolean[in.length];
        for (int y = 0; y < h; y++) {
            sweep(in, rows, y * w, 1, w, r);
        }
        boolean[] out = new boolean[in.length];
        for (int x = 0; x < w; x++) {
            sweep(rows, out, x, w, h, r);
        }
        return out;
    }

    static boolean[] erode(boolean[] in, int w, int h, int r) {
        boolean[] inverse = new boolean[in.length];
        for (int i = 0; i < in.length; i++) {
            inverse[i] = !in[i];
        }
        boolean[] grown = dilate(inverse, w, h, r);
        for (int i = 0; i < in.length; i++) {
            grown[i] = !grown[i];
        }
        return grown;
    }

    private static void sweep(boolean[] in, boolean[] out, int offset, int stride, int length, int r) {
        int set = 0;
        for (int i = 0; i < Math.min(r, length); i++) {
            set += in[offset + i * stride] ? 1 : 0;
        }
        for (int i = 0; i < length; i++) {
            if (i + r < length && in[offset + (i + r) * stride]) {
                set++;
            }
            if (i - r - 1 >= 0 && in[offset + (i - r - 1) * stride]) {
                set--;
            }
            out[offset + i * stride] = set > 0;
        }
    }
}
