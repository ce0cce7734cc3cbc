package org.voicequal.ocr.corpus;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A page being drawn: printed text in the document's {@link Style}, wrapped paragraphs, handwriting-like
 * fills with per-character jitter, and red company seals. Text the chosen font cannot show throws
 * {@link MissingGlyphException} so that the generator draws the document again in another font rather than
 * writing boxes (tofu) into a labelled image.
 */
final class Canvas {

    /** The chosen font lacks a glyph of the text: render the document in another font. */
    static final class MissingGlyphException extends RuntimeException {
        MissingGlyphException(String font) {
            super("font " + font + " lacks a glyph");
        }
    }

    /** A4's longer side at 150 dpi, the resolution every layout is drawn in. */
    private static final int A4_AT_150_DPI = 1700;

    /**
     * The resolution A4 pages are drawn at, in dots per inch ({@code CorpusGenerator --page-dpi}): 150 by default;
     * 300 draws the same page (same layout, fonts and values: the layout's coordinates are scaled) at the
     * resolution scanners deliver. Set once, before anything is drawn.
     */
    static volatile int pageDpi = 150;

    final BufferedImage image;
    final Graphics2D g;
    final Style style;
    final RandomValues rv;
    /** Image pixels per layout unit: the layout is always in 150-dpi units. */
    private final double scale;
    private final int width;
    private final int height;

    Canvas(int width, int height, Color paper, Style style, RandomValues rv) {
        this.scale = Math.max(width, height) >= A4_AT_150_DPI ? pageDpi / 150.0 : 1;
        this.width = width;
        this.height = height;
        this.image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        this.g = image.createGraphics();
        this.style = style;
        this.rv = rv;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(scale, scale);
        g.setColor(paper);
        g.fillRect(0, 0, width, height);
    }

    /** The layout's width (150-dpi units for a page, whatever {@link #pageDpi} it is drawn at). */
    int width() {
        return width;
    }

    int height() {
        return height;
    }

    Font font(float size, boolean bold) {
        return new Font(style.font(), bold ? Font.BOLD : Font.PLAIN, Math.round(size));
    }

    /** Draws {@code text} with its baseline at {@code y}; returns the x just after it. */
    int text(String text, int x, int y, float size) {
        return text(text, x, y, size, false, style.ink());
    }

    int text(String text, int x, int y, float size, boolean bold, Color colour) {
        Font font = font(size, bold);
        if (font.canDisplayUpTo(text) >= 0) {
            throw new MissingGlyphException(style.font());
        }
        g.setFont(font);
        g.setColor(colour);
        g.drawString(text, x, y);
        return x + g.getFontMetrics().stringWidth(text);
    }

    int width(String text, float size, boolean bold) {
        return g.getFontMetrics(font(size, bold)).stringWidth(text);
    }

    /** Centred on the page horizontally. */
    void centred(String text, int y, float size, boolean bold, Color colour) {
        text(text, (width() - width(text, size, bold)) / 2, y, size, bold, colour);
    }

