package io.parley.testsupport.infra;

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

    /** The given port, or a currently free one when {@code port} is {@link #FREE}. */
    public static int resolve(int port) {
        if (port != FREE) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
