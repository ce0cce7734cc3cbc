package org.voicequal.ocr.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Plain {@code tesseract}, the command a new user runs on an image file ({@code tesseract IMAGE stdout -l chi_sim}):
 * the comparison issue 5's benchmark names. Tooling, not part of the product, and only where the machine has it
 * ({@code apt-get install tesseract-ocr tesseract-ocr-chi-sim}); the benchmarks leave it out otherwise.
 *
 * <p>Timed as the user waits for it: process start, model load, decoding and reading. Debian's build parallelises
 * with OpenMP, which on a small shared machine spins more than it helps, so it is timed both as installed and with
 * {@code OMP_THREAD_LIMIT=1} (as the worker runs Tesseract).
 */
final class TesseractCli {

    /** How many OpenMP threads the command may use. */
    enum Threads {
        /** As installed: {@code OMP_THREAD_LIMIT} unset, OpenMP takes every core. */
        AS_INSTALLED("as installed"),
        /** {@code OMP_THREAD_LIMIT=1}. */
        ONE("OMP_THREAD_LIMIT=1");

        final String label;

        Threads(String label) {
            this.label = label;
        }
    }

    /** What the command printed, and how long the user waited for it. */
    record Read(String text, long millis) {
    }

    private final Path executable;
    private final String version;

    private TesseractCli(Path executable, String version) {
        this.executable = executable;
        this.version = version;
    }

    /** The {@code tesseract} on {@code PATH} that has {@code chi_sim}, if any. */
    static Optional<TesseractCli> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "tesseract");
            if (Files.isExecutable(candidate)) {
                try {
                    Process p = new ProcessBuilder(candidate.toString(), "--list-langs").redirectErrorStream(true)
                            .start();
                    String langs = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    Process v = new ProcessBuilder(candidate.toString(), "--version").redirectErrorStream(true)
                            .start();
                    String version = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                            .lines().findFirst().orElse("tesseract").strip();
                    if (p.waitFor() == 0 && v.waitFor() == 0 && langs.lines().anyMatch("chi_sim"::equals)) {
                        return Optional.of(new TesseractCli(candidate, version));
                    }
                } catch (IOException e) {
                    return Optional.empty();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** e.g. {@code tesseract 5.3.0}. */
    String version() {
        return version;
    }

    String name(Threads threads) {
        return "plain `" + version + "` chi_sim, " + threads.label;
    }

    Read read(Path image, Threads threads) {
        ProcessBuilder builder = new ProcessBuilder(List.of(executable.toString(), image.toString(), "stdout", "-l",
                "chi_sim")).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (threads == Threads.ONE) {
            builder.environment().put("OMP_THREAD_LIMIT", "1");
        } else {
            builder.environment().remove("OMP_THREAD_LIMIT");
        }
        long start = System.nanoTime();
        try {
            Process process = builder.start();
            String text;
            try (InputStream out = process.getInputStream()) {
                text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("tesseract took over five minutes on " + image);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("tesseract exited with " + process.exitValue() + " on " + image);
            }
            return new Read(text, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@link #read} on bytes that are not yet a file: written to a temporary file first, outside the timing. */
    Read read(byte[] image, Threads threads) {
        try {
            Path file = Files.createTempFile("tesseract-cli", ".img");
            try {
                Files.write(file, image);
                return read(file, threads);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a temporary image", e);
        }
    }
}
