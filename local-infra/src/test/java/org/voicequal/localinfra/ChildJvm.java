package org.voicequal.localinfra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A child JVM for the tests, running a main class from the test classpath; closing it kills it. */
final class ChildJvm implements AutoCloseable {

    final Process process;
    private final BufferedReader output;

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream()));
    }

    /**
     * Starts {@code mainAndArgs} with {@code -Dchild=<name>} first: the JDK reports only a command line's first
     * 4096 characters, and a test classpath is longer.
     */
    static ChildJvm start(String name, String classpath, String... mainAndArgs) throws IOException {
        return start(List.of("-Dchild=" + name), classpath, mainAndArgs);
    }

    /** Starts {@code mainAndArgs} with {@code jvmOptions} first. */
    static ChildJvm start(List<String> jvmOptions, String classpath, String... mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp", classpath));
        command.addAll(List.of(mainAndArgs));
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    static ChildJvm start(String name, Class<?> main, String... args) throws IOException {
        List<String> mainAndArgs = new ArrayList<>(List.of(main.getName()));
        mainAndArgs.addAll(List.of(args));
        return start(name, System.getProperty("java.class.path"), mainAndArgs.toArray(String[]::new));
    }

    /** The next line it printed; also tells that it got as far as its main method. */
    String nextLine() throws IOException {
        return output.readLine();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** Prints "started" and sleeps for five minutes: a stand-in for a server that runs until told to stop. */
    static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("started");
            Thread.sleep(300_000);
        }
    }

    /** Holds an OS lock on {@code args[0]} and sleeps, as a launcher holds its data directory's locks. */
    static final class LockHolder {
        public static void main(String[] args) throws InterruptedException {
            FileChannel held = LeftoverProcess.claim(Path.of(args[0]));
            System.out.println(held != null ? "locked" : "not locked");
            Thread.sleep(300_000);
        }
    }
}
