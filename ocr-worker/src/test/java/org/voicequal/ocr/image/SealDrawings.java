package org.voicequal.ocr.image;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.Random;

/** Draws seals and seal look-alikes with Java2D shapes only (no fonts), for the detector's tests. */
final class SealDrawings {

    enum Outline { CIRCLE, OVAL, SQUARE }

    private SealDrawings() {
    }

    /** A seal ink: red, sometimes a little orange or pink, at times faded. */
    static Color ink(Random random) {
        int r = 190 + random.nextInt(50);
        int g = 10 + random.nextInt(50);
        int b = Math.max(0, g - 15 + random.nextInt(55));
        return new Color(r, g, b);
    }

    /**
     * A seal centred at (cx, cy), {@code width} across: a thin outline with uneven ink (gaps), a star, a name
     * curved inside the ring and a short line below the star; semi-transparent over what is underneath.
     */
    static void seal(Graphics2D g, double cx, double cy, double width, Outline outline, Color ink, double alpha,
                     double rotation, Random random) {
        Graphics2D s = (Graphics2D) g.create();
        s.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        s.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) alpha));
        s.setColor(ink);
        s.translate(cx, cy);
        s.rotate(rotation);
        double rx = width / 2;
        double ry = outline == Outline.OVAL ? rx * (0.62 + 0.1 * random.nextDouble()) : rx;
        float ring = (float) Math.max(2, rx * (0.045 + 0.03 * random.nextDouble()));
        s.setStroke(new BasicStroke(ring, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        int segments = 120;
        for (int i = 0; i < segments; i++) {
            if (random.nextDouble() < 0.06) {
                continue; // a spot the stamp did not ink
            }
            double a0 = 2 * Math.PI * i / segments;
            double a1 = 2 * Math.PI * (i + 1.05) / segments;
            double[] p0 = point(outline, rx - ring / 2, ry - ring / 2, a0);
            double[] p1 = point(outline, rx - ring / 2, ry - ring / 2, a1);
            s.draw(new java.awt.geom.Line2D.Double(p0[0], p0[1], p1[0], p1[1]));
        }
        if (outline == Outline.SQUARE) {
            // four characters in two columns, as square seals carry them
            for (int i = 0; i < 4; i++) {
                character(s, (i % 2 - 0.5) * rx * 0.9, (i / 2 - 0.5) * rx * 0.9, rx * 0.6, random);
            }
        } else {
            s.fill(star(Math.min(rx, ry) * 0.28));
            int characters = 9 + random.nextInt(6);
            for (int i = 0; i < characters; i++) {
                double a = Math.PI * (0.85 + 1.3 * (i + 0.5) / characters); // along the top, left to right
                AffineTransform saved = s.getTransform();
                s.translate(Math.cos(a) * rx * 0.72, Math.sin(a) * ry * 0.72);
                s.rotate(a + Math.PI / 2);
                character(s, 0, 0, Math.min(rx, ry) * 0.2, random);
                s.setTransform(saved);
            }
            for (int i = 0; i < 4; i++) {
                character(s, (i - 1.5) * rx * 0.16, ry * 0.5, rx * 0.13, random);
            }
        }
        s.dispose();
    }

    private static double[] point(Outline outline, double rx, double ry, double angle) {
        double c = Math.cos(angle);
        double sn = Math.sin(angle);
        if (outline == Outline.SQUARE) {
            double m = Math.max(Math.abs(c), Math.abs(sn));
            return new double[] {rx * c / m, ry * sn / m};
        }
        return new double[] {rx * c, ry * sn};
    }

    /** A "character": a few thin strokes in a square of the given size, centred at (x, y). */
    static void character(Graphics2D g, double x, double y, double size, Random random) {
        double stroke = Math.max(1.2, size * 0.1);
        for (int i = 0; i < 4; i++) {
            double offset = (random.nextDouble() - 0.5) * size * 0.8;
            if (random.nextBoolean()) {
                g.fill(new java.awt.geom.Rectangle2D.Double(x - size / 2, y + offset, size, stroke));
            } else {
                g.fill(new java.awt.geom.Rectangle2D.Double(x + offset, y - size / 2, stroke, size));
            }
        }
    }

    static Path2D star(double radius) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.38;
            double a = -Math.PI / 2 + Math.PI * i / 5;
            if (i == 0) {
                star.moveTo(r * Math.cos(a), r * Math.sin(a));
            } else {
                star.lineTo(r * Math.cos(a), r * Math.sin(a));
            }
        }
        star.closePath();
        return star;
    }
}
