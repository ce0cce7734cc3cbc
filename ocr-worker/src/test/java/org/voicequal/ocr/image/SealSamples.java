package org.voicequal.ocr.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Varied pages with a seal, and pages with red things that are not seals, generated from a seed. */
final class SealSamples {

    /** A generated page and, when it carries one, where its seal was drawn. */
    record Sample(String kind, BufferedImage image, double cx, double cy, double width) {
    }

    static final String[] FALSE_KINDS = {"red title", "red border", "solid red logo", "national emblem",
        "skin and red clothing", "pink background", "red text block", "colour photo"};

    private SealSamples() {
    }

    static Sample withSeal(Random random) {
        int layout = random.nextInt(4);
        int width = layout == 1 ? 1414 : layout == 2 ? 856 : 1000;
        int height = layout == 1 ? 1000 : layout == 2 ? 540 : 1414;
        BufferedImage page = TestImages.page(width, height, random);
        double share = layout == 2 ? 0.28 + 0.12 * random.nextDouble() // on a card copy
                : layout == 3 ? 0.08 + 0.06 * random.nextDouble() // a photo with the page far away
                : 0.15 + 0.1 * random.nextDouble();
        double seal = Math.min(width, height) * share * (layout == 1 ? 1.4 : 1);
        SealDrawings.Outline outline = random.nextInt(5) == 0 ? SealDrawings.Outline.OVAL
                : random.nextInt(6) == 0 ? SealDrawings.Outline.SQUARE : SealDrawings.Outline.CIRCLE;
        double cx = seal / 2 + 5 + random.nextDouble() * (width - seal - 10);
        double cy = seal / 2 + 5 + random.nextDouble() * (height - seal - 10);
        double rotation = outline == SealDrawings.Outline.CIRCLE ? random.nextDouble() * 2 * Math.PI
                : (random.nextDouble() - 0.5) * 0.6; // ovals and squares stamped up to ±17° crooked
        Graphics2D g = page.createGraphics();
        SealDrawings.seal(g, cx, cy, seal, outline, SealDrawings.ink(random), 0.55 + 0.45 * random.nextDouble(),
                rotation, random);
        g.dispose();
        return new Sample(outline.name().toLowerCase() + " seal", finish(page, random), cx, cy, seal);
    }

    static Sample withoutSeal(Random random, int kindIndex) {
        String kind = FALSE_KINDS[kindIndex % FALSE_KINDS.length];
        int width = random.nextBoolean() ? 1000 : 1414;
        int height = width == 1000 ? 1414 : 1000;
        BufferedImage page = TestImages.page(width, height, random);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color ink = SealDrawings.ink(random);
        double size = Math.min(width, height) * (0.12 + 0.15 * random.nextDouble());
        double x = random.nextDouble() * (width - size);
        double y = random.nextDouble() * (height - size);
        switch (kind) {
            case "red title" -> {
                g.setColor(ink);
                double step = size * 0.35;
                for (int i = 0; i < 4 + random.nextInt(6); i++) {
                    SealDrawings.character(g, width * 0.2 + i * step * 1.2, height * 0.06, step, random);
                }
            }
            case "red border" -> {
                g.setColor(ink);
                int t = 6 + random.nextInt(14);
                g.fillRect(10, 10, width - 20, t);
                g.fillRect(10, height - 10 - t, width - 20, t);
                g.fillRect(10, 10, t, height - 20);
                g.fillRect(width - 10 - t, 10, t, height - 20);
                g.fillRect(0, (int) y, width, 4 + random.nextInt(30)); // and a stripe across
            }
            case "solid red logo" -> {
                g.setColor(ink);
                if (random.nextBoolean()) {
                    g.fill(new Ellipse2D.Double(x, y, size, size));
                } else {
                    g.fillRoundRect((int) x, (int) y, (int) size, (int) size, (int) size / 5, (int) size / 5);
                }
                g.setColor(Color.WHITE);
                g.fill(SealDrawings.star(size * 0.25).createTransformedShape(
                        java.awt.geom.AffineTransform.getTranslateInstance(x + size / 2, y + size / 2)));
            }
            case "national emblem" -> emblem(g, x, y, size, random);
            case "skin and red clothing" -> skin(g, width, height, random);
            case "pink background" -> {
                BufferedImage pink = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D p = pink.createGraphics();
                p.setColor(new Color(250, 175 + random.nextInt(50), 180 + random.nextInt(50)));
                p.fillRect(0, 0, width, height);
                TestImages.textLines(p, width, height, Color.BLACK, random);
                p.dispose();
                g.drawImage(pink, 0, 0, null);
            }
            case "red text block" -> {
                g.setColor(ink);
                double step = size / 4;
                for (int row = 0; row < 4; row++) {
                    for (int col = 0; col < 4; col++) {
                        SealDrawings.character(g, x + col * step, y + row * step, step * 0.85, random);
                    }
                }
            }
            default -> photo(g, width, height, random);
        }
        g.dispose();
        return new Sample(kind, finish(page, random), 0, 0, 0);
    }

