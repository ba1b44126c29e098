package io.parley.devstack.stack;

import io.parley.devstack.infra.Databases;
import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.ManagedProcess;
import io.parley.devstack.infra.Ports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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
/**
 * Runs the packaged services ({@code <module>/target/quarkus-app/quarkus-run.jar}) as processes,
 * each configured by environment variables to reach the given infrastructure and its own
 * database, and waits until each is ready. Used by {@code ./parley up} and by the end-to-end tests,
 * so both run the services the same way.
 *
 * <p>With {@code replicas > 1} every service and the console run that many times, on distinct ports and with the
 * same database, brokers and configuration, as a Deployment's pods would: replica {@code n} (counted from 0) of a
 * service listens on its stack port {@code + 10 n} in the local stack (ingest 8081, 8091, ...; console 8080, 8090,
 * ...), on free ports otherwise. Replica {@code n} of a service calls replica {@code n} of the others, and console
 * replica {@code n} relays to replica {@code n} of each service, as a Kubernetes Service would spread the calls.
 */
public final class LocalServices {

    /** The most replicas of each service: the tenth would reach Keycloak's stack port. */
    public static final int MOST_REPLICAS = 9;
    /** How far apart the stack ports of two replicas of a service are. */
    static final int REPLICA_PORT_STEP = 10;

    private final Path root;
    private final Path dir;
    private final int replicas;
    /** Each service's replicas' ports, replica 0 first. */
    private final Map<ParleyService, List<Integer>> ports = new EnumMap<>(ParleyService.class);
    /** Each service's running replicas, replica 0 first. */
    private final Map<ParleyService, List<ManagedProcess>> processes = new EnumMap<>(ParleyService.class);
    /** How each replica was started, to start it again the same way after a crash ({@link #restart}). */
    private final Map<ParleyService, List<Launch>> launches = new EnumMap<>(ParleyService.class);
    private HttpClient readiness;
    /** The web console's replicas, when its module was built ({@code console/target/quarkus-app}); started last. */
    private final List<ManagedProcess> consoles = new ArrayList<>();
    private final List<Integer> consolePorts = new ArrayList<>();

    /** The console's module folder, its port in the local stack and its process name. */
    public static final String CONSOLE_MODULE = "console";
    public static final int CONSOLE_STACK_PORT = 8080;
    /** The console's database without the environment's prefix: its users' sessions (session.ServerSideTokens). */
    public static final String CONSOLE_DATABASE = "console";
    /**
     * The key every console replica of a local stack encrypts its sessions' tokens with (base64 of 32 bytes), the
     * same for all of them, so that each reads the sessions of the others. Production sets its own from a Secret.
     */
    static final String LOCAL_SESSION_KEY = "cGFybGV5LWxvY2FsLXN0YWNrLXNlc3Npb24ta2V5LTE=";

    /** The modules this instance starts (every service and the console, or one alone: {@link #startAlone}). */
    private final java.util.Set<String> modules;

    private LocalServices(Path root, Path dir, int replicas, java.util.Set<String> modules) {
        this.root = root;
        this.dir = dir;
        this.replicas = replicas;
        this.modules = modules;
    }

    /**
     * Starts every service once. {@code fixedPorts} uses the local stack's ports, otherwise free ones;
     * {@code databasePrefix} names the databases ({@code parley_inbox}, {@code e2e_inbox}, ...).
     */
    public static LocalServices start(Path root, Path dir, Endpoints infra, boolean fixedPorts, String databasePrefix,
            Map<String, String> extraEnv, Consumer<String> log) throws IOException {
        return start(root, dir, infra, fixedPorts, databasePrefix, 1, extraEnv, log);
    }

    /** Starts {@code replicas} of every service and of the console (1 to {@link #MOST_REPLICAS}). */
    public static LocalServices start(Path root, Path dir, Endpoints infra, boolean fixedPorts, String databasePrefix,
            int replicas, Map<String, String> extraEnv, Consumer<String> log) throws IOException {
        if (replicas < 1 || replicas > MOST_REPLICAS) {
            throw new IllegalArgumentException("replicas must be 1 to " + MOST_REPLICAS + ", not " + replicas);
        }
        LocalServices services = new LocalServices(root, dir.toAbsolutePath(), replicas,
                java.util.Set.copyOf(GeneratedManifests.modules()));
        services.startAll(infra, fixedPorts, databasePrefix, extraEnv, log);
        return services;
    }

