package org.voicequal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voicequal.localinfra.FreePort;
import org.voicequal.localinfra.LocalPostgres;

/**
 * The local default after a hard crash: the launcher, run as ./run-local runs it (its own JVM, main class
 * {@link LocalPipeline}), is killed with SIGKILL, so no shutdown hook runs. Its registry child must end by
 * itself; its PostgreSQL, which runs detached, is left running, and the next start on the same data directory
 * must stop it and come up on its own.
 */
class CrashRecoveryIT {

    /** Cold start measured at 30–60 s on two cores; twice that before calling it a failure. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final List<Process> launchers = new ArrayList<>();
    private Path data;

    @AfterEach
    void leaveNothingRunning() throws Exception {
        for (Process launcher : launchers) {
            launcher.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        if (data != null) {
            // whatever the test left, as the next start would; then the data directory (~100 MB) goes
            LocalPostgres.stopOrphan(data.resolve("postgres"));
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void afterKillMinusNineTheNextStartStopsWhatTheKilledLauncherLeftAndComesUp() throws Exception {
        data = Files.createTempDirectory("crash-recovery-it");

        // Given a running launcher
        int firstPort = FreePort.pick();
        Process first = launch(firstPort, "first.log");
        awaitReady(first, "first.log");
        long registry = pidIn(data.resolve("registry/registry.pid"));
        long postmaster = pidIn(data.resolve("postgres/postmaster.pid"));
        assertThat(ProcessHandle.of(registry)).as("the registry child runs").isPresent();

        // When it is killed hard
        first.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

        // Then its registry child notices and ends by itself; its PostgreSQL, detached, is left behind
        await().atMost(Duration.ofSeconds(30)).until(() -> !alive(registry));
        assertThat(alive(postmaster)).as("the orphaned postmaster, still on the data directory").isTrue();

        // When the launcher starts again on the same data directory
        int secondPort = FreePort.pick();
        Process second = launch(secondPort, "second.log");
        awaitReady(second, "second.log");

        // Then it stopped the orphan, said so in one line, and serves
        assertThat(alive(postmaster)).as("the orphaned postmaster").isFalse();
        assertThat(log("second.log")).contains("Stopped an orphaned PostgreSQL (pid " + postmaster + ")");
        HttpResponse<String> unauthenticated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + secondPort + "/v1/qualifications")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unauthenticated.statusCode()).as("the ingest API answers (no key: 401)").isEqualTo(401);

        // And a clean stop leaves nothing running either
        long secondRegistry = pidIn(data.resolve("registry/registry.pid"));
        long secondPostmaster = pidIn(data.resolve("postgres/postmaster.pid"));
        second.destroy(); // SIGTERM: the shutdown hooks run, as on Ctrl-C
        assertThat(second.waitFor(90, TimeUnit.SECONDS)).as("the launcher stops on SIGTERM").isTrue();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !alive(secondRegistry) && !alive(secondPostmaster));
    }

    /** The launcher as run-local starts it, only from this test's classpath instead of the executable jar. */
    private Process launch(int port, String logName) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocalPipeline.class.getName(),
                "--port", String.valueOf(port), "--data-dir", data.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve(logName).toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1"); // as run-local sets it
        Process launcher = builder.start();
        launchers.add(launcher);
        return launcher;
    }

    private void awaitReady(Process launcher, String logName) throws IOException {
        try {
            // a launcher that exited will not become ready: fail at once
            await().atMost(READY_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                    .failFast("the launcher exited", () -> !launcher.isAlive())
                    .until(() -> log(logName).contains("Qualification pipeline ready"));
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new AssertionError(e.getMessage() + "; the launcher's output:\n" + log(logName), e);
        }
    }

    private String log(String name) throws IOException {
        return Files.readString(data.resolve(name));
    }

    private static long pidIn(Path file) throws IOException {
        return Long.parseLong(Files.readAllLines(file).get(0).strip());
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
