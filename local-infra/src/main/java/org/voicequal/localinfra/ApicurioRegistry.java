package org.voicequal.localinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A real schema registry: Apicurio Registry, started as a child process from the distribution that Maven
 * fetched from Central, serving the Confluent-compatible API under {@code /apis/ccompat/v7}. The child dies
 * with this JVM (a shutdown hook), so an interrupted local run leaves nothing behind.
 */
public final class ApicurioRegistry implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;

    private ApicurioRegistry(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param storage an H2 file to keep schemas across restarts (as the local default does), or null to keep
     *                them in memory (as tests do).
     * @param log     where the registry's own output goes.
     */
    public static ApicurioRegistry start(Path storage, Path log) {
        int port = FreePort.pick();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
        if (storage != null) {
            command.add("-Dapicurio.datasource.url=jdbc:h2:file:" + storage.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        command.addAll(List.of("-jar", runnerJar().toString()));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            ApicurioRegistry registry = new ApicurioRegistry(process, port);
            Runtime.getRuntime().addShutdownHook(new Thread(registry::close, "apicurio-stop"));
            registry.awaitReady(log);
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Apicurio Registry", e);
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
    public void close() {
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
    }
}
