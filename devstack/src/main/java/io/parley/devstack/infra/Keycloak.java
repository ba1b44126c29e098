package io.parley.devstack.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip in development mode with an in-memory
 * database: every start imports the Parley realm afresh from {@code devstack/keycloak/parley-realm.json}.
 * The hostname is fixed, so the token issuer is the same whichever address a client used.
 */
final class Keycloak {

    private final Path home;
    private final Path realmFile;
    private final Path dir;
    private final int port;
    private final int managementPort;
    private ManagedProcess process;

    Keycloak(Path home, Path realmFile, Path dir, int port, int managementPort) {
        this.home = home;
        this.realmFile = realmFile;
        this.dir = dir;
        this.port = port;
        this.managementPort = managementPort;
    }

    String url() {
        return "http://localhost:" + port;
    }

    Path log() {
        return dir.resolve("keycloak.log");
    }

    Path pidFile() {
        return dir.resolve("keycloak.pid");
    }

    void start() throws IOException {
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kc)) {
            throw new IOException("Keycloak not found at " + home + "; run `mvn -pl infra generate-resources`"
                    + " (./parley does it for you)");
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(realmFile, imports.resolve("parley-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(dir);
        String javaHome = System.getProperty("java.home");
        process = ManagedProcess.start("Keycloak", List.of(kc.toString(), "start-dev",
                        "--http-port=" + port,
                        "--http-management-port=" + managementPort,
                        "--hostname=" + url(),
                        "--db=dev-mem",
                        "--import-realm",
                        "--log-level=WARN,org.keycloak.exportimport:INFO"),
                home, Map.of("JAVA_HOME", javaHome,
                        "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx640m",
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"),
                log(), pidFile());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI discovery = URI.create(url() + "/realms/" + Endpoints.REALM + "/.well-known/openid-configuration");
        process.awaitReady(() -> {
            try {
                return http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, START_TIMEOUT);
    }

    /**
     * Keycloak builds its configuration at every start: minutes on a loaded 2-core machine (seen: near 3, and
     * over 4). {@code PARLEY_START_TIMEOUT_FACTOR} stretches it further (ManagedProcess).
     */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    void stop() {
        ManagedProcess p = process != null ? process
                : ManagedProcess.fromPidFile("Keycloak", pidFile(), log()).orElse(null);
        if (p != null) {
            p.stop(Duration.ofSeconds(20));
        }
    }
}
