package org.voicequal.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops a server process that a launcher killed hard (kill -9, OOM killer) left running on its data
 * directory, so that the next start does not fail on it. Two checks keep it from ever stopping a process that
 * is not such an orphan: the owner's lock file must be free (an OS lock, released when its holder dies in any
 * way, so a free lock means no live launcher uses the directory), and the recorded pid must still be the same
 * process (its start instant and command), since pids are reused.
 */
public final class LeftoverProcess {

    private static final Logger log = LoggerFactory.getLogger(LeftoverProcess.class);
    /** A clean stop (PostgreSQL's shutdown, Quarkus' shutdown hooks) takes a few seconds; then it is killed. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private LeftoverProcess() {
    }

    /**
     * True when nobody holds an OS lock on {@code lockFile}: whoever held it has ended. The lock is released at
     * once; false when it is held, by another process or by this JVM. (Closing a channel drops every lock this
     * JVM holds on the file, so never ask this about a lock this JVM means to keep: use {@link #claim}.)
     */
    public static boolean ownerIsGone(Path lockFile) {
        try (FileChannel claimed = claim(lockFile)) {
            return claimed != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock " + lockFile, e);
        }
    }

    /**
     * Takes an OS lock on {@code lockFile} and keeps it until the returned channel is closed (or this JVM ends,
     * in any way); null when another process, or this JVM, holds it.
     */
    public static FileChannel claim(Path lockFile) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() != null) {
                return channel;
            }
            channel.close();
            return null;
        } catch (OverlappingFileLockException heldByThisJvm) {
            return null; // and the channel stays open: closing it would drop this JVM's lock
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        }
    }

    /**
     * The live process {@code pid} if it still is the one that was recorded: started within {@code tolerance}
     * of {@code started}, and {@code isIt} holds for what the OS says it runs.
     */
    public static Optional<ProcessHandle> find(long pid, Instant started, Duration tolerance,
            Predicate<ProcessHandle.Info> isIt) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> {
            ProcessHandle.Info info = p.info();
            boolean sameStart = info.startInstant()
                    .map(s -> Duration.between(s, started).abs().compareTo(tolerance) <= 0).orElse(false);
            return sameStart && isIt.test(info);
        });
    }

    /**
     * Whether the process runs the executable named {@code name} (not merely mentions it: a JVM's classpath
     * may well name {@code postgres} in a jar's name).
     */
    public static Predicate<ProcessHandle.Info> executable(String name) {
        return info -> info.command().map(c -> Path.of(c).getFileName().toString().equals(name)).orElse(false);
    }

    /** Whether {@code part} occurs in the process's command line. */
    public static Predicate<ProcessHandle.Info> commandLineContains(String part) {
        return info -> info.commandLine().map(c -> c.contains(part)).orElse(false);
    }

    /**
     * Stops an orphan politely (SIGTERM, which PostgreSQL and Quarkus both take as "shut down cleanly"), then
     * forcibly with its descendants if it is still there after {@link #STOP_TIMEOUT}, and says so in one line.
     */
    public static void stop(ProcessHandle orphan, String what, Path dataDirectory) {
        long start = System.nanoTime();
        orphan.destroy();
        boolean clean = awaitExit(orphan, STOP_TIMEOUT);
        if (!clean) {
            orphan.descendants().forEach(ProcessHandle::destroyForcibly);
            orphan.destroyForcibly();
            awaitExit(orphan, Duration.ofSeconds(10));
        }
        log.warn("Stopped an orphaned {} (pid {}) that a previous run left on {}, in {} ms{}", what, orphan.pid(),
                dataDirectory, (System.nanoTime() - start) / 1_000_000,
                clean ? "" : " (killed: it did not stop within " + STOP_TIMEOUT.toSeconds() + " s)");
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
