package io.parley.devstack.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * PostgreSQL, a Kafka broker, Keycloak and a mail server as local processes — the same code for the tests (free
 * ports, throwaway folder under the build output) and for the local stack (fixed ports, folder
 * under {@code .parley/}). The three start in parallel; Keycloak is the slow one (about 30 s).
 *
 * <p>When {@code PARLEY_DB_URL} ({@code jdbc:postgresql://host:port}), {@code PARLEY_DB_USER} and
 * {@code PARLEY_DB_PASSWORD} are set, an existing PostgreSQL server is used instead of starting one.
 */
public final class LocalInfrastructure {

    /** Fixed ports of the local stack. */
    public static final int STACK_POSTGRES = 5433;
    public static final int STACK_KAFKA = 9092;
    public static final int STACK_KEYCLOAK = 8180;
    public static final int STACK_SMTP = 2525;
    public static final int STACK_MAIL_API = 8025;

    private final Path dir;
    private final Postgres postgres;
    private final KafkaBroker kafka;
    private final Keycloak keycloak;
    private final MailServer mail;
    private final Endpoints endpoints;

    private LocalInfrastructure(Path root, Path dir, int pgPort, int kafkaPort, int keycloakPort, boolean durable) {
        this.dir = dir;
        Path tools = root.resolve(".parley/tools");
        String externalDb = System.getenv("PARLEY_DB_URL");
        this.postgres = externalDb == null || externalDb.isBlank()
                ? new Postgres(dir.resolve("postgres"), Ports.resolve(pgPort), durable) : null;
        int kafkaResolved = Ports.resolve(kafkaPort);
        int controller = kafkaPort == Ports.FREE ? Ports.resolve(Ports.FREE) : kafkaPort + 1;
        this.kafka = new KafkaBroker(newest(tools, "kafka-").resolve("libs"), dir.resolve("kafka"), kafkaResolved,
                controller);
        int kcPort = Ports.resolve(keycloakPort);
        int kcManagement = keycloakPort == Ports.FREE ? Ports.resolve(Ports.FREE) : keycloakPort + 1;
        this.keycloak = new Keycloak(newest(tools, "keycloak-"), root.resolve("devstack/keycloak/parley-realm.json"),
                dir.resolve("keycloak"), kcPort, kcManagement);
        boolean stack = keycloakPort != Ports.FREE;
        this.mail = new MailServer(newest(tools, "greenmail-").resolve("greenmail-standalone.jar"),
                dir.resolve("mail"), Ports.resolve(stack ? STACK_SMTP : Ports.FREE),
                Ports.resolve(stack ? STACK_MAIL_API : Ports.FREE));
        this.endpoints = postgres != null
                ? new Endpoints("jdbc:postgresql://localhost:" + postgres.port(), Postgres.USER, Postgres.PASSWORD,
                        kafka.bootstrap(), keycloak.url(), mail.smtp(), mail.api())
                : new Endpoints(externalDb, env("PARLEY_DB_USER", "parley"), env("PARLEY_DB_PASSWORD", "parley"),
                        kafka.bootstrap(), keycloak.url(), mail.smtp(), mail.api());
    }

    /**
     * Starts everything and writes {@code endpoints.properties} into {@code dir}. {@code durable}
     * keeps PostgreSQL crash-safe (the local stack); tests turn fsync off.
     */
    public static LocalInfrastructure start(Path root, Path dir, int pgPort, int kafkaPort, int keycloakPort,
            boolean durable, Consumer<String> log) throws IOException {
        LocalInfrastructure infra = new LocalInfrastructure(root, dir.toAbsolutePath(), pgPort, kafkaPort,
                keycloakPort, durable);
        infra.startAll(log);
        return infra;
    }

    /** Starts with test settings (not durable). */
    public static LocalInfrastructure start(Path root, Path dir, int pgPort, int kafkaPort, int keycloakPort,
            Consumer<String> log) throws IOException {
        return start(root, dir, pgPort, kafkaPort, keycloakPort, false, log);
    }

    private void startAll(Consumer<String> log) throws IOException {
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        List<CompletableFuture<Void>> parts = new ArrayList<>();
        parts.add(async("Keycloak " + keycloak.url(), keycloak::start, log, t0));
        if (postgres != null) {
            parts.add(async("PostgreSQL localhost:" + postgres.port(), postgres::start, log, t0));
        }
        parts.add(async("Kafka " + kafka.bootstrap(), kafka::start, log, t0));
        parts.add(async("Mail server smtp://" + mail.smtp() + ", mailboxes " + mail.api(), mail::start, log, t0));
        try {
            CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            stop();
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException(cause);
        }
        endpoints.write(dir.resolve("endpoints.properties"));
    }

    private interface Step {
        void run() throws IOException;
    }

    private static CompletableFuture<Void> async(String what, Step step, Consumer<String> log, long t0) {
        return CompletableFuture.runAsync(() -> {
            try {
                step.run();
                log.accept(String.format("  ready: %-40s (%.1f s)", what, (System.nanoTime() - t0) / 1e9));
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        });
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    public Path dir() {
        return dir;
    }

    /** Stops them all, whatever state they are in. */
    public void stop() {
        List<CompletableFuture<Void>> parts = new ArrayList<>();
        parts.add(CompletableFuture.runAsync(keycloak::stop));
        parts.add(CompletableFuture.runAsync(kafka::stop));
        parts.add(CompletableFuture.runAsync(mail::stop));
        if (postgres != null) {
            parts.add(CompletableFuture.runAsync(postgres::stop));
        }
        CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).join();
    }

    /** Stops infrastructure that an earlier process started in {@code dir} (for {@code ./parley down}). */
    public static void stopIn(Path root, Path dir) {
        new LocalInfrastructure(root, dir.toAbsolutePath(), STACK_POSTGRES, STACK_KAFKA, STACK_KEYCLOAK, true)
                .stop();
    }

    static Path newest(Path tools, String prefix) {
        try (Stream<Path> entries = Files.list(tools)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p))
                    .max(Path::compareTo)
                    .orElseThrow(() -> new IllegalStateException("no " + prefix + "* in " + tools
                            + "; run `mvn -pl infra generate-resources` (./parley does it for you)"));
        } catch (IOException e) {
            throw new IllegalStateException(tools + " is missing; run `mvn -pl infra generate-resources`"
                    + " (./parley does it for you)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
