package io.parley.e2e;

import io.parley.devstack.infra.Databases;
import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.KafkaTopics;
import io.parley.devstack.infra.RepositoryRoot;
import io.parley.devstack.infra.TestInfrastructure;
import io.parley.testsupport.inbox.InboxFill;
import io.parley.devstack.stack.LocalServices;
import io.parley.devstack.stack.ParleyService;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Starts the five packaged services once for all end-to-end tests, exactly as {@code ./parley up}
 * does (same launcher, same environment variables), against the build's infrastructure and their
 * own {@code e2e_*} databases, from empty databases and empty topics; stops them when the tests are done. After every test class each service
 * and the console must still report UP on {@code /q/health}: a scenario that passes while it leaves a
 * service DOWN (as the console's live stream once did, on its first event) fails.
 *
 * <p>Two settings differ from {@code ./parley up}, both where a deployment points at something outside Parley: live
 * Telegram bots call {@link FakeTelegram} instead of api.telegram.org ({@code parley.ingest.outbound.base-url.telegram},
 * which ingest-service has for exactly this: a proxy or a fake platform), and channel secrets kept in files are read
 * from {@link #channelSecrets()} instead of {@code /var/run/secrets/parley/channels} (where Kubernetes mounts them),
 * so that a test keeps a bot's token where an operator would. Every other account and service is configured as
 * {@code ./parley up} configures it.
 */
public final class RunningStack implements BeforeAllCallback, AfterAllCallback {

    private static LocalServices services;
    private static Exception startFailure;
    private static FakeTelegram telegram;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningStack.class) {
            if (startFailure != null) {
                throw new IllegalStateException("the stack did not start for an earlier test class", startFailure);
            }
            if (services == null) {
                Path root = RepositoryRoot.find();
                Endpoints infra = TestInfrastructure.endpoints();
                try {
                    startFromNothing(infra, databasePrefix());
                    telegram = FakeTelegram.start();
                    Files.createDirectories(channelSecrets());
                    services = LocalServices.start(root, root.resolve("e2e-tests/target/stack"), infra, false,
                            databasePrefix(), Map.of("QUARKUS_PROFILE", "prod",
                                    "PARLEY_INGEST_OUTBOUND_BASE_URL_TELEGRAM", telegram.root(),
                                    "PARLEY_INGEST_CHANNEL_SECRETS_DIRECTORY", channelSecrets().toString()),
                            System.out::println);
                    holdAYearOfConversations();
                } catch (Exception e) {
                    startFailure = e; // the next class would wait as long again for the same outcome
                    throw e;
                }
                LocalServices started = services;
                FakeTelegram fake = telegram;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put("parley-services", (ExtensionContext.Store.CloseableResource) () -> {
                            started.stop();
                            fake.stop();
                        });
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (services == null) {
            return; // the stack did not start: beforeAll has failed the class already
        }
        Map<String, String> down = notUp(health());
        if (!down.isEmpty()) {
            throw new AssertionError("after " + context.getDisplayName() + ", not every service reports UP on "
                    + "/q/health:\n" + down);
        }
    }

    /** Each service's and the console's {@code /q/health} answer: status code, a space, the body. */
    public static Map<String, String> health() throws InterruptedException {
        return health(services);
    }

    /** The same for a stack of a test's own ({@code own-stack}). */
    static Map<String, String> health(LocalServices stack) throws InterruptedException {
        Map<String, String> bases = new LinkedHashMap<>();
        for (ParleyService service : ParleyService.all()) {
            bases.put(service.module(), stack.url(service));
        }
        stack.consoleUrl().ifPresent(console -> bases.put(LocalServices.CONSOLE_MODULE, console));
        return health(bases);
    }

    /** The {@code /q/health} answer at each named base URL. */
    static Map<String, String> health(Map<String, String> bases) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<String, String> base : bases.entrySet()) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base.getValue() + "/q/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                answers.put(base.getKey(), answer.statusCode() + " " + answer.body().replaceAll("\\s+", " "));
            } catch (IOException e) {
                answers.put(base.getKey(), "unreachable: " + e);
            }
        }
        return answers;
    }

    /** The answers of {@link #health} that are not a 200 with status UP. */
    static Map<String, String> notUp(Map<String, String> answers) {
        Map<String, String> down = new TreeMap<>();
        answers.forEach((name, answer) -> {
            if (!answer.startsWith("200 ") || !answer.contains("\"UP\"")) {
                down.put(name, answer);
            }
        });
        return down;
    }

    /**
     * Empties what the stack reads, as on a fresh machine: its databases are dropped (the services' migrations
     * create them again) and Parley's topics deleted and created again. The modules' tests publish to the same
     * topics on the same broker (brand acme's catalogue versions, comments, posts), and the services read their
     * topics from the beginning: without this the inbox kept a module test's catalogue, whose version outranked
     * every one the stack's own standards-service saved, and a run passed or failed by how many versions the
     * modules' tests had happened to save.
     */
    static void startFromNothing(Endpoints infra, String databasePrefix) throws IOException {
        for (ParleyService service : ParleyService.all()) {
            Databases.drop(infra, databasePrefix + service.database());
        }
        Databases.drop(infra, databasePrefix + LocalServices.CONSOLE_DATABASE);
        KafkaTopics.recreate(infra.kafka());
        System.out.println("end-to-end stack: databases " + databasePrefix + "* dropped, Parley's topics emptied");
    }

    /** How many resolved conversations of acme's past the stack holds for every scenario. */
    public static final long HISTORY = 100_000;

    /**
     * Every scenario runs on a brand with a past: acme's inbox holds {@value #HISTORY} resolved conversations of the
     * last year besides what the tests send ({@link InboxFill#HISTORY}, written by PostgreSQL itself in seconds). They
     * change no open queue, so each scenario still finds its own conversations, but every query, count and screen
     * runs against a table of realistic size, as a brand's does after a year.
     */
    private static void holdAYearOfConversations() throws SQLException {
        long started = System.nanoTime();
        try (Connection db = inboxDatabase()) {
            InboxFill.HISTORY.fill(db, "acme", HISTORY, to -> { });
        }
        System.out.printf(Locale.ROOT, "end-to-end stack: acme's inbox holds %,d resolved conversations of its past "
                + "(%.1f s)%n", HISTORY, (System.nanoTime() - started) / 1e9);
    }

    /** A connection to the running stack's inbox database, for fills at scale. */
    public static Connection inboxDatabase() throws SQLException {
        Endpoints infra = infra();
        return DriverManager.getConnection(infra.jdbcUrl(databasePrefix() + ParleyService.INBOX.database()),
                infra.dbUser(), infra.dbPassword());
    }

    /**
     * The services' databases are {@code e2e_<service>}, or {@code PARLEY_E2E_DATABASE_PREFIX<service>}: on
     * test infrastructure shared by several checkouts, one whose migrations differ needs databases of its own.
     */
    public static String databasePrefix() {
        String prefix = System.getenv("PARLEY_E2E_DATABASE_PREFIX");
        return prefix == null || prefix.isBlank() ? "e2e_" : prefix.trim();
    }

    public static String url(ParleyService service) {
        return services.url(service);
    }

    /**
     * Kills a service with SIGKILL, as a crash would (for fault tests). Restart it with {@link #restart} before the
     * class ends: the health check after every class wants every service UP.
     */
    public static void kill(ParleyService service) {
        services.kill(service);
    }

    /** Starts a killed service again exactly as it was started (same command, environment, port, database). */
    public static void restart(ParleyService service) throws IOException {
        services.restart(service);
    }

    /** The web console's address; empty when the console module was not built. */
    public static java.util.Optional<String> consoleUrl() {
        return services.consoleUrl();
    }

    /** The Telegram Bot API the stack's live bots call. */
    public static FakeTelegram telegram() {
        return telegram;
    }

    /**
     * The folder ingest-service reads {@code file:} channel secrets from ({@code parley.ingest.channel-secrets.directory}):
     * a test writes a secret there and gives the account {@code file:<folder>/<name>}, never the value.
     */
    public static Path channelSecrets() {
        return RepositoryRoot.find().resolve("e2e-tests/target/stack/channel-secrets");
    }

    public static Endpoints infra() {
        return TestInfrastructure.endpoints();
    }
}
