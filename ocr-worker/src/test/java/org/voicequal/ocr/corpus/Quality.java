package org.voicequal.ocr.corpus;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * How an image reaches us: {@code clean} (the render itself, PNG), {@code scanned} (a flatbed scan: slight
 * rotation, blur, noise, sometimes a grey copy, JPEG 60–85) or {@code phone} (a phone photo: low
 * resolution, perspective, uneven light, colour cast, JPEG).
 */
enum Quality {
    CLEAN, SCANNED, PHONE;

    String label() {
        return name().toLowerCase();
    }

    /**
     * The degraded image and its file encoding.
     *
     * @param colour false for a grey copy
     */
    record Result(byte[] bytes, String extension, boolean colour, int width, int height) {
    }

    /** Degrades and encodes; {@code forcePng} keeps the PNG format (JPEG artefacts baked in) for sample sets. */
    Result apply(BufferedImage page, Random random, boolean forcePng) {
        return switch (this) {
            case CLEAN -> new Result(png(page), "png", true, page.getWidth(), page.getHeight());
            case SCANNED -> scanned(page, random, forcePng);
            case PHONE -> phone(page, random, forcePng);
        };
    }

    private static Result scanned(BufferedImage page, Random random, boolean forcePng) {
        double scale = 0.7 + random.nextDouble() * 0.15;
        BufferedImage img = transform(page, scale, Math.toRadians((random.nextDouble() * 4) - 2), Color.WHITE);
        img = blur(img, random.nextBoolean() ? 3 : 5);
        boolean grey = random.nextDouble() < 0.35;
        noise(img, random, grey ? 6 : 4, grey);
        return encode(img, 60 + random.nextInt(26), random, forcePng, !grey);
    }

    private static Result phone(BufferedImage page, Random random, boolean forcePng) {
        return phone(page, random, forcePng, 700 + random.nextInt(400), 3, 60 + random.nextInt(21));
    }

    /**
     * A phone photo worse than most: about 600 pixels across, a stronger blur and JPEG quality 45, so that the
     * small print of a licence (the credit code) is at the edge of legibility.
     */
    static Result poorPhone(BufferedImage page, Random random, boolean forcePng) {
        return phone(page, random, forcePng, 600, 5, 45);
    }

    private static Result phone(BufferedImage page, Random random, boolean forcePng, int targetWidth, int blur,
                                int jpegQuality) {
        double scale = Math.min(1, targetWidth / (double) Math.max(page.getWidth(), page.getHeight()) * 1.1);
        BufferedImage small = transform(page, scale, 0, Color.WHITE);
        BufferedImage warped = perspective(small, random);
        light(warped, random);
        warped = blur(warped, blur);
        noise(warped, random, 4, false);
        return encode(warped, jpegQuality, random, forcePng, true);
    }

    /**
     * A black-and-white copy scanned at full size: the render in grey (8-bit grey PNG), no seal in red since
     * none can survive a grey copy. No random draw, so it leaves a set's random sequence as it was.
     */
    static Result greyCopy(BufferedImage page) {
        BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return new Result(png(grey), "png", false, grey.getWidth(), grey.getHeight());
    }

    /** Scale and rotate about the centre, keeping the canvas size of the scaled page. */
    static BufferedImage transform(BufferedImage src, double scale, double angle, Color fill) {
        int w = (int) Math.round(src.getWidth() * scale), h = (int) Math.round(src.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(fill);
        g.fillRect(0, 0, w, h);
        AffineTransform t = new AffineTransform();
        t.rotate(angle, w / 2.0, h / 2.0);
        t.scale(scale, scale);
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }

    static BufferedImage blur(BufferedImage img, int size) {
        float[] k = new float[size * size];
        java.util.Arrays.fill(k, 1f / k.length);
        // a box blur of 3 is a mild scanner softness; weight the centre so that 5 is not a smear
        if (size == 5) {
            for (int i = 0; i < k.length; i++) {
                int x = i % 5 - 2, y = i / 5 - 2;
                k[i] = (float) Math.exp(-(x * x + y * y) / 2.0);
            }
            float sum = 0;
            for (float v : k) {
                sum += v;
            }
            for (int i = 0; i < k.length; i++) {
                k[i] /= sum;
            }
        }
        BufferedImage padded = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(img, padded);
        return padded;
    }

    /** Gaussian noise; {@code grey} also turns the image into a grey copy (all three channels equal). */
    static void noise(BufferedImage img, Random random, double sigma, boolean grey) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                if (grey) {
                    int l = (r * 299 + g * 587 + b * 114) / 1000;
                    r = g = b = l;
                }
                int n = (int) Math.round(random.nextGaussian() * sigma);
                r = clamp(r + n);
                g = clamp(g + n);
                b = clamp(b + n);
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
    }

