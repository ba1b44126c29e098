package io.parley.testsupport.stack;

import io.parley.testsupport.infra.Databases;
import io.parley.testsupport.infra.Endpoints;
import io.parley.testsupport.infra.ManagedProcess;
import io.parley.testsupport.infra.Ports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Runs the packaged services ({@code <module>/target/quarkus-app/quarkus-run.jar}) as processes,
 * each configured by environment variables to reach the given infrastructure and its own
 * database, and waits until each is ready. Used by {@code ./parley up} and by the end-to-end tests,
 * so both run the services the same way.
 */
public final class LocalServices {

    private final Path root;
    private final Path dir;
    private final Map<ParleyService, Integer> ports = new EnumMap<>(ParleyService.class);
    private final List<ManagedProcess> processes = new ArrayList<>();

    private LocalServices(Path root, Path dir) {
        this.root = root;
        this.dir = dir;
    }

    /**
     * Starts every service. {@code fixedPorts} uses the local stack's ports, otherwise free ones;
     * {@code databasePrefix} names the databases ({@code parley_inbox}, {@code e2e_inbox}, ...).
     */
    public static LocalServices start(Path root, Path dir, Endpoints infra, boolean fixedPorts, String databasePrefix,
            Map<String, String> extraEnv, Consumer<String> log) throws IOException {
        LocalServices services = new LocalServices(root, dir.toAbsolutePath());
        services.startAll(infra, fixedPorts, databasePrefix, extraEnv, log);
        return services;
    }

    private void startAll(Endpoints infra, boolean fixedPorts, String prefix, Map<String, String> extraEnv,
            Consumer<String> log) throws IOException {
        long t0 = System.nanoTime();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (ParleyService service : ParleyService.all()) {
            Path jar = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IOException(jar + " is missing: build first (mvn package -DskipTests)");
            }
            int port = Ports.resolve(fixedPorts ? service.stackPort() : Ports.FREE);
            ports.put(service, port);
            String database = prefix + service.database();
            Databases.ensure(infra, database);
            Map<String, String> env = new java.util.HashMap<>(Map.of(
                    "QUARKUS_HTTP_PORT", Integer.toString(port),
                    "QUARKUS_DATASOURCE_JDBC_URL", infra.jdbcUrl(database),
                    "QUARKUS_DATASOURCE_USERNAME", infra.dbUser(),
                    "QUARKUS_DATASOURCE_PASSWORD", infra.dbPassword(),
                    "KAFKA_BOOTSTRAP_SERVERS", infra.kafka(),
                    "QUARKUS_OIDC_AUTH_SERVER_URL", infra.realmUrl()));
            env.putAll(extraEnv);
            processes.add(ManagedProcess.start(service.module(), List.of(java, "-Xms64m", "-Xmx384m",
                            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                            "-jar", jar.toString()),
                    root, env, dir.resolve("logs").resolve(service.module() + ".log"),
                    dir.resolve("pids").resolve(service.module() + ".pid")));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            ManagedProcess process = processes.get(i);
            ParleyService service = ParleyService.all().get(i);
            ready.add(CompletableFuture.runAsync(() -> {
                try {
                    process.awaitReady(() -> ready(http, url(service)), Duration.ofSeconds(180));
                    log.accept(String.format("  ready: %-40s (%.1f s)", service.module() + " " + url(service),
                            (System.nanoTime() - t0) / 1e9));
                } catch (IOException e) {
                    throw new CompletionException(e);
                }
            }));
        }
        try {
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            stop();
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static boolean ready(HttpClient http, String base) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The base URL of a service, e.g. {@code http://localhost:8082}. */
    public String url(ParleyService service) {
        return "http://localhost:" + ports.get(service);
    }

    public void stop() {
        List<CompletableFuture<Void>> stops = processes.stream()
                .map(p -> CompletableFuture.runAsync(() -> p.stop(Duration.ofSeconds(15))))
                .toList();
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
    }

    /** Stops services an earlier process started with their pids in {@code dir/pids}. */
    public static void stopIn(Path dir) {
        for (ParleyService service : ParleyService.all()) {
            ManagedProcess.fromPidFile(service.module(), dir.resolve("pids").resolve(service.module() + ".pid"),
                    dir.resolve("logs").resolve(service.module() + ".log"))
                    .ifPresent(p -> p.stop(Duration.ofSeconds(15)));
        }
    }
}
