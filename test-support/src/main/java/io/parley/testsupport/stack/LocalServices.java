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
    /** How each service was started, to start it again the same way after a crash ({@link #restart}). */
    private final Map<ParleyService, Launch> launches = new EnumMap<>(ParleyService.class);
    private HttpClient readiness;
    /** The web console, when its module was built ({@code console/target/quarkus-app}); started after the services. */
    private ManagedProcess console;
    private int consolePort;

    /** The console's module folder, its port in the local stack and its process name. */
    public static final String CONSOLE_MODULE = "console";
    public static final int CONSOLE_STACK_PORT = 8080;

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
        // Every port first: a service calls another (inbox-service checks replies with standards-service).
        for (ParleyService service : ParleyService.all()) {
            ports.put(service, Ports.resolve(fixedPorts ? service.stackPort() : Ports.FREE));
        }
        // The console's too: calendar-service writes its address into the review links it e-mails.
        consolePort = Ports.resolve(fixedPorts ? CONSOLE_STACK_PORT : Ports.FREE);
        for (ParleyService service : ParleyService.all()) {
            Path jar = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IOException(jar + " is missing: build first (mvn package -DskipTests)");
            }
            int port = ports.get(service);
            String database = prefix + service.database();
            Databases.ensure(infra, database);
            Map<String, String> env = new java.util.HashMap<>(Map.of(
                    "QUARKUS_HTTP_PORT", Integer.toString(port),
                    "QUARKUS_DATASOURCE_JDBC_URL", infra.jdbcUrl(database),
                    "QUARKUS_DATASOURCE_USERNAME", infra.dbUser(),
                    "QUARKUS_DATASOURCE_PASSWORD", infra.dbPassword(),
                    "KAFKA_BOOTSTRAP_SERVERS", infra.kafka(),
                    "QUARKUS_OIDC_AUTH_SERVER_URL", infra.realmUrl(),
                    "QUARKUS_REST_CLIENT_STANDARDS_URL", url(ParleyService.STANDARDS),
                    // calendar-service reads the brand's channel accounts from ingest-service
                    "QUARKUS_REST_CLIENT_CHANNELS_URL", url(ParleyService.INGEST)));
            env.put("PARLEY_CALENDAR_REVIEW_CONSOLE_URL", "http://localhost:" + consolePort);
            // The signed links to images that calendar-service hands the gateway name calendar's real address.
            env.put("PARLEY_CALENDAR_PUBLIC_MEDIA_BASE_URL", url(ParleyService.CALENDAR));
            if (infra.smtp() != null) {
                // Mail (reviewer invitations) goes to the local mail server, never out.
                env.put("QUARKUS_MAILER_HOST", infra.smtpHost());
                env.put("QUARKUS_MAILER_PORT", Integer.toString(infra.smtpPort()));
            }
            env.putAll(extraEnv);
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(jvmOptions());
            command.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar.toString()));
            Launch launch = new Launch(List.copyOf(command), Map.copyOf(env),
                    dir.resolve("logs").resolve(service.module() + ".log"),
                    dir.resolve("pids").resolve(service.module() + ".pid"));
            launches.put(service, launch);
            processes.add(launch.start(service, root));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        readiness = http;
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            ManagedProcess process = processes.get(i);
            ParleyService service = ParleyService.all().get(i);
            ready.add(CompletableFuture.runAsync(() -> {
                try {
                    process.awaitReady(() -> ready(http, url(service)), readyTimeout());
                    log.accept(String.format("  ready: %-40s (%.1f s)", service.module() + " " + url(service),
                            (System.nanoTime() - t0) / 1e9));
                } catch (IOException e) {
                    throw new CompletionException(e);
                }
            }));
        }
        try {
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
            startConsole(infra, fixedPorts, extraEnv, http, java, log, t0);
        } catch (CompletionException e) {
            stop();
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (IOException e) {
            stop();
            throw e;
        }
    }

    /**
     * The console relays to the services just started and signs users in with the infrastructure's
     * Keycloak, which must know its address: on a free port it is registered through the admin API.
     * A checkout without the console module (or not yet built) runs without it.
     */
    private void startConsole(Endpoints infra, boolean fixedPorts, Map<String, String> extraEnv, HttpClient http,
            String java, Consumer<String> log, long t0) throws IOException {
        Path jar = root.resolve(CONSOLE_MODULE).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            log.accept("  (no console: " + root.relativize(jar) + " is not built)");
            return;
        }
        String origin = "http://localhost:" + consolePort;
        if (consolePort != CONSOLE_STACK_PORT) {
            new ConsoleClientRegistration(infra).allow(origin);
        }
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(consolePort),
                "QUARKUS_OIDC_AUTH_SERVER_URL", infra.realmUrl(),
                "KAFKA_BOOTSTRAP_SERVERS", infra.kafka(),
                "PARLEY_CONSOLE_SERVICES_INGEST", url(ParleyService.INGEST),
                "PARLEY_CONSOLE_SERVICES_INBOX", url(ParleyService.INBOX),
                "PARLEY_CONSOLE_SERVICES_CALENDAR", url(ParleyService.CALENDAR),
                "PARLEY_CONSOLE_SERVICES_STANDARDS", url(ParleyService.STANDARDS),
                "PARLEY_CONSOLE_SERVICES_ANALYTICS", url(ParleyService.ANALYTICS)));
        env.putAll(extraEnv);
        console = ManagedProcess.start(CONSOLE_MODULE, List.of(java, "-Xms32m", "-Xmx192m", "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", jar.toString()),
                root, env, dir.resolve("logs").resolve(CONSOLE_MODULE + ".log"),
                dir.resolve("pids").resolve(CONSOLE_MODULE + ".pid"));
        console.awaitReady(() -> ready(http, origin), readyTimeout());
        log.accept(String.format("  ready: %-40s (%.1f s)", CONSOLE_MODULE + " " + origin,
                (System.nanoTime() - t0) / 1e9));
    }

    /** A service's command line, environment, log and pid file, as first started. */
    private record Launch(List<String> command, Map<String, String> env, Path log, Path pidFile) {
        ManagedProcess start(ParleyService service, Path root) throws IOException {
            return ManagedProcess.start(service.module(), command, root, env, log, pidFile);
        }
    }

    /**
     * Kills a service as a crash would (SIGKILL, {@link ManagedProcess#kill}): what it had not committed is lost,
     * its Kafka consumers leave their group only when their session times out. For fault tests; {@link #restart}
     * brings it back.
     */
    public void kill(ParleyService service) {
        processes.get(ParleyService.all().indexOf(service)).kill();
    }

    /**
     * Starts a service again exactly as it was first started — the same command, environment (port, database,
     * brokers), log and pid file — and waits until it is ready. A service still running is killed first.
     */
    public void restart(ParleyService service) throws IOException {
        int index = ParleyService.all().indexOf(service);
        processes.get(index).kill();
        ManagedProcess started = launches.get(service).start(service, root);
        processes.set(index, started);
        started.awaitReady(() -> ready(readiness, url(service)), readyTimeout());
    }

    /**
     * Starts one more process of a running service, as a second pod of its Deployment: the first one's command and
     * environment, with {@code changes} on top, on a free port of its own, logging to {@code <module>-<name>.log}.
     * Waits until it is ready. The caller stops it ({@link AnotherProcess#stop}); {@link #stop} does not know it.
     */
    public AnotherProcess startAnother(ParleyService service, String name, Map<String, String> changes)
            throws IOException {
        Launch first = launches.get(service);
        int port = Ports.resolve(Ports.FREE);
        Map<String, String> env = new java.util.HashMap<>(first.env());
        env.putAll(changes);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Launch launch = new Launch(first.command(), Map.copyOf(env),
                dir.resolve("logs").resolve(service.module() + "-" + name + ".log"),
                dir.resolve("pids").resolve(service.module() + "-" + name + ".pid"));
        ManagedProcess process = launch.start(service, root);
        String url = "http://localhost:" + port;
        try {
            process.awaitReady(() -> ready(readiness, url), readyTimeout());
        } catch (IOException e) {
            process.stop(Duration.ofSeconds(15));
            throw e;
        }
        return new AnotherProcess(url, launch.log(), process);
    }

    /** A process {@link #startAnother} started: its base URL, its log, and the process to stop. */
    public record AnotherProcess(String url, Path log, ManagedProcess process) {
        /** Stops it as Kubernetes stops a pod: SIGTERM, and SIGKILL after 15 seconds. */
        public void stop() {
            process.stop(Duration.ofSeconds(15));
        }
    }

    /**
     * Stops a service as Kubernetes stops a pod (SIGTERM: it finishes what it is doing and leaves its consumer
     * groups; SIGKILL after 15 seconds). {@link #restart} starts it again.
     */
    public void terminate(ParleyService service) {
        processes.get(ParleyService.all().indexOf(service)).stop(Duration.ofSeconds(15));
    }

    /** The log file of a service's first process. */
    public Path log(ParleyService service) {
        return launches.get(service).log();
    }

    /** The web console's address, e.g. {@code http://localhost:8080}; empty when it was not built. */
    public java.util.Optional<String> consoleUrl() {
        return console == null ? java.util.Optional.empty() : java.util.Optional.of("http://localhost:" + consolePort);
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

    /**
     * How long a service may take to become ready: 180 s; {@code PARLEY_START_TIMEOUT_FACTOR} stretches it on a
     * machine shared by many builds (ManagedProcess), as it does every other start-up timeout.
     */
    static Duration readyTimeout() {
        return Duration.ofSeconds(180);
    }

    /** The base URL of a service, e.g. {@code http://localhost:8082}. */
    public String url(ParleyService service) {
        return "http://localhost:" + ports.get(service);
    }

    public void stop() {
        if (console != null) {
            console.stop(Duration.ofSeconds(15));
        }
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
        ManagedProcess.fromPidFile(CONSOLE_MODULE, dir.resolve("pids").resolve(CONSOLE_MODULE + ".pid"),
                dir.resolve("logs").resolve(CONSOLE_MODULE + ".log")).ifPresent(p -> p.stop(Duration.ofSeconds(15)));
    }

    /**
     * The services' JVM options: small heaps and the quick-start compiler by default (a laptop runs six
     * services), or {@code PARLEY_JVM_OPTS} when set, e.g. {@code "-Xmx1g -XX:+UseParallelGC"} for benchmarks,
     * where the optimising compiler matters.
     */
    static List<String> jvmOptions() {
        String custom = System.getenv("PARLEY_JVM_OPTS");
        if (custom != null && !custom.isBlank()) {
            return List.of(custom.trim().split("\\s+"));
        }
        return List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    }
}
