package io.parley.devstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Port choice: a fixed port (the local stack) or {@link #FREE}, any free loopback port (tests). */
public final class Ports {

    /** Ask for a free port. */
    public static final int FREE = 0;

    private Ports() {
    }

    /** Ports this process has handed out: PostgreSQL, Kafka and Keycloak start in parallel. */
    private static final java.util.Set<Integer> HANDED_OUT = new java.util.HashSet<>();

    /**
     * The given port, or a currently free one when {@code port} is {@link #FREE} — never one already handed out
     * by this process: a port is free until its server binds it, and the operating system may offer the same one
     * again meanwhile (Kafka and Keycloak once got the same port, and Keycloak did not start).
     */
    public static synchronized int resolve(int port) {
        if (port != FREE) {
            return port;
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                int free = socket.getLocalPort();
                if (HANDED_OUT.add(free)) {
                    return free;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no free port the operating system offered was new to this process");
    }

    /** True when something accepts connections on the loopback port. */
    public static boolean listening(int port) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
