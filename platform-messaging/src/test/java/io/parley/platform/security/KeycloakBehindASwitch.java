package io.parley.platform.security;

import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.infra.TestInfrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real infrastructure, with the application reaching Keycloak through a TCP relay the test switches off and on:
 * off, nothing listens on the relay's port (connection refused, as when Keycloak is down); on, every connection is
 * passed through to the real Keycloak. Keycloak's hostname is fixed, so the tokens it issues and the metadata read
 * through the relay name the same issuer.
 */
public class KeycloakBehindASwitch extends ParleyInfrastructure {

    private static volatile int port;
    private static volatile ServerSocket listening;
    private static final List<Socket> OPEN = new CopyOnWriteArrayList<>();
    private static String keycloakHost;
    private static int keycloakPort;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        URI keycloak = URI.create(TestInfrastructure.endpoints().keycloak());
        keycloakHost = keycloak.getHost();
        keycloakPort = keycloak.getPort();
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String realm = URI.create(config.get("quarkus.oidc.auth-server-url")).getPath();
        config.put("quarkus.oidc.auth-server-url", "http://localhost:" + port + realm);
        return config;
    }

    /** Keycloak reachable again: the relay listens and passes every connection through. */
    public static synchronized void on() throws IOException {
        if (listening != null) {
            return;
        }
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("localhost", port));
        listening = server;
        daemon("keycloak-relay", () -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(keycloakHost, keycloakPort);
                    OPEN.add(client);
                    OPEN.add(upstream);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    /** Keycloak away: nothing listens, and the connections already open are cut. */
    public static synchronized void off() throws IOException {
        if (listening != null) {
            listening.close();
            listening = null;
        }
        for (Socket s : OPEN) {
            s.close();
        }
        OPEN.clear();
    }

    private static void pipe(Socket from, Socket to) {
        daemon("keycloak-relay-pipe", () -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // one side closed: the other follows
            } finally {
                try {
                    to.close();
                    from.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        try {
            off();
        } catch (IOException ignored) {
            // nothing left to close
        }
    }
}