    /** Uneven light (a bright spot fading to a darker corner) and a warm or cool colour cast. */
    static void light(BufferedImage img, Random random) {
        double lx = random.nextDouble() * img.getWidth(), ly = random.nextDouble() * img.getHeight();
        double diag = Math.hypot(img.getWidth(), img.getHeight());
        double depth = 0.25 + random.nextDouble() * 0.3;
        double cr = 1 + (random.nextDouble() - 0.5) * 0.16, cb = 1 + (random.nextDouble() - 0.5) * 0.16;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                double f = 1 - depth * Math.hypot(x - lx, y - ly) / diag;
                int rgb = img.getRGB(x, y);
                int r = clamp((int) (((rgb >> 16) & 255) * f * cr));
                int g = clamp((int) (((rgb >> 8) & 255) * f));
                int b = clamp((int) ((rgb & 255) * f * cb));
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
    }

    /**
     * The page photographed at an angle on a table: its corners moved inwards by up to 12 % at random, the
     * rest of the frame a table colour. Inverse mapping with a homography, bilinear sampling.
     */
    static BufferedImage perspective(BufferedImage src, Random random) {
        int w = src.getWidth(), h = src.getHeight();
        int margin = (int) (Math.min(w, h) * 0.06);
        int W = w + 2 * margin, H = h + 2 * margin;
        double j = 0.12;
        double[][] dst = {
                {margin + random.nextDouble() * j * w, margin + random.nextDouble() * j * h},
                {margin + w - random.nextDouble() * j * w, margin + random.nextDouble() * j * h},
                {margin + w - random.nextDouble() * j * w, margin + h - random.nextDouble() * j * h},
                {margin + random.nextDouble() * j * w, margin + h - random.nextDouble() * j * h}};
        double[][] srcPts = {{0, 0}, {w - 1, 0}, {w - 1, h - 1}, {0, h - 1}};
        double[] hm = homography(dst, srcPts); // maps output pixels back into the source
        int table = new Color(90 + random.nextInt(80), 70 + random.nextInt(60), 50 + random.nextInt(50)).getRGB();
        BufferedImage out = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double d = hm[6] * x + hm[7] * y + 1;
                double sx = (hm[0] * x + hm[1] * y + hm[2]) / d;
                double sy = (hm[3] * x + hm[4] * y + hm[5]) / d;
                out.setRGB(x, y, sx < 0 || sy < 0 || sx >= w - 1 || sy >= h - 1 ? table : bilinear(src, sx, sy));
            }
        }
        return out;
    }

    private static int bilinear(BufferedImage img, double x, double y) {
        int x0 = (int) x, y0 = (int) y;
        double fx = x - x0, fy = y - y0;
        int a = img.getRGB(x0, y0), b = img.getRGB(x0 + 1, y0), c = img.getRGB(x0, y0 + 1), d = img.getRGB(x0 + 1, y0 + 1);
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double v = ((a >> shift) & 255) * (1 - fx) * (1 - fy) + ((b >> shift) & 255) * fx * (1 - fy)
                    + ((c >> shift) & 255) * (1 - fx) * fy + ((d >> shift) & 255) * fx * fy;
            out |= clamp((int) Math.round(v)) << shift;
        }
        return out;
    }

    /** The 3 × 3 homography (h33 = 1) taking the four {@code from} points onto {@code to}. */
    static double[] homography(double[][] from, double[][] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0], y = from[i][1], u = to[i][0], v = to[i][1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int k = col; k < 9; k++) {
                        a[r][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] h = new double[8];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        return h;
    }

    private static Result encode(BufferedImage img, int jpegQuality, Random random, boolean forcePng,
                                 boolean colour) {
        byte[] jpeg = jpeg(img, jpegQuality / 100f);
        if (!forcePng) {
            return new Result(jpeg, "jpg", colour, img.getWidth(), img.getHeight());
        }
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
            return new Result(png(decoded), "png", colour, img.getWidth(), img.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same pixels re-encoded at the strongest deflate level (some 13 % smaller than {@link #png}'s default). */
    static byte[] compactPng(byte[] png) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0f);
                writer.write(null, new IIOImage(img, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(BufferedImage img, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(img, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
