package org.voicequal.ocr.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.voicequal.ocr.engine.Images;

/**
 * Decodes an uploaded image without letting the image decide how much memory or time it costs: the pixel count is
 * read from the header and checked before any pixel is decoded, large images are decoded subsampled, and every
 * fault of the file becomes an {@link UnreadableImageException} with a reason in plain English (never any of the
 * image's content). Stateless, so one instance serves all threads; each call uses its own reader.
 */
public final class ImageIntake {

    /** Phone photos reach ~50 MP; 100 MP leaves room for them and stops decompression bombs (40 000² = 1 600 MP). */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;
    /** The long side of A4 at 300 dpi, the resolution OCR needs for the small print of a business licence. */
    public static final int DEFAULT_WORKING_SIDE = 3508;
    /** Below this on either side no document text can be read. */
    public static final int MIN_SIDE = 100;

    private final long maxPixels;
    private final int workingSide;

    public ImageIntake() {
        this(DEFAULT_MAX_PIXELS, DEFAULT_WORKING_SIDE);
    }

    public ImageIntake(long maxPixels, int workingSide) {
        this.maxPixels = maxPixels;
        this.workingSide = workingSide;
    }

    /** Just the upright RGB pixels of {@link #read}. */
    public BufferedImage decode(byte[] bytes) {
        return read(bytes).image();
    }

    public DecodedImage read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableImageException("empty file");
        }
        ImageFormat format = ImageFormat.sniff(bytes);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableImageException("corrupt " + format.label() + " header");
            }
            ImageReader reader = readers.next();
            try {
                // not seek-forward-only: a GIF's second frame is looked for before the first is decoded
                reader.setInput(in, false, true);
                return read(bytes, format, reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImageException unreadable) {
                throw unreadable;
            }
            // the decoders' messages are technical; the reason says what happened in the customer's terms
            throw new UnreadableImageException(endsEarly(e) ? "truncated " + format.label()
                    : "corrupt " + format.label() + " image");
        }
    }

    private DecodedImage read(byte[] bytes, ImageFormat format, ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if ((long) width * height > maxPixels) {
            throw new UnreadableImageException(String.format(Locale.ROOT, "%d × %d pixels exceeds the %d-megapixel"
                    + " limit", width, height, maxPixels / 1_000_000));
        }
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new UnreadableImageException(width + " × " + height + " pixels is too small to read");
        }
        Truncation.check(format, bytes);
        if (format == ImageFormat.GIF && hasSecondFrame(reader)) {
            // which frame shows the document cannot be known, and a scanner or phone never makes an animation:
            // decoding frame one could pass a placeholder as a document, so the customer is asked for a photo
            throw new UnreadableImageException("animated GIF");
        }
        // subsample by a whole factor that keeps the decoded long side at least the working size, so the
        // smooth downscale after it has real pixels to average; the decoded image stays under 4× the working area
        // (49 MP at most, ~150 MB for a JPEG's three bytes a pixel) whatever the file claims up to the limit
        int subsampling = Math.max(1, Math.max(width, height) / workingSide);
        ImageReadParam param = reader.getDefaultReadParam();
        if (subsampling > 1) {
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        JpegHeaders jpeg = format == ImageFormat.JPEG ? JpegHeaders.parse(bytes) : new JpegHeaders(0, -1, 1);
        BufferedImage decoded = jpeg.components() == 4
                ? CmykColours.toRgb(reader.readRaster(0, param), jpeg.adobeTransform())
                : reader.read(0, param);
        if (warnings.stream().anyMatch(Truncation::isEarlyEnd)) {
            // the JPEG decoder fills the missing part with grey and only warns
            throw new UnreadableImageException("truncated " + format.label());
        }
        BufferedImage upright = Images.upright(PixelGeometry.fit(decoded, workingSide), jpeg.orientation());
        if (Blankness.isBlank(upright)) {
            throw new UnreadableImageException("blank image: no document");
        }
        double scale = Math.max(upright.getWidth(), upright.getHeight()) / (double) Math.max(width, height);
        return new DecodedImage(upright, format, width, height, scale, jpeg.orientation());
    }

    private static boolean hasSecondFrame(ImageReader reader) throws IOException {
        try {
            reader.getWidth(1); // reads only up to the second frame's header
            return true;
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
    }

    private static boolean endsEarly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException || t.getMessage() != null && Truncation.isEarlyEnd(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
