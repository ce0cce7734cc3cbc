package org.voicequal.ocr.engine;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;

/**
 * Tesseract through Tess4J's low-level {@link TessAPI}. One initialised handle per thread, kept for the
 * thread's life: {@code Tesseract.doOCR} would reload the model on every call (2–3× slower), and a handle
 * is not thread-safe.
 */
public final class TesseractEngine implements OcrEngine {

    private final TessAPI api;
    private final String tessdata;
    private final String language;
    private final String name;
    private final List<TessBaseAPI> handles = new CopyOnWriteArrayList<>();
    private final ThreadLocal<TessBaseAPI> handle;

    public TesseractEngine(Path tessdata, String language) {
        this.api = TessAPI.INSTANCE;
        this.tessdata = tessdata.toString();
        this.language = language;
        this.name = "tesseract-" + api.TessVersion() + "/" + language;
        this.handle = ThreadLocal.withInitial(this::newHandle);
    }

    private TessBaseAPI newHandle() {
        TessBaseAPI h = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(h, tessdata, language) != 0) {
            api.TessBaseAPIDelete(h);
            throw new IllegalStateException("Tesseract cannot load model " + language + " from " + tessdata);
        }
        api.TessBaseAPISetPageSegMode(h, TessPageSegMode.PSM_AUTO);
        handles.add(h);
        return h;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String read(byte[] image) {
        BufferedImage gray = toGray(decode(image));
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels);
        buffer.flip();
        TessBaseAPI h = handle.get();
        api.TessBaseAPISetImage(h, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
        api.TessBaseAPISetSourceResolution(h, 300);
        Pointer text = api.TessBaseAPIGetUTF8Text(h);
        try {
            return text == null ? "" : text.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            if (text != null) {
                api.TessDeleteText(text);
            }
            api.TessBaseAPIClear(h);
        }
    }

    private static BufferedImage decode(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new UnreadableImageException("not an image format the JDK decodes");
            }
            return decoded;
        } catch (IOException e) {
            throw new UnreadableImageException("corrupt image: " + e.getMessage());
        }
    }

    private static BufferedImage toGray(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return source;
        }
        BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = gray.createGraphics();
        g.drawImage(source, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return gray;
    }

    @Override
    public void close() {
        handles.forEach(api::TessBaseAPIEnd);
        handles.forEach(api::TessBaseAPIDelete);
        handles.clear();
    }

    /** The image itself is at fault: recognising it again will not help. */
    public static class UnreadableImageException extends RuntimeException {
        public UnreadableImageException(String message) {
            super(message);
        }
    }
}
