package org.voicequal.ocr.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.image.Seal;

/** The crop the second engine reads, and the seal's red lifted off the print under it. */
class FieldCropTest {

    private static final int DARK = 0x101010;

    /** A page with a 'value' of three 30 px glyphs at x 100–200 and a 4 px stroke of the label's last glyph at 88. */
    private static BufferedImage page() {
        BufferedImage page = new BufferedImage(400, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 100);
        g.setColor(new Color(DARK));
        for (int x = 100; x < 200; x += 35) {
            g.fillRect(x, 35, 30, 30);
        }
        g.fillRect(86, 40, 4, 20);
        g.dispose();
        return page;
    }

    @Test
    void aNeighboursStrokeClippedAtTheCropsEdgeIsBlankedTheValueIsKept() {
        BufferedImage crop = FieldCrop.of(page(), new Box(104, 35, 100, 30));

        // the crop starts 15 px left of the box, at 89: the stroke's last column is blank, every glyph's ink kept
        assertThat(crop.getRGB(0, 15) & 0xffffff).isEqualTo(0xffffff);
        assertThat(crop.getRGB(11, 15) & 0xffffff).isEqualTo(DARK);
        assertThat(crop.getRGB(crop.getWidth() - 20, 15) & 0xffffff).isEqualTo(DARK);
    }

    @Test
    void aGlyphTouchingTheEdgeIsNotBlankedWhenItIsWiderThanHalfACharacter() {
        BufferedImage crop = FieldCrop.of(page(), new Box(120, 35, 70, 30));

        // the crop starts at 105, inside the first glyph: 25 px of it stand at the edge, more than half a character
        assertThat(crop.getRGB(2, 15) & 0xffffff).isEqualTo(DARK);
    }

    @Test
    void aSealsRedIsLiftedAndTheBlackPrintUnderItKept() {
        BufferedImage page = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        g.setColor(new Color(220, 40, 40));
        g.fillRect(50, 50, 100, 100);
        g.setColor(new Color(30, 10, 10));
        g.fillRect(60, 90, 40, 20);
        g.setColor(new Color(220, 40, 40));
        g.fillRect(0, 0, 10, 10);
        g.dispose();

        BufferedImage lifted = SealInk.lifted(page, List.of(new Seal(new Box(50, 50, 100, 100), 0.9)));

        assertThat(lifted.getRGB(55, 55) & 0xffffff).isEqualTo(0xdcdcdc);
        assertThat(lifted.getRGB(70, 100) & 0xffffff).isEqualTo(0x1e1e1e);
        assertThat(lifted.getRGB(5, 5) & 0xffffff).isEqualTo(new Color(220, 40, 40).getRGB() & 0xffffff);
        assertThat(page.getRGB(55, 55) & 0xffffff).isEqualTo(new Color(220, 40, 40).getRGB() & 0xffffff);
    }
}