    /** Breaks {@code text} into lines no wider than {@code maxWidth}. */
    List<String> wrap(String text, float size, int maxWidth) {
        FontMetrics metrics = g.getFontMetrics(font(size, false));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            line.append(text.charAt(i));
            if (metrics.stringWidth(line.toString()) > maxWidth && line.length() > 1) {
                line.setLength(line.length() - 1);
                lines.add(line.toString());
                line.setLength(0);
                line.append(text.charAt(i));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Draws a wrapped paragraph from baseline {@code y}; returns the baseline after its last line. */
    int paragraph(String text, int x, int y, float size, int maxWidth, int lineHeight) {
        for (String line : wrap(text, size, maxWidth)) {
            text(line, x, y, size);
            y += lineHeight;
        }
        return y;
    }

    /**
     * Handwriting-like fill: a brush font (AR PL UKai where installed), each character slightly rotated,
     * resized and off the baseline, in blue-black ink. Returns the x just after the text.
     */
    int handwriting(String text, int x, int y, float size) {
        Color ink = rv.chance(0.5) ? new Color(20, 30, 90) : new Color(25, 25, 30);
        AffineTransform saved = g.getTransform();
        int cx = x;
        for (int i = 0; i < text.length(); i++) {
            String ch = String.valueOf(text.charAt(i));
            float s = size * (float) (0.9 + rv.random().nextDouble() * 0.25);
            Font font = new Font(style.handFont(), Font.PLAIN, Math.round(s));
            if (font.canDisplayUpTo(ch) >= 0) {
                font = font(s, false);
                if (font.canDisplayUpTo(ch) >= 0) {
                    throw new MissingGlyphException(style.font());
                }
            }
            g.setFont(font);
            g.setColor(ink);
            int dy = (int) Math.round(rv.random().nextGaussian() * size * 0.06);
            double angle = Math.toRadians(rv.random().nextGaussian() * 4);
            g.rotate(angle, cx, y + dy);
            g.drawString(ch, cx, y + dy);
            g.setTransform(saved);
            cx += g.getFontMetrics().stringWidth(ch) + (int) Math.round(rv.random().nextGaussian() * size * 0.05);
        }
        return cx;
    }

    /** A blank's underline under a fill, as letters print them. */
    void underline(int x1, int x2, int y) {
        g.setColor(style.ink());
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(x1, y + 6, x2, y + 6);
    }

    /**
     * A red company seal: a ring, a five-pointed star, the name along the upper arc, sometimes a line below
     * the star; semi-transparent (faded) so that it lies over text the way a stamp does.
     */
    void seal(int cx, int cy, int radius, String name, String below, float opacity) {
        Composite saved = g.getComposite();
        AffineTransform savedTransform = g.getTransform();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, opacity));
        Color red = new Color(205 + rv.between(0, 40), 20 + rv.between(0, 30), 25 + rv.between(0, 30));
        g.setColor(red);
        g.rotate(Math.toRadians(rv.random().nextGaussian() * 8), cx, cy);
        g.setStroke(new BasicStroke(Math.max(3, radius / 16f)));
        g.drawOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        star(cx, cy, radius * 0.3);
        // the name along the upper arc, from about 200° to -20° (clockwise through the top)
        float size = radius * 0.26f;
        Font font = sealFont(size);
        if (font.canDisplayUpTo(name) >= 0 || (below != null && font.canDisplayUpTo(below) >= 0)) {
            throw new MissingGlyphException(style.font());
        }
        g.setFont(font);
        int n = name.length();
        double span = Math.toRadians(Math.min(250, 40 + n * 22));
        double start = -Math.PI / 2 - span / 2;
        for (int i = 0; i < n; i++) {
            double a = start + span * (i + 0.5) / n;
            double r = radius * 0.74;
            double px = cx + r * Math.cos(a);
            double py = cy + r * Math.sin(a);
            AffineTransform t = g.getTransform();
            g.translate(px, py);
            g.rotate(a + Math.PI / 2);
            String ch = String.valueOf(name.charAt(i));
            g.drawString(ch, -g.getFontMetrics().stringWidth(ch) / 2f, size / 2.5f);
            g.setTransform(t);
        }
        if (below != null && !below.isEmpty()) {
            Font small = sealFont(radius * 0.2f);
            g.setFont(small);
            g.drawString(below, cx - g.getFontMetrics().stringWidth(below) / 2f, cy + radius * 0.6f);
        }
        g.setTransform(savedTransform);
        // fading: scratch out a few specks of the stamp
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
        for (int i = 0; i < radius / 3; i++) {
            g.setColor(new Color(image.getRGB((int) (Math.max(0, cx - radius - 4) * scale),
                    (int) (Math.max(0, cy - radius - 4) * scale))));
            int sx = cx + (int) (rv.random().nextGaussian() * radius * 0.6);
            int sy = cy + (int) (rv.random().nextGaussian() * radius * 0.6);
            g.fillOval(sx, sy, rv.between(2, 6), rv.between(2, 6));
        }
        g.setComposite(saved);
    }

    private Font sealFont(float size) {
        return new Font(style.font(), Font.BOLD, Math.round(size));
    }

    private void star(double cx, double cy, double r) {
        GeneralPath star = new GeneralPath();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.4;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + radius * Math.cos(a);
            double y = cy + radius * Math.sin(a);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.fill(star);
    }

    /** A canvas over an image already drawn (to stamp a seal on a rendered card): nothing is painted over it. */
    static Canvas over(BufferedImage image, Style style, RandomValues rv) {
        return new Canvas(image, style, rv);
    }

    private Canvas(BufferedImage image, Style style, RandomValues rv) {
        this.scale = 1;
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.image = image;
        this.g = image.createGraphics();
        this.style = style;
        this.rv = rv;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    BufferedImage finish() {
        g.dispose();
        return image;
    }
}