    /** The national emblem as on an ID card's back: a filled red disc, gold stars, gate and wheat ring. */
    static void emblem(Graphics2D g, double x, double y, double size, Random random) {
        g.setColor(new Color(210 + random.nextInt(30), 20 + random.nextInt(30), 30));
        g.fill(new Ellipse2D.Double(x, y, size, size));
        g.setColor(new Color(240, 200, 60));
        g.setStroke(new java.awt.BasicStroke((float) size * 0.06f));
        g.draw(new Ellipse2D.Double(x + size * 0.06, y + size * 0.06, size * 0.88, size * 0.88));
        g.fill(SealDrawings.star(size * 0.12).createTransformedShape(
                java.awt.geom.AffineTransform.getTranslateInstance(x + size / 2, y + size * 0.3)));
        g.fillRect((int) (x + size * 0.3), (int) (y + size * 0.5), (int) (size * 0.4), (int) (size * 0.15));
    }

    /** A hand and arm in skin tones and a sleeve of red clothing, as in a photo holding an ID card. */
    private static void skin(Graphics2D g, int width, int height, Random random) {
        Path2D hand = new Path2D.Double();
        hand.moveTo(width * 0.1, height);
        for (int i = 0; i < 12; i++) {
            hand.lineTo(width * (0.1 + 0.7 * random.nextDouble()), height * (0.35 + 0.6 * random.nextDouble()));
        }
        hand.closePath();
        g.setPaint(new GradientPaint(0, height * 0.4f, new Color(230, 185, 160), width, height,
                new Color(190, 135, 110)));
        g.fill(hand);
        g.setColor(new Color(160 + random.nextInt(60), 30 + random.nextInt(40), 40 + random.nextInt(30)));
        g.fillRect(0, (int) (height * 0.8), width, height / 5);
    }

    /** Sky, grass and a red car as soft gradients: a colour photograph, not a document. */
    private static void photo(Graphics2D g, int width, int height, Random random) {
        g.setPaint(new GradientPaint(0, 0, new Color(90, 150, 230), 0, height / 2f, new Color(200, 225, 250)));
        g.fillRect(0, 0, width, height / 2);
        g.setPaint(new GradientPaint(0, height / 2f, new Color(60, 160, 60), 0, height, new Color(30, 90, 30)));
        g.fillRect(0, height / 2, width, height / 2);
        g.setPaint(new GradientPaint(0, 0, new Color(220, 30, 30), width, 0, new Color(150, 10, 20)));
        g.fillRoundRect(width / 5 + random.nextInt(width / 5), height / 2, width / 2, height / 6, 60, 60);
    }

    /** Uneven light on every page, a lamp's warm tint on a third, and JPEG on half, as uploads come. */
    static BufferedImage finish(BufferedImage page, Random random) {
        double[] tint = random.nextInt(3) == 0
                ? new double[] {1.0, 0.93 + 0.05 * random.nextDouble(), 0.8 + 0.1 * random.nextDouble()}
                : new double[] {1, 1, 1};
        int w = page.getWidth();
        int h = page.getHeight();
        int[] pixels = page.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            double light = 0.85 + 0.15 * (i % w) / w; // uneven light across the sheet
            int r = (int) ((p >> 16 & 0xFF) * tint[0] * light);
            int gr = (int) ((p >> 8 & 0xFF) * tint[1] * light);
            int b = (int) ((p & 0xFF) * tint[2] * light);
            pixels[i] = r << 16 | gr << 8 | b;
        }
        page.setRGB(0, 0, w, h, pixels, 0, w);
        if (!random.nextBoolean()) {
            return page;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(TestImages.encode(page, "jpg")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
