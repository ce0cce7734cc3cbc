package org.voicequal.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Local defaults never hard-code a port: 8081 and 9000, for one, are often taken.
 *
 * <p>A port is free when picked and taken only when its server binds it, which for the registry (a JVM of its
 * own) is seconds later. The launcher starts Kafka, PostgreSQL and the registry side by side, and the OS may offer
 * the same just-released port to the next pick: Kafka then bound the port the registry was about to take (seen in
 * {@code CrashRecoveryIT}: the registry exited, and its readiness probe spoke HTTP to the broker). So this JVM
 * never hands the same port out twice.
 */
public final class FreePort {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePort() {
    }

    public static int pick() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = anyFree();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port on loopback that this process has not handed out already");
    }

    /**
     * {@code preferred} when it is free, otherwise any free port. A port asked for by number may be asked for again
     * (a pipeline restarted in the same process keeps its ports); {@link #pick} will not offer it.
     */
    public static int preferring(int preferred) {
        try (ServerSocket socket = new ServerSocket(preferred, 1, InetAddress.getLoopbackAddress())) {
            HANDED_OUT.add(preferred);
            return preferred;
        } catch (IOException e) {
            return pick();
        }
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }
}
