package org.voicequal.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child started under ExitWithParent, from the copied class as the registry is, ends when its standard input
 * closes: what the OS does to the pipe when the parent is killed.
 */
class ExitWithParentTest {

    @TempDir
    Path dir;

    @Test
    void theChildRunsItsMainAndExitsWhenItsStandardInputCloses() throws Exception {
        String classpath = ExitWithParent.classpathEntry(dir) + File.pathSeparator + System.getProperty("java.class.path");
        try (ChildJvm child = ChildJvm.start("Sleeper", classpath, ExitWithParent.class.getName(),
                ChildJvm.Sleeper.class.getName())) {
            assertThat(child.nextLine()).as("its main ran").isEqualTo("started");
            assertThat(child.process.waitFor(1, TimeUnit.SECONDS)).as("still running while its input is open").isFalse();

            child.process.getOutputStream().close();

            assertThat(child.process.waitFor(15, TimeUnit.SECONDS)).as("exited after its input closed").isTrue();
            assertThat(child.process.exitValue()).isZero();
        }
    }
}
