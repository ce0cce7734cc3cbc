package org.voicequal.ocr.reading;

import java.awt.image.BufferedImage;
import java.util.List;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.image.Seal;

/**
 * Lifts a red seal's ink off the black print under it, the way a reader looks through it: inside each seal's box
 * (with a margin) a pixel becomes the grey of its red channel, in which red ink is as light as the paper and
 * black print stays black. A letter's 落款 (the company's name, the date) lies under the seal: read through the
 * red, PP-OCR lost it whole (上海天成通信技术股份有限公司 not read at all, 日期：2026年11月 without its day);
 * lifted, both engines read it. Outside the seals the image is untouched. {@link DocumentReader} reads a letter's
 * page lifted only for the fields the page as it is left unread or guessed.
 */
final class SealInk {

    private SealInk() {
    }

    static BufferedImage lifted(BufferedImage image, List<Seal> seals) {
        if (seals.isEmpty()) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.createGraphics().drawImage(image, 0, 0, null);
        for (Seal seal : seals) {
            Box region = region(seal.box(), image.getWidth(), image.getHeight());
            for (int y = region.y(); y < region.bottom(); y++) {
                for (int x = region.x(); x < region.right(); x++) {
                    int red = (out.getRGB(x, y) >> 16) & 0xff;
                    out.setRGB(x, y, (red << 16) | (red << 8) | red);
                }
            }
        }
        return out;
    }

    /** Where a seal's ink is lifted: its box with a margin of a tenth of its size, inside the page. */
    static Box region(Box seal, int width, int height) {
        int margin = Math.max(seal.width(), seal.height()) / 10;
        int left = Math.max(0, seal.x() - margin);
        int top = Math.max(0, seal.y() - margin);
        int right = Math.min(width, seal.right() + margin);
        int bottom = Math.min(height, seal.bottom() + margin);
        return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }
}
