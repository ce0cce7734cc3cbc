package org.voicequal.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On real processes: a lock that a killed process held is free, and only the recorded process is stopped. */
class LeftoverProcessTest {

    @TempDir
    Path dir;

    @Test
    void aLockHeldByALiveProcessIsNotFreeAndIsFreeOnceThatProcessIsKilled() throws Exception {
        Path lock = dir.resolve("owner.lock");
        try (ChildJvm holder = ChildJvm.start("LockHolder", ChildJvm.LockHolder.class, lock.toString())) {
            assertThat(holder.nextLine()).isEqualTo("locked");

            assertThat(LeftoverProcess.ownerIsGone(lock)).as("held by a live process").isFalse();
            holder.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no unlock
            assertThat(LeftoverProcess.ownerIsGone(lock)).as("after kill -9 of its holder").isTrue();
        }
    }

    @Test
    void aProcessIsFoundOnlyWhenItsStartInstantAndCommandAreTheRecordedOnes() throws Exception {
        try (ChildJvm sleeper = ChildJvm.start("Sleeper", ChildJvm.Sleeper.class)) {
            Instant started = sleeper.process.toHandle().info().startInstant().orElseThrow();
            // until then the JDK's spawn helper may still be about to exec java (same pid, same start instant)
            assertThat(sleeper.nextLine()).isEqualTo("started");
            long pid = sleeper.process.pid();
            Predicate<ProcessHandle.Info> isSleeper = LeftoverProcess.executable("java")
                    .and(LeftoverProcess.commandLineContains("-Dchild=Sleeper"));

            assertThat(LeftoverProcess.find(pid, started, Duration.ofSeconds(1), isSleeper)).isPresent();
            assertThat(LeftoverProcess.find(pid, started.minus(Duration.ofHours(1)), Duration.ofSeconds(1), isSleeper))
                    .as("the pid reused by a later process").isEmpty();
            assertThat(LeftoverProcess.find(pid, started, Duration.ofSeconds(1), LeftoverProcess.executable("postgres")))
                    .as("the pid reused by another program, even one whose classpath names postgres").isEmpty();
        }
    }

    @Test
    void stoppingAnOrphanEndsIt() throws Exception {
        try (ChildJvm sleeper = ChildJvm.start("Sleeper", ChildJvm.Sleeper.class)) {
            assertThat(sleeper.nextLine()).isEqualTo("started");

            LeftoverProcess.stop(sleeper.process.toHandle(), "sleeper", dir);

            assertThat(sleeper.process.isAlive()).isFalse();
        }
    }

    @Test
    void aPostmasterPidFileNamingALiveProcessOfAnotherProgramStopsNothing() throws Exception {
        // a crash long ago, and the pid since reused: postmaster.pid names a live process that is no postgres
        try (ChildJvm sleeper = ChildJvm.start("Sleeper", ChildJvm.Sleeper.class)) {
            assertThat(sleeper.nextLine()).isEqualTo("started");
            long started = sleeper.process.toHandle().info().startInstant().orElseThrow().getEpochSecond();
            Files.writeString(dir.resolve("postmaster.pid"), sleeper.process.pid() + "\n" + dir + "\n" + started + "\n5432\n");

            LocalPostgres.stopOrphan(dir);

            assertThat(sleeper.process.isAlive()).isTrue();
        }
    }
}
