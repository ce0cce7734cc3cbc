package org.voicequal.ocr.engine;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * Tesseract through Tess4J's low-level {@link TessAPI}, symbol by symbol so that every line comes with its
 * box and per-character confidences. One initialised handle per thread, kept for the thread's life:
 * {@code Tesseract.doOCR} would reload the model on every call (2–3× slower), and a handle is not
 * thread-safe.
 *
 * <p>Tesseract's {@code chi_sim} puts a space between Hanzi; the lines here are built from symbols, with a
 * space kept only between two words of Latin letters or digits, so that Chinese text reads as printed.
 */
public final class TesseractEngine implements OcrEngine {

    private final TessAPI api;
    private final String tessdata;
    private final String language;
    private final String name;
    private final List<TessBaseAPI> handles = new CopyOnWriteArrayList<>();
    private final ThreadLocal<TessBaseAPI> handle;
    private final NativeGuard guard = new NativeGuard();

    public TesseractEngine(Path tessdata, String language) {
        // handles are made per thread, at its first image: a model that is not there must stop the start instead
        for (String model : language.split("\\+")) {
            if (!java.nio.file.Files.isRegularFile(tessdata.resolve(model + ".traineddata"))) {
                throw new IllegalArgumentException("Tesseract model " + model + ".traineddata is not in " + tessdata
                        + " (ocr.tessdata); install it there, or choose another language");
            }
        }
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
        handles.add(h);
        return h;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PageText read(BufferedImage page) {
        return guard.use(() -> new PageText(name, page.getWidth(), page.getHeight(),
                recognize(page, TessPageSegMode.PSM_AUTO)));
    }

    @Override
    public TextLine readLine(BufferedImage line) {
        return guard.use(() -> oneLine(line));
    }

    private TextLine oneLine(BufferedImage line) {
        List<TextLine> lines = recognize(line, TessPageSegMode.PSM_SINGLE_LINE);
        if (lines.isEmpty()) {
            // its line finding sometimes finds no line at all in a crop around large, sharp print (諸葛萍琪 at 36 px:
            // nothing as a single line, the whole name as a raw line); the raw-line mode does not look for one
            lines = recognize(line, TessPageSegMode.PSM_RAW_LINE);
        }
        if (lines.isEmpty()) {
            return new TextLine("", new Box(0, 0, line.getWidth(), line.getHeight()), 0);
        }
        if (lines.size() == 1) {
            return lines.get(0);
        }
        StringBuilder text = new StringBuilder();
        List<Float> confidences = new ArrayList<>();
        Box box = lines.get(0).box();
        for (TextLine l : lines) {
            text.append(l.text());
            for (float c : l.charConfidences()) {
                confidences.add(c);
            }
            box = box.union(l.box());
        }
        return line(text, confidences, box);
    }

    private List<TextLine> recognize(BufferedImage image, int pageSegMode) {
        BufferedImage gray = Images.gray(image);
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels);
        buffer.flip();
        TessBaseAPI h = handle.get();
        api.TessBaseAPISetPageSegMode(h, pageSegMode);
        api.TessBaseAPISetImage(h, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
        api.TessBaseAPISetSourceResolution(h, 300);
        try {
            if (api.TessBaseAPIRecognize(h, null) != 0) {
                return List.of();
            }
            return lines(h);
        } finally {
            api.TessBaseAPIClear(h);
        }
    }

    private List<TextLine> lines(TessBaseAPI h) {
        List<TextLine> lines = new ArrayList<>();
        TessResultIterator symbols = api.TessBaseAPIGetIterator(h);
        if (symbols == null) {
            return lines;
        }
        TessPageIterator position = api.TessResultIteratorGetPageIterator(symbols);
        IntBuffer left = IntBuffer.allocate(1), top = IntBuffer.allocate(1);
        IntBuffer right = IntBuffer.allocate(1), bottom = IntBuffer.allocate(1);
        StringBuilder text = new StringBuilder();
        List<Float> confidences = new ArrayList<>();
        Box box = null;
        try {
            do {
                if (api.TessPageIteratorIsAtBeginningOf(position, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                    if (box != null && !text.isEmpty()) {
                        lines.add(line(text, confidences, box));
                    }
                    text.setLength(0);
                    confidences.clear();
                    api.TessPageIteratorBoundingBox(position, TessPageIteratorLevel.RIL_TEXTLINE, left, top, right, bottom);
                    box = new Box(left.get(0), top.get(0), right.get(0) - left.get(0), bottom.get(0) - top.get(0));
                }
                String symbol = text(symbols, TessPageIteratorLevel.RIL_SYMBOL);
                if (symbol.isBlank()) {
                    continue;
                }
                boolean newWord = api.TessPageIteratorIsAtBeginningOf(position, TessPageIteratorLevel.RIL_WORD) != 0;
                if (newWord && !text.isEmpty() && isLatinOrDigit(text.charAt(text.length() - 1))
                        && isLatinOrDigit(symbol.charAt(0))) {
                    text.append(' ');
                    confidences.add(1f);
                }
                float confidence = api.TessResultIteratorConfidence(symbols, TessPageIteratorLevel.RIL_SYMBOL) / 100f;
                for (int i = 0; i < symbol.length(); i++) {
                    text.append(symbol.charAt(i));
                    confidences.add(Math.max(0f, Math.min(1f, confidence)));
                }
            } while (api.TessResultIteratorNext(symbols, TessPageIteratorLevel.RIL_SYMBOL) != 0);
            if (box != null && !text.isEmpty()) {
                lines.add(line(text, confidences, box));
            }
        } finally {
            api.TessResultIteratorDelete(symbols);
        }
        return lines;
    }

    private String text(TessResultIterator iterator, int level) {
        Pointer text = api.TessResultIteratorGetUTF8Text(iterator, level);
        if (text == null) {
            return "";
        }
        try {
            return text.getString(0, StandardCharsets.UTF_8.name()).strip();
        } finally {
            api.TessDeleteText(text);
        }
    }

    private static TextLine line(CharSequence text, List<Float> confidences, Box box) {
        float[] perChar = new float[confidences.size()];
        double sum = 0;
        for (int i = 0; i < perChar.length; i++) {
            perChar[i] = confidences.get(i);
            sum += perChar[i];
        }
        return new TextLine(text.toString(), box, perChar.length == 0 ? 0 : sum / perChar.length, perChar);
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    @Override
    public void close() {
        guard.close(() -> {
            handles.forEach(api::TessBaseAPIEnd);
            handles.forEach(api::TessBaseAPIDelete);
            handles.clear();
        });
    }
}
