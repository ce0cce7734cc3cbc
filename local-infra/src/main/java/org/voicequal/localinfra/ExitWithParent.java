package org.voicequal.localinfra;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * The entry point of a child JVM that must not outlive the JVM that started it: runs the real main class
 * (the first argument; the rest are its arguments) and exits when its standard input reaches end of file.
 * The parent keeps the pipe to the child's standard input open and never writes to it; the OS closes it when
 * the parent ends, however it ends (kill -9 and the OOM killer run no shutdown hook), and the child sees EOF
 * at once. The exit runs the child's own shutdown hooks, so it stops as cleanly as on SIGTERM.
 *
 * <p>Started with a classpath of its own (see {@link #classpathEntry}), so it uses java.base only.
 */
public final class ExitWithParent {

    /** If the child's shutdown hooks hang, it is halted after this long rather than left running. */
    private static final long HALT_AFTER_MILLIS = 20_000;

    private ExitWithParent() {
    }

    public static void main(String[] args) throws Throwable {
        Thread watcher = new Thread(() -> {
            awaitEndOfInput(System.in);
            System.err.println("[exit-with-parent] the parent process is gone: stopping");
            Thread halter = new Thread(() -> {
                sleep(HALT_AFTER_MILLIS);
                Runtime.getRuntime().halt(1);
            }, "exit-with-parent-halt");
            halter.setDaemon(true);
            halter.start();
            System.exit(0);
        }, "exit-with-parent");
        watcher.setDaemon(true);
        watcher.start();
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void awaitEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // the parent writes nothing; anything it might write is ignored
            }
        } catch (IOException closed) {
            // a broken pipe means the same as EOF: nobody is on the other end any more
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A directory holding only this class, for the child's classpath. The class is copied out of whatever
     * this JVM loaded it from, because in the launcher's executable jar it sits in a nested jar that a plain
     * {@code java -cp} cannot read.
     */
    static Path classpathEntry(Path directory) throws IOException {
        String resource = ExitWithParent.class.getName().replace('.', '/') + ".class";
        Path target = directory.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = ExitWithParent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not readable from the classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return directory;
    }
}
