package org.voicequal.ocr.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Makes Tesseract available with nothing installed: copies libtesseract and libleptonica out of the
 * bytedeco jars (Maven Central) and the bundled model out of this jar into a private directory, and points
 * JNA at it. The file must be named exactly {@code libtesseract.so}: under any other name JNA silently falls
 * back to a system copy where one exists.
 */
public final class BundledTesseract {

    private static Path nativeDir;

    private BundledTesseract() {
    }

    /** Must run before Tess4J's {@code TessAPI} is first touched. Idempotent. */
    public static synchronized Path installNatives() {
        if (nativeDir != null) {
            return nativeDir;
        }
        try {
            Path dir = Files.createTempDirectory("tesseract-natives");
            copy("/org/bytedeco/tesseract/linux-x86_64/libtesseract.so.5.5", dir.resolve("libtesseract.so"));
            copy("/org/bytedeco/leptonica/linux-x86_64/libleptonica.so.6", dir.resolve("libleptonica.so.6"));
            copy("/org/bytedeco/leptonica/linux-x86_64/libgomp.so.1", dir.resolve("libgomp.so.1"));
            String existing = System.getProperty("jna.library.path");
            System.setProperty("jna.library.path", existing == null || existing.isBlank()
                    ? dir.toString() : dir + java.io.File.pathSeparator + existing);
            nativeDir = dir;
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled Tesseract libraries", e);
        }
    }

    /** The bundled model directory (holding {@code chi_sim.traineddata} and {@code chi_tra.traineddata}). */
    public static synchronized Path installModels() {
        try {
            Path dir = Files.createTempDirectory("tessdata");
            copy("/tessdata/chi_sim.traineddata", dir.resolve("chi_sim.traineddata"));
            copy("/tessdata/chi_tra.traineddata", dir.resolve("chi_tra.traineddata"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled Tesseract model", e);
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = BundledTesseract.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath (linux-x86_64 only)");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().deleteOnExit();
    }
}
