package org.voicequal.ocr;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Pages as a scanner feeds them sideways or upside down: turned with Java2D (exact for quarter turns, and
 * independent of the code under test) and PNG-encoded, as an upload would arrive.
 */
public final class TurnedPages {

    private TurnedPages() {
    }

    /** The image turned {@code quarters} quarter turns clockwise, as a PNG. */
    public static byte[] turnedPng(byte[] image, int quarters) throws IOException {
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(image));
        boolean sideways = quarters % 2 == 1;
        int width = sideways ? page.getHeight() : page.getWidth();
        int height = sideways ? page.getWidth() : page.getHeight();
        BufferedImage turned = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        AffineTransform transform = new AffineTransform();
        transform.translate(width / 2.0, height / 2.0);
        transform.quadrantRotate(quarters);
        transform.translate(-page.getWidth() / 2.0, -page.getHeight() / 2.0);
        g.drawImage(page, transform, null);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(turned, "png", png);
        return png.toByteArray();
    }
}