    /**
     * Starts one module ({@code ingest-service}, ..., or {@link #CONSOLE_MODULE}) alone, on a free port, exactly as
     * {@link #start} starts it among the others: the same command, JVM options and environment (the others' addresses
     * are free ports where nothing listens). For measuring a service by itself ({@code ./parley bench idle}).
     */
    public static LocalServices startAlone(Path root, Path dir, Endpoints infra, String databasePrefix, String module,
            Map<String, String> extraEnv, Consumer<String> log) throws IOException {
        if (!GeneratedManifests.modules().contains(module)) {
            throw new IllegalArgumentException("no module " + module + " (one of " + GeneratedManifests.modules() + ")");
        }
        LocalServices services = new LocalServices(root, dir.toAbsolutePath(), 1, java.util.Set.of(module));
        services.startAll(infra, false, databasePrefix, extraEnv, log);
        return services;
    }

    private void startAll(Endpoints infra, boolean fixedPorts, String prefix, Map<String, String> extraEnv,
            Consumer<String> log) throws IOException {
        long t0 = System.nanoTime();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Every port first: a service calls another (inbox-service checks replies with standards-service).
        for (ParleyService service : ParleyService.all()) {
            List<Integer> own = new ArrayList<>();
            for (int n = 0; n < replicas; n++) {
                own.add(Ports.resolve(fixedPorts ? service.stackPort() + n * REPLICA_PORT_STEP : Ports.FREE));
            }
            ports.put(service, own);
        }
        // The console's too: calendar-service writes its address into the review links it e-mails.
        for (int n = 0; n < replicas; n++) {
            consolePorts.add(Ports.resolve(fixedPorts ? CONSOLE_STACK_PORT + n * REPLICA_PORT_STEP : Ports.FREE));
        }
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        readiness = http;
        // inbox-service's people directory (@mentions) reads the realm's users with its own client, which a
        // Keycloak started from an older realm file lacks
        if (modules.contains(ParleyService.INBOX.module())) {
            InboxDirectoryClient.ensure(infra);
        }
        try {
            for (ParleyService service : ParleyService.all()) {
                if (!modules.contains(service.module())) {
                    continue;
                }
                Path jar = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
                if (!Files.exists(jar)) {
                    throw new IOException(jar + " is missing: build first (mvn package -DskipTests)");
                }
                String database = prefix + service.database();
                Databases.ensure(infra, database);
                List<Launch> serviceLaunches = new ArrayList<>();
                List<ManagedProcess> running = Collections.synchronizedList(new ArrayList<>());
                launches.put(service, serviceLaunches);
                processes.put(service, running);
                for (int n = 0; n < replicas; n++) {
                    Map<String, String> env = new java.util.HashMap<>(Map.of(
                            "QUARKUS_HTTP_PORT", Integer.toString(ports.get(service).get(n)),
                            "QUARKUS_DATASOURCE_JDBC_URL", infra.jdbcUrl(database),
                            "QUARKUS_DATASOURCE_USERNAME", infra.dbUser(),
                            "QUARKUS_DATASOURCE_PASSWORD", infra.dbPassword(),
                            "KAFKA_BOOTSTRAP_SERVERS", infra.kafka(),
                            "QUARKUS_OIDC_AUTH_SERVER_URL", infra.realmUrl(),
                            // replica n calls replica n of the others, as a Kubernetes Service spreads the calls
                            "QUARKUS_REST_CLIENT_STANDARDS_URL", url(ParleyService.STANDARDS, n),
                            // calendar-service reads the brand's channel accounts from ingest-service
                            "QUARKUS_REST_CLIENT_CHANNELS_URL", url(ParleyService.INGEST, n)));
                    env.put("PARLEY_CALENDAR_REVIEW_CONSOLE_URL", "http://localhost:" + consolePorts.get(0));
                    // analytics-service's report e-mails link to the console's relay of /api/v1/report-links/...
                    env.put("PARLEY_ANALYTICS_REPORTS_PUBLIC_URL", "http://localhost:" + consolePorts.get(0));
                    // inbox-service's notification e-mails link into the console.
                    env.put("PARLEY_INBOX_NOTIFICATIONS_CONSOLE_URL", "http://localhost:" + consolePorts.get(0));
                    // The signed links to images that calendar-service hands the gateway name calendar's real address.
                    env.put("PARLEY_CALENDAR_PUBLIC_MEDIA_BASE_URL", url(ParleyService.CALENDAR, n));
                    if (infra.smtp() != null) {
                        // Mail (reviewer invitations) goes to the local mail server, never out.
                        env.put("QUARKUS_MAILER_HOST", infra.smtpHost());
                        env.put("QUARKUS_MAILER_PORT", Integer.toString(infra.smtpPort()));
                    }
                    // The gateway reads each account's figures every minute here, not every hour: a post the demo or a
                    // test publishes shows its (sandbox) figures on the analytics screens while someone looks.
                    env.put("PARLEY_INGEST_INSIGHTS_EVERY", "PT1M");
                    // the report links' signing secret, which the prod profile requires (the local stack's own)
                    env.put("PARLEY_ANALYTICS_REPORTS_LINK_SECRET", "local-stack-report-link-secret-not-for-production");
                    // the OAuth state's signing key and the channel tokens' encryption key, which the prod profile
                    // requires too (the local stack's own, as in ingest's application.properties)
                    env.put("PARLEY_INGEST_OAUTH_STATE_KEY", "local-stack-oauth-state-key-0123456789abcdef");
                    env.put("PARLEY_INGEST_OAUTH_TOKEN_KEY", "bG9jYWwtc3RhY2stdG9rZW4ta2V5LTAxMjM0NTY3ODk=");
                    env.putAll(extraEnv);
                    String name = processName(service.module(), n);
                    List<String> command = new ArrayList<>();
                    command.add(java);
                    command.addAll(jvmOptions(root, service.module(), extraEnv));
                    if (replicas > 1) {
                        // Each Kafka client names its replica (inbox-service-2.kafka-consumer-interactions), so a
                        // group's members show which replica holds which partitions.
                        command.add("-Dmp.messaging.connector.smallrye-kafka.client-id-prefix=" + name + ".");
                    }
                    command.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar.toString()));
                    Launch launch = new Launch(name, List.copyOf(command), Map.copyOf(env),
                            dir.resolve("logs").resolve(name + ".log"), dir.resolve("pids").resolve(name + ".pid"));
                    serviceLaunches.add(launch);
                    running.add(launch.start(root));
                    int replica = n;
                    ready.add(CompletableFuture.runAsync(() -> {
                        try {
                            awaitStarted(service, replica, http, log);
                            log.accept(String.format("  ready: %-40s (%.1f s)", name + " " + url(service, replica),
                                    (System.nanoTime() - t0) / 1e9));
                        } catch (IOException e) {
                            throw new CompletionException(e);
                        }
                    }));
                }
            }
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
            startConsoles(infra, prefix, extraEnv, http, java, log, t0);
        } catch (CompletionException e) {
            stop();
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (IOException | RuntimeException e) {
            stop();
            throw e;
        }
    }

    /**
     * Waits until a replica is ready. One that exits during start-up is started once more, as Kubernetes restarts a
     * pod whose start failed: on a machine shared by many builds, a service's first connection to the database can
     * time out (Flyway: "Acquisition timeout") while nothing is wrong with it. A second exit fails the start.
     */
    private void awaitStarted(ParleyService service, int replica, HttpClient http, Consumer<String> log)
            throws IOException {
        List<ManagedProcess> running = processes.get(service);
        String base = url(service, replica);
        try {
            running.get(replica).awaitReady(() -> ready(http, base), readyTimeout());
        } catch (IOException first) {
            if (running.get(replica).alive()) {
                throw first;
            }
            Launch launch = launches.get(service).get(replica);
            log.accept("  " + launch.name() + " exited during start-up; starting it once more (" + launch.log() + ")");
            ManagedProcess again = launch.start(root);
            running.set(replica, again);
            again.awaitReady(() -> ready(http, base), readyTimeout());
        }
    }

    /** A replica's process, log and pid file name: the module's name for the first, {@code <module>-2} and on after. */
    static String processName(String module, int replica) {
        return replica == 0 ? module : module + "-" + (replica + 1);
    }

    /**
     * The console relays to the services just started and signs users in with the infrastructure's
     * Keycloak, which must know its address: on a free port it is registered through the admin API.
     * Its replicas share one database, where each finds the sessions the others made. A checkout without
     * the console module (or not yet built) runs without it.
     */
    private void startConsoles(Endpoints infra, String prefix, Map<String, String> extraEnv, HttpClient http,
            String java, Consumer<String> log, long t0) throws IOException {
        if (!modules.contains(CONSOLE_MODULE)) {
            return;
        }
        Path jar = root.resolve(CONSOLE_MODULE).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            log.accept("  (no console: " + root.relativize(jar) + " is not built)");
            return;
        }
        String database = prefix + CONSOLE_DATABASE;
        Databases.ensure(infra, database);
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int n = 0; n < replicas; n++) {
            int port = consolePorts.get(n);
            String origin = "http://localhost:" + port;
            if (port != CONSOLE_STACK_PORT) {
                new ConsoleClientRegistration(infra).allow(origin);
            }
            Map<String, String> env = new java.util.HashMap<>(Map.of(
                    "QUARKUS_HTTP_PORT", Integer.toString(port),
                    "QUARKUS_OIDC_AUTH_SERVER_URL", infra.realmUrl(),
                    "KAFKA_BOOTSTRAP_SERVERS", infra.kafka(),
                    "QUARKUS_DATASOURCE_JDBC_URL", infra.jdbcUrl(database),
                    "QUARKUS_DATASOURCE_USERNAME", infra.dbUser(),
                    "QUARKUS_DATASOURCE_PASSWORD", infra.dbPassword(),
                    "PARLEY_CONSOLE_SESSION_ENCRYPTION_KEY", LOCAL_SESSION_KEY));
            for (ParleyService service : ParleyService.all()) {
                // PARLEY_CONSOLE_SERVICES_INBOX etc.: this replica's own set of services
                env.put("PARLEY_CONSOLE_SERVICES_" + service.database().toUpperCase(Locale.ROOT),
                        url(service, n));
            }
            env.putAll(extraEnv);
            String name = processName(CONSOLE_MODULE, n);
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(jvmOptions(root, CONSOLE_MODULE, extraEnv));
            if (replicas > 1) {
                command.add("-Dmp.messaging.connector.smallrye-kafka.client-id-prefix=" + name + ".");
            }
            command.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar.toString()));
            ManagedProcess console = ManagedProcess.start(name, command,
                    root, env, dir.resolve("logs").resolve(name + ".log"), dir.resolve("pids").resolve(name + ".pid"));
            consoles.add(console);
            ready.add(CompletableFuture.runAsync(() -> {
                try {
                    console.awaitReady(() -> ready(http, origin), readyTimeout());
                    log.accept(String.format("  ready: %-40s (%.1f s)", name + " " + origin,
                            (System.nanoTime() - t0) / 1e9));
                } catch (IOException e) {
                    throw new CompletionException(e);
                }
            }));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
    }

    /** A service's command line, environment, log and pid file, as first started. */
    private record Launch(String name, List<String> command, Map<String, String> env, Path log, Path pidFile) {
        ManagedProcess start(Path root) throws IOException {
            return ManagedProcess.start(name, command, root, env, log, pidFile);
        }
    }

    /**
     * Kills a service as a crash would (SIGKILL, {@link ManagedProcess#kill}): what it had not committed is lost,
     * its Kafka consumers leave their group only when their session times out. For fault tests; {@link #restart}
     * brings it back. With replicas, the first one.
     */
    public void kill(ParleyService service) {
        kill(service, 0);
    }

    /** Kills one replica of a service (counted from 0) as a crash would. */
    public void kill(ParleyService service, int replica) {
        processes.get(service).get(replica).kill();
    }

    /**
     * Starts a service again exactly as it was first started — the same command, environment (port, database,
     * brokers), log and pid file — and waits until it is ready. A service still running is killed first. With
     * replicas, the first one.
     */
    public void restart(ParleyService service) throws IOException {
        restart(service, 0);
    }

    /** Starts one replica of a service (counted from 0) again exactly as it was first started. */
    public void restart(ParleyService service, int replica) throws IOException {
        List<ManagedProcess> running = processes.get(service);
        running.get(replica).kill();
        ManagedProcess started = launches.get(service).get(replica).start(root);
        running.set(replica, started);
        String base = url(service, replica);
        started.awaitReady(() -> ready(readiness, base), readyTimeout());
    }

    /** How many replicas of each service (and of the console) run. */
    public int replicas() {
        return replicas;
    }

    /**
     * Starts one more process of a running service, as a second pod of its Deployment: the first one's command and
     * environment, with {@code changes} on top, on a free port of its own, logging to {@code <module>-<name>.log}.
     * Waits until it is ready. The caller stops it ({@link AnotherProcess#stop}); {@link #stop} does not know it.
     */
    public AnotherProcess startAnother(ParleyService service, String name, Map<String, String> changes)
            throws IOException {
        Launch first = launches.get(service).get(0);
        int port = Ports.resolve(Ports.FREE);
        Map<String, String> env = new java.util.HashMap<>(first.env());
        env.putAll(changes);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Launch launch = new Launch(service.module() + "-" + name, first.command(), Map.copyOf(env),
                dir.resolve("logs").resolve(service.module() + "-" + name + ".log"),
                dir.resolve("pids").resolve(service.module() + "-" + name + ".pid"));
        ManagedProcess process = launch.start(root);
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
     * Stops a service (its first replica) as Kubernetes stops a pod (SIGTERM: it finishes what it is doing and leaves its consumer
     * groups; SIGKILL after 15 seconds). {@link #restart} starts it again.
     */
    public void terminate(ParleyService service) {
        processes.get(service).get(0).stop(Duration.ofSeconds(15));
    }

    /** The log file of a service's first process. */
    public Path log(ParleyService service) {
        return launches.get(service).get(0).log();
    }

    /** The web console's address, e.g. {@code http://localhost:8080} (its first replica); empty when it was not built. */
    public java.util.Optional<String> consoleUrl() {
        return consoles.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of("http://localhost:" + consolePorts.get(0));
    }

    /** Every console replica's address, the first first; empty when the console was not built. */
    public List<String> consoleUrls() {
        return consoles.isEmpty() ? List.of() : consolePorts.stream().map(p -> "http://localhost:" + p).toList();
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

    /** The base URL of a service (its first replica), e.g. {@code http://localhost:8082}. */
    public String url(ParleyService service) {
        return url(service, 0);
    }

    /** The base URL of one replica of a service, counted from 0. */
    public String url(ParleyService service, int replica) {
        return "http://localhost:" + ports.get(service).get(replica);
    }

    /** The base URLs of every replica of a service, the first first. */
    public List<String> urls(ParleyService service) {
        return ports.get(service).stream().map(p -> "http://localhost:" + p).toList();
    }

    /** Stops the consoles, then every service's replicas side by side. */
    public void stop() {
        stopAll(consoles);
        stopAll(processes.values().stream().flatMap(List::stream).toList());
    }

    private static void stopAll(List<ManagedProcess> running) {
        List<CompletableFuture<Void>> stops = running.stream()
                .map(p -> CompletableFuture.runAsync(() -> p.stop(Duration.ofSeconds(15))))
                .toList();
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
    }

    /** Stops services (every replica) an earlier process started with their pids in {@code dir/pids}. */
    public static void stopIn(Path dir) {
        List<String> modules = new ArrayList<>(List.of(CONSOLE_MODULE));
        ParleyService.all().forEach(s -> modules.add(s.module()));
        for (String module : modules) {
            for (int n = 0; n < MOST_REPLICAS; n++) {
                String name = processName(module, n);
                ManagedProcess.fromPidFile(name, dir.resolve("pids").resolve(name + ".pid"),
                        dir.resolve("logs").resolve(name + ".log")).ifPresent(p -> p.stop(Duration.ofSeconds(15)));
            }
        }
    }

    /**
     * A module's JVM options: those its Kubernetes Deployment ships ({@code JDK_JAVA_OPTIONS} in
     * {@code k8s/base/generated/<module>/kubernetes.yml}), so that {@code ./parley up} and the end-to-end tests run
     * what production runs, with {@code -XX:MaxRAM} set to the Deployment's memory limit, so that the JVM sizes its
     * heap as in its pod (where the container's limit is the memory it sees). {@code PARLEY_JVM_OPTS}, in the caller's
     * environment or in the environment given to the services, replaces them all (e.g.
     * {@code "-Xmx1g -XX:+UseParallelGC"} for a benchmark).
     */
    static List<String> jvmOptions(Path root, String module, Map<String, String> serviceEnv) throws IOException {
        String custom = serviceEnv.getOrDefault("PARLEY_JVM_OPTS", System.getenv("PARLEY_JVM_OPTS"));
        if (custom != null && !custom.isBlank()) {
            return List.of(custom.trim().split("\\s+"));
        }
        ShippedJvm shipped = ShippedJvm.of(GeneratedManifests.committed(root, module));
        List<String> options = new ArrayList<>();
        options.add("-XX:MaxRAM=" + shipped.memoryLimitBytes());
        options.addAll(shipped.options());
        return options;
    }
}
