package io.parley.e2e;

import io.parley.devstack.Signatures;
import io.parley.devstack.Tokens;
import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.RepositoryRoot;
import io.parley.devstack.infra.TestInfrastructure;
import io.parley.devstack.stack.DemoData;
import io.parley.devstack.stack.LocalServices;
import io.parley.devstack.stack.ParleyService;
import io.restassured.path.json.JsonPath;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rolling upgrade of inbox-service (the service with the most migrations), as Kubernetes performs one: version N
 * serves under load — comments arriving by signed webhook, agents reading the queue and answering — while version
 * N+1 migrates the shared database and its pod joins N's; then N's pod is stopped and N+1 serves alone.
 *
 * <p>Version N is the packaged jar as built. Version N+1 is N's migrations plus {@code rolling-upgrade/
 * next-version-expand.sql} as {@code V<N+1>__}: a nullable column, a column with a default, a new table and its index
 * — the expand step docs/operations.md (Upgrades) asks of every migration. Quarkus fixes Flyway's locations when a
 * service is built, so the test cannot hand the jar one more migration by configuration; it runs the migration as
 * N+1's pod does at its start (Flyway, the services' version and settings, the jar's own migrations plus the new one)
 * and then starts the second pod from the jar — the same code, which is what an old pod restarting in the middle of
 * a rollout runs against the new schema. What is proven is the database side of the upgrade: N keeps working while
 * and after the schema moves on, and a pod starts against a schema newer than its migrations.
 *
 * <p>Asserted: the database is at version N+1; N never answered 5xx nor logged ERROR, before, during or after the
 * migration, until it was stopped (while stopping, only SmallRye's "[Error Occurred After Shutdown]" lines of a consumer
 * interrupted mid-retry are let through, and shown: a known fault of the shutdown order); nor did the second pod (one 503 is told apart: a reply's standards check that standards-service did not
 * answer in time, which a machine busy with other builds causes and the upgrade cannot; such a reply is tried again); every webhook became exactly one conversation with exactly one interaction;
 * every reply accepted reached the network; after N's pod has stopped, comments still arrive and the second pod alone
 * answers.
 *
 * <p>It starts its own stack (databases {@code <prefix>upg_*}) and must not run beside {@link RunningStack}'s: both
 * would join the same consumer groups on the same broker and share out the comments between two databases. Tagged
 * {@code own-stack}, it runs in its own surefire execution, after the classes that share the stack have stopped it.
 */
