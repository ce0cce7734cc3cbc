package org.voicequal.localinfra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;

/**
 * A real schema registry: Apicurio Registry, started as a child process from the distribution that Maven
 * fetched from Central, serving the Confluent-compatible API under {@code /apis/ccompat/v7}.
 *
 * <p>The child dies with this JVM: on a clean stop through a shutdown hook, and on a hard kill (kill -9, the
 * OOM killer) through {@link ExitWithParent}, which it is started under. With persistent storage its pid is
 * also recorded beside the storage, under a lock this JVM holds, so that the next start on the same storage
 * finds and stops a registry that nevertheless survived its launcher, instead of failing on its files.
 */
public final class ApicurioRegistry implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    /**
     * The first argument of every registry this class starts, to know it again by. First, because the JDK
     * reports only a command line's first 4096 characters, and a long path could push a later one out.
     */
    private static final String COMMAND_MARK = "-Dvoicequal.local-infra=apicurio-registry";

    private final Process process;
    private final int port;
    /** The lock on {@code <storage>.lock}, held while this registry runs; null for in-memory storage. */
    private final FileChannel ownership;
    private final Path pidFile;

    private ApicurioRegistry(Process process, int port, FileChannel ownership, Path pidFile) {
        this.process = process;
        this.port = port;
        this.ownership = ownership;
        this.pidFile = pidFile;
    }

    /**
     * @param storage an H2 file to keep schemas across restarts (as the local default does), or null to keep
     *                them in memory (as tests do).
     * @param log     where the registry's own output goes.
     */
    public static ApicurioRegistry start(Path storage, Path log) {
        return start(storage, log, FreePort.pick());
    }

    /**
     * On a given port: with the storage of a registry stopped before, the same registry again (its schemas
     * and their ids) at the address its clients were configured with.
     */
    public static ApicurioRegistry start(Path storage, Path log, int port) {
        Path jar = runnerJar();
        FileChannel ownership = null;
        Path pidFile = null;
        try {
            Path logDir = log.toAbsolutePath().getParent();
            Files.createDirectories(logDir);
            List<String> command = new ArrayList<>(List.of(javaExecutable(), COMMAND_MARK, "-Xmx384m",
                    "-XX:+UseSerialGC", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
            if (storage != null) {
                Path base = storage.toAbsolutePath();
                Files.createDirectories(base.getParent());
                ownership = claim(base.resolveSibling(base.getFileName() + ".lock"));
                pidFile = base.resolveSibling(base.getFileName() + ".pid");
                stopOrphan(pidFile);
                command.add("-Dapicurio.datasource.url=jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE");
            }
            // the runner jar's manifest Class-Path (lib/...) still applies when the jar is on -cp
            command.addAll(List.of("-cp", ExitWithParent.classpathEntry(logDir.resolve("exit-with-parent"))
                    + File.pathSeparator + jar, ExitWithParent.class.getName(), mainClass(jar)));
            // standard input stays the default pipe, held open by this JVM and never written: ExitWithParent's EOF.
            // The log is appended to, so that what a registry said before a crash is still there after the restart.
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            ApicurioRegistry registry = new ApicurioRegistry(process, port, ownership, pidFile);
            Runtime.getRuntime().addShutdownHook(new Thread(registry::close, "apicurio-stop"));
            try {
                if (pidFile != null) {
                    record(process.toHandle(), pidFile);
                }
                registry.awaitReady(log);
            } catch (IOException | RuntimeException e) {
                registry.close(); // the child is running: stop it rather than leave it to the launcher's exit
                throw e;
            }
            return registry;
        } catch (IOException e) {
            release(ownership);
            throw new UncheckedIOException("cannot start Apicurio Registry", e);
        } catch (RuntimeException e) {
            release(ownership);
            throw e;
        }
    }

    private static FileChannel claim(Path lockFile) {
        FileChannel ownership = LeftoverProcess.claim(lockFile);
        if (ownership == null) {
            throw new IllegalStateException("the registry storage beside " + lockFile
                    + " is in use by another running local pipeline");
        }
        return ownership;
    }

    /**
     * Stops the registry {@code pidFile} names if it still runs. Called only while holding the storage's lock,
     * so its launcher is gone; the start instant and command tell whether the pid still is that registry.
     */
    private static void stopOrphan(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        Instant started;
        try {
            pid = Long.parseLong(lines.get(0).strip());
            started = Instant.parse(lines.get(1).strip());
        } catch (RuntimeException unreadable) {
            // a pid file cut short by the crash: nothing can be identified by it, and so nothing is stopped
            Files.delete(pidFile);
            return;
        }
        // the same clock-tick value read twice from the OS: a second is generous
        LeftoverProcess.find(pid, started, Duration.ofSeconds(1),
                        LeftoverProcess.executable("java").and(LeftoverProcess.commandLineContains(COMMAND_MARK)))
                .ifPresent(orphan -> LeftoverProcess.stop(orphan, "Apicurio Registry", pidFile.getParent()));
        Files.delete(pidFile);
    }

    private static void record(ProcessHandle child, Path pidFile) throws IOException {
        // without a start instant the pid could not be told from a reused one later, so none is recorded
        Optional<Instant> started = child.info().startInstant();
        if (started.isPresent()) {
            Files.writeString(pidFile, child.pid() + "\n" + started.get() + "\n");
        }
    }

    private static String mainClass(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Main-Class");
        }
    }

    private static void release(FileChannel ownership) {
        if (ownership != null) {
            try {
                ownership.close();
            } catch (IOException e) {
                // the OS drops the lock when this JVM ends anyway
            }
        }
    }

    /** The Confluent-compatible base URL that workers are configured with. */
    public String confluentCompatibleUrl() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    private void awaitReady(Path log) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Apicurio Registry", e);
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException("Apicurio Registry not ready after " + READY_TIMEOUT + "; see " + log);
    }

    static Path runnerJar() {
        Properties props = new Properties();
        try (InputStream in = ApicurioRegistry.class.getResourceAsStream("/local-infra.properties")) {
            props.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("local-infra.properties is missing from the classpath", e);
        }
        String home = System.getProperty("apicurio.home", props.getProperty("apicurio.home"));
        Path jar = Path.of(home, "apicurio-registry-app-" + props.getProperty("apicurio.version") + "-runner.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Apicurio Registry is not unpacked at " + home
                    + ": build local-infra first (./mvnw -pl local-infra package) or set -Dapicurio.home");
        }
        return jar;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        if (pidFile != null && !process.isAlive()) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                // a stale pid file is harmless: the next start finds no such process and removes it
            }
        }
        release(ownership);
    }
}
