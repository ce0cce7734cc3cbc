package org.voicequal.ocr.bench;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.voicequal.ocr.corpus.Label;
import org.voicequal.ocr.corpus.Labels;
import org.voicequal.ocr.engine.Images;

/**
 * Tooling, not a test: a copy of an application set with its images at the sizes portals upload, for timing
 * ({@link SubmissionTimes}). The committed sets draw A4 pages at 150 dpi and the hand-held photo at 1 600 × 1 200;
 * scanners deliver A4 at 300 dpi and phones 12-megapixel photos, still under the seed's 5 MB an image as PNG. Pages
 * are enlarged 2× and the photo to 4 000 × 3 000 (bicubic: the print's edges are softer than a real scan's, which
 * matters for reading, hardly for timing); ID-card sides, already drawn at 300 dpi, are copied as they are.
 *
 * <pre>ocr-worker/test-main org.voicequal.ocr.bench.UploadSizes samples/applications/clean-approved target/upload-sizes/clean-approved</pre>
 */
public final class UploadSizes {

    /** A4's longer side at 150 dpi is 1 754 px: such a page is enlarged to 300 dpi. */
    private static final int PAGE_AT_150_DPI = 1700;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: UploadSizes FROM_SET_DIR TO_DIR");
        }
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        for (String file : new String[] {"application.json", Labels.FILE}) {
            if (Files.exists(from.resolve(file))) {
                Files.createDirectories(to);
                Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (Label label : Labels.read(from)) {
            Path source = from.resolve(label.file());
            Path target = to.resolve(label.file());
            Files.createDirectories(target.getParent());
            BufferedImage image = ImageIO.read(source.toFile());
            double factor = label.type().endsWith("_IN_HAND") ? 4000.0 / Math.max(image.getWidth(), image.getHeight())
                    : Math.max(image.getWidth(), image.getHeight()) >= PAGE_AT_150_DPI ? 2 : 1;
            if (factor == 1) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                BufferedImage larger = enlarged(image, factor);
                ImageIO.write(larger, "png", target.toFile());
            }
            System.out.printf("%s %dx%d, %d KB%n", label.file(), factor == 1 ? image.getWidth()
                    : (int) Math.round(image.getWidth() * factor), factor == 1 ? image.getHeight()
                    : (int) Math.round(image.getHeight() * factor), Files.size(target) / 1024);
        }
    }

    private static BufferedImage enlarged(BufferedImage image, double factor) {
        return Images.scaled(image, (int) Math.round(image.getWidth() * factor),
                (int) Math.round(image.getHeight() * factor), RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }
}