@Tag("own-stack")
class RollingUpgradeTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** Requests of each phase, on each serving pod, before the test moves on. */
    private static final int REQUESTS_PER_PHASE = 10;
    /** Comments of each phase, sent and stored, before the test moves on. */
    private static final int COMMENTS_PER_PHASE = 10;
    private static final String REPLY = "Thank you — we are on it ❤ Dziękujemy!";

    private static Endpoints infra;
    private static Path stackDir;
    private static LocalServices services;
    private static LocalServices.AnotherProcess nextPod;
    private static String prefix;
    /** Version N's ERROR lines until it was sent SIGTERM. */
    private static List<String> untilTerminated;

    @BeforeAll
    static void startTheStack() throws IOException {
        Path root = RepositoryRoot.find();
        infra = TestInfrastructure.endpoints();
        prefix = RunningStack.databasePrefix() + "upg_";
        stackDir = root.resolve("e2e-tests/target/rolling-upgrade");
        deleteRecursively(stackDir.resolve("logs")); // the ERROR check reads this run's lines only
        RunningStack.startFromNothing(infra, prefix);
        services = LocalServices.start(root, stackDir, infra, false, prefix, Map.of("QUARKUS_PROFILE", "prod"),
                System.out::println);
    }

    @AfterAll
    static void stopTheStack() {
        if (nextPod != null) {
            nextPod.stop();
        }
        if (services != null) {
            services.stop();
        }
    }

    @Test
    void theNextVersionMigratesWhileTheOldOneServesAndNothingIsLost() throws Exception {
        String inboxN = services.url(ParleyService.INBOX);
        Load load = new Load(UUID.randomUUID().toString().substring(0, 8), services.url(ParleyService.INGEST));
        load.serveFrom(inboxN);
        load.start();
        try {
            // Version N alone, under load.
            load.awaitProgress(Set.of(inboxN));
            int versionN = schemaVersion();

            // Version N+1's pod starts: its Flyway migrates the shared database while N serves.
            int next = versionN + 1;
            Path nextMigrations = stackDir.resolve("next-version");
            deleteRecursively(nextMigrations);
            Files.createDirectories(nextMigrations);
            try (InputStream sql = RollingUpgradeTest.class.getResourceAsStream("/rolling-upgrade/next-version-expand.sql")) {
                Files.write(nextMigrations.resolve("V" + next + "__next_version_expand.sql"), sql.readAllBytes());
            }
            MigrateResult migrated = migrateAsTheNextVersion(nextMigrations);
            assertEquals(1, migrated.migrationsExecuted, "migrations N+1 applied: " + migrated.migrations);
            assertEquals(next, schemaVersion(), "flyway_schema_history after N+1's migration");
            assertTrue(appliedSuccessfully(next), "V" + next + " is not recorded as applied successfully");
            load.awaitProgress(Set.of(inboxN)); // N serves on the new schema

            // N+1's pod joins N's: both serve, both consume.
            nextPod = services.startAnother(ParleyService.INBOX, "next", Map.of());
            load.serveFrom(inboxN, nextPod.url());
            load.awaitProgress(Set.of(inboxN, nextPod.url()));
            // N+1's code would fill its new column; N reads and updates those rows all the same.
            try (Connection c = inboxDatabase(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE conversation SET first_reply_channel = 'public' WHERE id IN (SELECT "
                        + "conversation_id FROM interaction WHERE platform_object_id LIKE '%" + load.run + "-%')");
            }
            load.awaitProgress(Set.of(inboxN, nextPod.url()));

            // N's pod leaves: out of the Service first, then SIGTERM. N+1 alone serves and consumes.
            load.serveFrom(nextPod.url());
            untilTerminated = errorLines(services.log(ParleyService.INBOX));
            services.terminate(ParleyService.INBOX);
            load.awaitProgress(Set.of(nextPod.url()));
        } finally {
            load.stop();
        }

        // No request lost: every comment is one conversation with one interaction, through both pods' hands.
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(load.commentsSent(), storedComments(load.run)));
        Map<String, Integer> duplicates = interactionsPerComment(load.run);
        duplicates.values().removeIf(n -> n == 1);
        assertTrue(duplicates.isEmpty(), "comments stored more than once: " + duplicates);
        assertEquals(load.commentsSent(), conversationsOf(load.run), "conversations of the run's comments");
        assertTrue(load.webhookFailures.isEmpty(), "webhooks not accepted: " + load.webhookFailures);

        // Every reply accepted during the upgrade went out and came back delivered.
        assertFalse(load.replied.isEmpty(), "no reply was sent during the upgrade");
        await().atMost(PATIENCE).untilAsserted(() -> {
            try (Connection c = inboxDatabase(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM reply WHERE status = 'delivered' AND "
                         + "conversation_id IN (" + quotedIds(load.replied) + ")")) {
                rs.next();
                assertEquals(load.replied.size(), rs.getInt(1), "replies delivered of " + load.replied.size());
            }
        });

        // Nothing broke on either side: no 5xx, no failed request, no ERROR line.
        assertTrue(load.failures.isEmpty(), "requests the inbox pods failed: " + load.failures);
        assertEquals(List.of(), untilTerminated, "ERROR lines of version N while it served");
        // Stopping: SmallRye logs a consumer that was waiting out a failure when the application stopped ("[Error
        // Occurred After Shutdown]"; its record is read again by the pods left). Shown, not failed: a known fault of
        // the shutdown order, not of the upgrade; anything else logged at ERROR while stopping fails.
        List<String> stopping = errorLines(services.log(ParleyService.INBOX));
        List<String> unexplained = stopping.stream().filter(l -> !l.contains("[Error Occurred After Shutdown]")).toList();
        assertEquals(List.of(), unexplained, "ERROR lines of version N while it stopped");
        if (!stopping.isEmpty()) {
            System.out.println("rolling upgrade: version N's ERROR lines while stopping (known, see docs/operations.md "
                    + "Upgrades):\n  " + String.join("\n  ", stopping));
        }
        assertEquals(List.of(), errorLines(nextPod.log()), "ERROR lines of version N+1's pod");
        System.out.printf("rolling upgrade: %d comments, %d replies, requests answered %s, V%d applied; replies "
                        + "answered 503 because standards-service did not answer the check in time: %s%n",
                load.commentsSent(), load.replied.size(), load.answeredByPod, schemaVersion(), load.checksUnavailable);
    }

    /**
     * Migrates the inbox database as the next version's pod would at its start: Flyway as the services run it
     * (Quarkus' defaults; the version the packaged jar carries), over the packaged jar's own migrations — read from
     * the jar, not the sources — plus the folder holding the next version's.
     */
    private static MigrateResult migrateAsTheNextVersion(Path nextMigrations) throws IOException {
        Path app = RepositoryRoot.find().resolve("inbox-service/target/quarkus-app");
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(app.resolve("app")), Files.list(app.resolve("lib/main")))) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")
                    && (f.startsWith(app.resolve("app")) || f.getFileName().toString().startsWith("io.parley.")))
                    .toList()) {
                jars.add(jar.toUri().toURL());
            }
        }
        // Classes (Flyway's own, the driver) from the test's class path; migrations from the packaged jars alone (the
        // test's class path holds every service's jar, for the build order).
        try (URLClassLoader packaged = new URLClassLoader(jars.toArray(URL[]::new),
                RollingUpgradeTest.class.getClassLoader()) {
            @Override
            public URL getResource(String name) {
                return findResource(name);
            }

            @Override
            public java.util.Enumeration<URL> getResources(String name) throws IOException {
                return findResources(name);
            }
        }) {
            return Flyway.configure(packaged)
                    .dataSource(infra.jdbcUrl(inboxDatabaseName()), infra.dbUser(), infra.dbPassword())
                    // inbox-service's quarkus.flyway.locations, and the next version's folder
                    .locations("classpath:db/migration", "classpath:db/parley-platform",
                            "filesystem:" + nextMigrations.toAbsolutePath())
                    .load()
                    .migrate();
        }
    }

    private static String inboxDatabaseName() {
        return prefix + ParleyService.INBOX.database();
    }

    private static Connection inboxDatabase() throws SQLException {
        return DriverManager.getConnection(infra.jdbcUrl(inboxDatabaseName()), infra.dbUser(), infra.dbPassword());
    }

    /** The highest major version in flyway_schema_history (the platform's {@code 0.1} counts as 0). */
    private static int schemaVersion() throws SQLException {
        try (Connection c = inboxDatabase(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL")) {
            int max = 0;
            while (rs.next()) {
                max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
            }
            return max;
        }
    }

    private static boolean appliedSuccessfully(int version) throws SQLException {
        try (Connection c = inboxDatabase(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT success FROM flyway_schema_history WHERE version = '" + version + "'")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** How many of the run's comments the inbox stored (distinct platform ids). */
    private static int storedComments(String run) throws SQLException {
        try (Connection c = inboxDatabase(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(DISTINCT platform_object_id) FROM interaction "
                     + "WHERE platform_object_id LIKE '%" + run + "-%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Map<String, Integer> interactionsPerComment(String run) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = inboxDatabase(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT platform_object_id, count(*) FROM interaction "
                     + "WHERE platform_object_id LIKE '%" + run + "-%' GROUP BY platform_object_id")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static int conversationsOf(String run) throws SQLException {
        try (Connection c = inboxDatabase(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(DISTINCT conversation_id) FROM interaction "
                     + "WHERE platform_object_id LIKE '%" + run + "-%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String quotedIds(Set<String> ids) {
        return String.join(",", ids.stream().map(id -> "'" + UUID.fromString(id) + "'").toList());
    }

    /** The log's ERROR lines (the services log {@code date time LEVEL [category] ...}). */
    private static List<String> errorLines(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.matches("\\S+ \\S+ ERROR .*")).limit(20).toList();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * The traffic of a rolling upgrade: a signed Facebook comment every 200 ms through ingest-service, and every
     * 200 ms an agent's request to one of the inbox pods in the Service (round robin): the open queue, a
     * conversation, and every fourth time a public reply to a conversation not answered yet. Records every answer; a
     * 5xx, another unexpected status or a failed connection is a failure.
     */
    private static final class Load {
        final String run;
        private final String ingest;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final ScheduledExecutorService ticks = Executors.newScheduledThreadPool(2);
        private volatile List<String> pods = List.of();
        private final AtomicInteger comments = new AtomicInteger();
        private final AtomicInteger requests = new AtomicInteger();
        final Map<String, AtomicInteger> answeredByPod = new ConcurrentHashMap<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        final List<String> webhookFailures = new CopyOnWriteArrayList<>();
        /** Conversations answered (201); a reply is tried once per conversation unless the check was unavailable. */
        final Set<String> replied = ConcurrentHashMap.newKeySet();
        private final Set<String> replying = ConcurrentHashMap.newKeySet();
        /**
         * Replies answered 503 because standards-service, which checks every reply, did not answer in time (on a
         * machine running many builds): its answer passed on, not the inbox's schema; the reply is tried again.
         */
        final List<String> checksUnavailable = new CopyOnWriteArrayList<>();
        private final List<String> queue = new CopyOnWriteArrayList<>();

        Load(String run, String ingest) {
            this.run = run;
            this.ingest = ingest;
        }

        /** The pods the Service sends requests to from now on (a pod leaving is taken out before it stops). */
        void serveFrom(String... pods) {
            this.pods = List.of(pods);
        }

        void start() {
            ticks.scheduleAtFixedRate(this::comment, 0, 200, TimeUnit.MILLISECONDS);
            ticks.scheduleAtFixedRate(this::agentRequest, 0, 200, TimeUnit.MILLISECONDS);
        }

        void stop() throws InterruptedException {
            ticks.shutdown();
            assertTrue(ticks.awaitTermination(30, TimeUnit.SECONDS), "the load did not stop");
        }

        int commentsSent() {
            return comments.get();
        }

        /**
         * Waits until this phase has had its share of traffic: more comments sent and stored, and more requests
         * answered by each of {@code serving}.
         */
        void awaitProgress(Set<String> serving) throws SQLException {
            int storedBefore = storedComments(run);
            Map<String, Integer> before = new LinkedHashMap<>();
            serving.forEach(pod -> before.put(pod, answered(pod)));
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertTrue(storedComments(run) >= storedBefore + COMMENTS_PER_PHASE,
                        "comments stored: " + storedComments(run) + " of " + comments.get() + " sent");
                for (String pod : serving) {
                    assertTrue(answered(pod) >= before.get(pod) + REQUESTS_PER_PHASE, pod + " answered "
                            + answered(pod) + "; failures: " + failures);
                }
            });
        }

        private int answered(String pod) {
            return answeredByPod.computeIfAbsent(pod, p -> new AtomicInteger()).get();
        }

        private void comment() {
            int n = comments.incrementAndGet();
            String body = DemoData.feedComment(run + "-" + n, "Upgrade Customer", "upgrade " + run + " comment " + n,
                    Instant.now().getEpochSecond());
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(ingest + "/webhooks/meta"))
                        .header("Content-Type", "application/json")
                        .header("X-Hub-Signature-256", Signatures.metaSha256(DemoData.META_APP_SECRET, body))
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    webhookFailures.add("comment " + n + ": " + answer.statusCode() + " " + answer.body());
                }
            } catch (IOException e) {
                webhookFailures.add("comment " + n + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void agentRequest() {
            List<String> serving = pods;
            int n = requests.incrementAndGet();
            String pod = serving.get(n % serving.size());
            String token = Tokens.bearer(Tokens.forUser("agent1"));
            try {
                if (n % 4 == 0 && !queue.isEmpty()) {
                    String id = queue.get(n % queue.size());
                    if (!replied.contains(id) && replying.add(id)) {
                        reply(pod, id, token);
                        replying.remove(id);
                        return;
                    }
                }
                if (n % 2 == 0 && !queue.isEmpty()) {
                    expect(pod, 200, HttpRequest.newBuilder(URI.create(pod + "/api/v1/conversations/"
                            + queue.get(n % queue.size()))).header("Authorization", token).GET());
                    return;
                }
                String body = expect(pod, 200, HttpRequest.newBuilder(URI.create(pod
                        + "/api/v1/conversations?status=new,open&limit=50")).header("Authorization", token).GET());
                if (body != null) {
                    List<String> open = new ArrayList<>();
                    List<Map<String, Object>> items = JsonPath.from(body).getList("items");
                    for (Map<String, Object> item : items) {
                        if (String.valueOf(item.get("preview")).startsWith("upgrade " + run)) {
                            open.add(String.valueOf(item.get("id")));
                        }
                    }
                    open.removeAll(replied);
                    queue.clear();
                    queue.addAll(open);
                }
            } catch (RuntimeException e) {
                failures.add(pod + ": " + e);
            }
        }

        private void reply(String pod, String id, String token) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(pod + "/api/v1/conversations/" + id + "/replies"))
                    .header("Authorization", token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "upgrade-" + id).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + REPLY + "\"}", StandardCharsets.UTF_8))
                    .build();
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() == 201) {
                    replied.add(id);
                    answeredByPod.computeIfAbsent(pod, p -> new AtomicInteger()).incrementAndGet();
                } else if (answer.statusCode() == 503 && answer.body().contains("standards could not be checked")) {
                    checksUnavailable.add(pod + " " + id);
                } else {
                    failures.add(pod + " POST replies of " + id + ": " + answer.statusCode() + " " + answer.body());
                }
            } catch (IOException e) {
                failures.add(pod + " POST replies of " + id + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Sends a request to a pod; returns the body when it answered as expected, else records a failure. */
        private String expect(String pod, int status, HttpRequest.Builder request) {
            try {
                HttpResponse<String> answer = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() != status) {
                    failures.add(pod + " " + answer.request().method() + " " + answer.uri().getPath() + ": "
                            + answer.statusCode() + " " + answer.body());
                    return null;
                }
                answeredByPod.computeIfAbsent(pod, p -> new AtomicInteger()).incrementAndGet();
                return answer.body();
            } catch (IOException e) {
                failures.add(pod + ": " + e);
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}
