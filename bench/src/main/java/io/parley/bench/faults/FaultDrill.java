package io.parley.bench.faults;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault drill (issue 18): signed Facebook comments at a steady rate into the local stack, and an agent answering
 * some of them, while the drill kills with SIGKILL — and restarts the same way {@code ./parley up} started them —
 * the Kafka broker, then PostgreSQL, then each service in turn; then, with Keycloak killed, goes on with the
 * agent's signed-in work on the tokens it already holds. Afterwards, with nobody restarting anything by hand, it
 * checks and prints: every acknowledged comment in the inbox exactly once, nothing new on the dead-letter topic,
 * every acknowledged reply delivered exactly once (one sandbox request and the reply marked delivered), every
 * service UP.
 *
 * <p>Needs the local stack: {@code ./parley up -d}. Then:
 * {@code mvn -q -pl bench exec:java -Dbench.main=io.parley.bench.faults.FaultDrill}
 * (options: {@code -Ddrill.rate} comments/s, default 150; {@code -Ddrill.down} seconds a killed process stays
 * down, default 6; {@code -Ddrill.between} seconds of steady load between faults, default 10;
 * {@code -Ddrill.only=kafka,postgres,services,keycloak} to run some of the faults). It exits non-zero when a
 * check fails. docs/reliability.md quotes its figures.
 *
 * <p>The soak ({@code -Ddrill.only=soak -Ddrill.soak=1800 -Ddrill.rate=50}): the same steady load, no fault, for
 * {@code drill.soak} seconds, sampled every {@code drill.sample} seconds (60): each service's heap in use and
 * resident memory, and the lag of every consumer group that is working. It passes when, after a five-minute warm-up,
 * the second half's mean live heap (in use right after a full collection asked for with jcmd) is within 20 % (plus
 * 16 MiB) of the first half's, the lag of the second half
 * is not above twice the first half's (plus five seconds of load) and the last five samples' mean is under thirty
 * seconds of load, no service
 * wrote an ERROR line in its log during the soak, and the exactly-once checks above hold.
 */
public final class FaultDrill {

    private static final String SECRET = "demo-meta-secret";
    private static final String PAGE = "1234567890";
    private static final String[] SERVICES = {"ingest-service", "inbox-service", "analytics-service",
            "calendar-service", "standards-service"};
    private static final Map<String, Integer> PORTS = Map.of("ingest-service", 8081, "inbox-service", 8082,
            "calendar-service", 8083, "standards-service", 8084, "analytics-service", 8085);
    private static final String KEYCLOAK = "http://localhost:8180/realms/parley";
    private static final String JDBC = "jdbc:postgresql://localhost:5433/";

    private final Path stack;
    private final int rate;
    private final Duration down;
    private final Duration between;
    private final Set<String> only;
    private final long runId = System.currentTimeMillis();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /** At most this many webhooks in flight: a slow gateway is not flooded with requests nobody waits for. */
    private final java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(
            Integer.getInteger("drill.inflight", 64));
    private final AtomicLong skipped = new AtomicLong();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong refused = new AtomicLong();
    private final Map<UUID, String> replies = new ConcurrentHashMap<>();
    private final AtomicLong repliesRefused = new AtomicLong();
    private final ConcurrentLinkedQueue<String> timeline = new ConcurrentLinkedQueue<>();
    private final long t0 = System.nanoTime();
    private volatile String token;

    private FaultDrill(Path stack, int rate, Duration down, Duration between, Set<String> only) {
        this.stack = stack;
        this.rate = rate;
        this.down = down;
        this.between = between;
        this.only = only;
    }

    public static void main(String[] args) throws Exception {
        Path stack = Path.of(".parley/stack");
        if (!Files.isDirectory(stack)) {
            stack = Path.of("..").resolve(stack);
        }
        if (!Files.exists(stack.resolve("pids/stack.running"))) {
            System.err.println("No local stack running (no " + stack.resolve("pids/stack.running") + "): ./parley up -d");
            System.exit(2);
        }
        FaultDrill drill = new FaultDrill(stack.toAbsolutePath().normalize(), Integer.getInteger("drill.rate", 150),
                Duration.ofSeconds(Integer.getInteger("drill.down", 6)),
                Duration.ofSeconds(Integer.getInteger("drill.between", 10)),
                Set.of(System.getProperty("drill.only", "kafka,postgres,services,keycloak").split(",")));
        System.exit(drill.run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        System.out.printf(Locale.ROOT, "Parley fault drill — %d comments/s, each fault down %d s, %d s between; run %d%n",
                rate, down.toSeconds(), between.toSeconds(), runId);
        long deadLettersBefore = deadLetterCount();
        token = agentToken();
        ScheduledExecutorService load = Executors.newScheduledThreadPool(2);
        load.scheduleAtFixedRate(this::sendComment, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        load.scheduleWithFixedDelay(this::answerOne, 3, 1, TimeUnit.SECONDS);
        load.scheduleWithFixedDelay(this::refreshToken, 60, 60, TimeUnit.SECONDS);
        pause(between);
        if (only.contains("kafka")) {
            killAndRestart("kafka", stack.resolve("kafka/kafka.pid"), stack.resolve("kafka/kafka.log"),
                    () -> listening(9092));
            pause(between);
        }
        if (only.contains("postgres")) {
            killAndRestartPostgres();
            pause(between);
        }
        if (only.contains("services")) {
            for (String service : SERVICES) {
                killAndRestart(service, stack.resolve("pids/" + service + ".pid"),
                        stack.resolve("logs/" + service + ".log"), () -> ready("http://localhost:" + PORTS.get(service)));
                pause(between);
            }
        }
        KeycloakOutcome keycloak = only.contains("keycloak") ? keycloakDown() : null;
        Soak soak = only.contains("soak") ? soak(Duration.ofSeconds(Long.getLong("drill.soak", 1800))) : null;
        load.shutdown();
        load.awaitTermination(30, TimeUnit.SECONDS);
        mark("load stopped: " + acknowledged.size() + " comments acknowledged, " + refused.get() + " refused; "
                + replies.size() + " replies acknowledged, " + repliesRefused.get() + " refused");
        return report(deadLettersBefore, keycloak) & (soak == null || soak.report());
    }

    // ---- load -------------------------------------------------------------------------------------------------

    private void sendComment() {
        if (!inFlight.tryAcquire()) {
            skipped.incrementAndGet(); // every connection busy: this slot's comment is not sent (nor acknowledged)
            return;
        }
        long n = sequence.incrementAndGet();
        String commentId = runId + "_" + n;
        long now = System.currentTimeMillis() / 1000;
        String body = """
                {"object":"page","entry":[{"id":"%s","time":%d,"changes":[{"field":"feed","value":{"item":"comment",\
                "verb":"add","comment_id":"%s","post_id":"%s_%d","parent_id":"%s_%d","from":{"id":"%d",\
                "name":"Drill %d"},"message":"Where is my parcel? Order %d","created_time":%d}}]}]}"""
                .formatted(PAGE, now, commentId, PAGE, runId, PAGE, runId, 500000 + n % 997, n % 997, n, now);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:8081/webhooks/meta"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", sign(body)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            inFlight.release();
            answers.computeIfAbsent(error != null ? error.getClass().getSimpleName()
                    : Integer.toString(response.statusCode()), k -> new AtomicLong()).incrementAndGet();
            if (error == null && response.statusCode() == 200) {
                acknowledged.add(commentId);
            } else {
                refused.incrementAndGet();
            }
        });
    }

    /** The agent answers the conversation of a comment that reached the inbox, as a person would. */
    private void answerOne() {
        try {
            String comment = runId + "_" + Math.max(1, sequence.get() - rate * 5L);
            UUID conversation = conversationOf(comment);
            if (conversation == null) {
                return;
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:8082/api/v1/conversations/" + conversation + "/replies"))
                    .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Idempotency-Key", "drill-" + comment)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Thank you, we are checking your order "
                            + "now.\"}")).build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(response.body());
            if ((response.statusCode() == 201 || response.statusCode() == 200) && id.find()) {
                replies.put(UUID.fromString(id.group(1)), comment);
            } else {
                repliesRefused.incrementAndGet();
            }
        } catch (Exception e) {
            repliesRefused.incrementAndGet();
        }
    }

    private UUID conversationOf(String comment) {
        try (Connection c = db("parley_inbox"); PreparedStatement s = c.prepareStatement(
                "SELECT conversation_id FROM interaction WHERE platform_object_id = ?")) {
            s.setString(1, comment);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? (UUID) rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            return null; // the database is down now: answer later
        }
    }

    private void refreshToken() {
        try {
            token = agentToken();
        } catch (Exception e) {
            // Keycloak is down: keep working with the token held
        }
    }

    private String agentToken() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(KEYCLOAK
                        + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=parley-cli&username=manager1"
                        + "&password=manager1")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IOException("no token from Keycloak: " + response.statusCode());
        }
        return m.group(1);
    }

    // ---- soak -------------------------------------------------------------------------------------------------

    /** One look at the stack: per service heap in use and resident memory (MiB), per consumer group its lag. */
    private record Sample(double minutes, Map<String, Double> heap, Map<String, Double> rss, Map<String, Long> lag) {
    }

    private final class Soak {
        private final List<Sample> samples = new ArrayList<>();
        private final Map<String, List<String>> errors = new LinkedHashMap<>();
        private final Map<String, Long> errorCounts = new LinkedHashMap<>();

        /** Prints the samples and the verdict; true when memory is flat, lag does not grow and no ERROR was logged. */
        boolean report() {
            System.out.println("\nSoak samples (live heap after a full GC MiB / resident MiB per service; lag per consumer group):");
            for (Sample x : samples) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %5.1f min ", x.minutes()));
                x.heap().forEach((service, heap) -> line.append(String.format(Locale.ROOT, " %s %.0f/%.0f",
                        service.replace("-service", ""), heap, x.rss().getOrDefault(service, 0.0))));
                line.append("  lag ").append(x.lag());
                System.out.println(line);
            }
            List<String> problems = new ArrayList<>();
            double warmUp = 5.0;
            List<Sample> steady = samples.stream().filter(x -> x.minutes() >= warmUp).toList();
            if (steady.size() < 4) {
                problems.add("too few samples after the warm-up to judge (" + steady.size() + ")");
            } else {
                List<Sample> first = steady.subList(0, steady.size() / 2);
                List<Sample> second = steady.subList(steady.size() / 2, steady.size());
                for (String service : samples.get(0).heap().keySet()) {
                    double a = first.stream().mapToDouble(x -> x.heap().getOrDefault(service, 0.0)).average().orElse(0);
                    double b = second.stream().mapToDouble(x -> x.heap().getOrDefault(service, 0.0)).average().orElse(0);
                    double ra = first.stream().mapToDouble(x -> x.rss().getOrDefault(service, 0.0)).max().orElse(0);
                    double rb = second.stream().mapToDouble(x -> x.rss().getOrDefault(service, 0.0)).max().orElse(0);
                    System.out.printf(Locale.ROOT, "  %-18s live heap (after a full GC) mean %.0f → %.0f MiB; highest resident %.0f → %.0f MiB%n",
                            service, a, b, ra, rb);
                    if (b > a * 1.2 + 16) {
                        problems.add(service + "'s live heap grew: mean " + Math.round(a) + " → " + Math.round(b) + " MiB");
                    }
                }
                java.util.Set<String> groups = new java.util.TreeSet<>();
                samples.forEach(x -> groups.addAll(x.lag().keySet()));
                for (String group : groups) {
                    double a = first.stream().mapToLong(x -> x.lag().getOrDefault(group, 0L)).average().orElse(0);
                    double b = second.stream().mapToLong(x -> x.lag().getOrDefault(group, 0L)).average().orElse(0);
                    // A consumer that commits in batches swings at any one instant (analytics: 124 to 2,360 records
                    // in a steady run), so the end is judged on the last five samples' mean, not on one.
                    double end = samples.subList(Math.max(0, samples.size() - 5), samples.size()).stream()
                            .mapToLong(x -> x.lag().getOrDefault(group, 0L)).average().orElse(0);
                    System.out.printf(Locale.ROOT, "  %-40s mean lag %.0f → %.0f records; last five samples %.0f%n",
                            group, a, b, end);
                    if (b > 2 * a + rate * 5L || end > rate * 30L) {
                        problems.add(group + "'s lag grew: mean " + Math.round(a) + " → " + Math.round(b)
                                + ", last five samples " + Math.round(end));
                    }
                }
            }
            errorCounts.forEach((service, n) -> {
                System.out.printf(Locale.ROOT, "  %-18s ERROR lines in its log during the soak: %d%n", service, n);
                if (n > 0) {
                    problems.add(service + " logged " + n + " ERROR lines, first: " + errors.get(service));
                }
            });
            problems.forEach(p -> System.out.println("  ✗ " + p));
            System.out.println(problems.isEmpty() ? "\nSOAK PASSED" : "\nSOAK FAILED");
            return problems.isEmpty();
        }
    }

    private Soak soak(Duration length) throws Exception {
        List<String> logged = new ArrayList<>(List.of(SERVICES));
        logged.add("console");
        Map<String, Long> logStart = new LinkedHashMap<>();
        for (String service : logged) {
            Path log = stack.resolve("logs/" + service + ".log");
            logStart.put(service, Files.exists(log) ? Files.size(log) : 0L);
        }
        long every = Long.getLong("drill.sample", 60);
        mark("soak: steady load for " + length.toMinutes() + " min, a sample every " + every + " s");
        Soak soak = new Soak();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        while (true) {
            soak.samples.add(sample((System.nanoTime() - start) / 6e10));
            long left = end - System.nanoTime();
            if (left <= 0) {
                break;
            }
            pause(Duration.ofNanos(Math.min(left, TimeUnit.SECONDS.toNanos(every))));
        }
        for (String service : logged) {
            Path log = stack.resolve("logs/" + service + ".log");
            if (!Files.exists(log)) {
                continue;
            }
            List<String> found = new ArrayList<>();
            long count = 0;
            try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
                file.seek(Math.min(logStart.get(service), file.length()));
                byte[] rest = new byte[(int) Math.min(Integer.MAX_VALUE - 8, file.length() - file.getFilePointer())];
                file.readFully(rest);
                for (String line : new String(rest, StandardCharsets.UTF_8).split("\n")) {
                    if (line.matches(".*\\sERROR\\s.*")) {
                        count++;
                        if (found.size() < 3) {
                            found.add(line.length() > 300 ? line.substring(0, 300) + "…" : line);
                        }
                    }
                }
            }
            soak.errorCounts.put(service, count);
            soak.errors.put(service, found);
        }
        mark("soak over: " + soak.samples.size() + " samples");
        return soak;
    }

    private Sample sample(double minutes) {
        Map<String, Double> heap = new LinkedHashMap<>();
        Map<String, Double> rss = new LinkedHashMap<>();
        for (String service : SERVICES) {
            // A full collection first (jcmd GC.run): what is left in use is what the service holds on to, not the
            // garbage since the last collection — the figure a leak would grow.
            collectGarbage(stack.resolve("pids/" + service + ".pid"));
            heap.put(service, heapInUse("http://localhost:" + PORTS.get(service)));
            rss.put(service, residentMiB(stack.resolve("pids/" + service + ".pid")));
        }
        return new Sample(minutes, heap, rss, consumerLag());
    }

    /** The JVM's heap in use (all heap pools), from the service's Prometheus metrics, in MiB; -1 when unreadable. */
    private double heapInUse(String base) {
        try {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            double bytes = 0;
            for (String line : metrics.body().split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    bytes += io.parley.testsupport.MetricsText.value(line);
                }
            }
            return bytes / (1 << 20);
        } catch (Exception e) {
            return -1;
        }
    }

    /** Asks the service's JVM for a full garbage collection, with the JDK's own jcmd; quietly nothing if it cannot. */
    private static void collectGarbage(Path pidFile) {
        try {
            String pid = Files.readString(pidFile).trim();
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            new ProcessBuilder(jcmd.toString(), pid, "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // not possible now: the sample reads the heap as it is
        }
    }

    /** The process's resident memory (VmRSS), in MiB; -1 when unreadable. */
    private static double residentMiB(Path pidFile) {
        try {
            String pid = Files.readString(pidFile).trim();
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            // not readable now
        }
        return -1;
    }

    /** Each working (stable) consumer group's lag: end offsets minus committed, over its partitions. */
    private static Map<String, Long> consumerLag() {
        Map<String, Long> lag = new java.util.TreeMap<>();
        var props = new java.util.Properties();
        props.put("bootstrap.servers", "localhost:9092");
        try (var admin = org.apache.kafka.clients.admin.Admin.create(props)) {
            var groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(org.apache.kafka.clients.admin.ConsumerGroupListing::groupId).toList();
            var described = admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS);
            for (var group : described.values()) {
                if (group.state() != org.apache.kafka.common.ConsumerGroupState.STABLE) {
                    continue;
                }
                var committed = admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS);
                Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest =
                        new LinkedHashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, org.apache.kafka.clients.admin.OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                long total = 0;
                for (var e : committed.entrySet()) {
                    if (e.getValue() != null && ends.containsKey(e.getKey())) {
                        total += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
                    }
                }
                lag.put(group.groupId(), total);
            }
        } catch (Exception e) {
            lag.put("(unreadable: " + e.getClass().getSimpleName() + ")", -1L);
        }
        return lag;
    }

    // ---- faults -----------------------------------------------------------------------------------------------

    /** What a process was started with, read from /proc before it is killed, to start it again the same way. */
    private record Launch(List<String> command, Map<String, String> env, Path cwd) {
        static Launch of(long pid) throws IOException {
            List<String> command = split(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")));
            Map<String, String> env = new LinkedHashMap<>();
            for (String entry : split(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")))) {
                int eq = entry.indexOf('=');
                if (eq > 0) {
                    env.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
            }
            return new Launch(command, env, Path.of("/proc/" + pid + "/cwd").toRealPath());
        }

        private static List<String> split(byte[] nulSeparated) {
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < nulSeparated.length; i++) {
                if (nulSeparated[i] == 0) {
                    parts.add(new String(nulSeparated, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            return parts;
        }

        long start(Path log, List<String> prefix) throws IOException {
            List<String> full = new ArrayList<>(prefix);
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full).directory(cwd.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().clear();
            builder.environment().putAll(env);
            return builder.start().pid();
        }
    }

    private void killAndRestart(String name, Path pidFile, Path log, java.util.function.BooleanSupplier ready)
            throws Exception {
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        Launch launch = Launch.of(pid);
        killTree(pid);
        mark(name + " killed (SIGKILL, pid " + pid + ")");
        pause(down);
        long restarted = launch.start(log, List.of());
        Files.writeString(pidFile, Long.toString(restarted)); // so that ./parley down stops the new one
        mark(name + " restarted (pid " + restarted + ")");
        long since = System.nanoTime();
        awaitTrue(ready, Duration.ofMinutes(3), name + " ready");
        mark(String.format(Locale.ROOT, "%s ready again %.1f s after its restart", name,
                (System.nanoTime() - since) / 1e9));
    }

    private void killAndRestartPostgres() throws Exception {
        Path data = stack.resolve("postgres/data");
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        Launch launch = Launch.of(pid);
        killTree(pid);
        mark("postgresql killed (SIGKILL, postmaster " + pid + " and its backends)");
        pause(down);
        // The server refuses to run as root: as root it runs as the postgres user, as ./parley up started it.
        List<String> prefix = "root".equals(System.getProperty("user.name"))
                ? List.of("runuser", "-u", "postgres", "--") : List.of();
        Path log = stack.resolve("postgres/postgres.log");
        long since = System.nanoTime();
        long restarted = 0;
        while (!listening(5433)) {
            if (restarted == 0 || !ProcessHandle.of(restarted).map(ProcessHandle::isAlive).orElse(false)) {
                restarted = launch.start(log, prefix); // refused while orphaned backends still hold shared memory
                mark("postgresql restarted (pid " + restarted + ")");
            }
            Thread.sleep(500);
            if (System.nanoTime() - since > TimeUnit.MINUTES.toNanos(2)) {
                throw new IOException("PostgreSQL did not come back; see " + log);
            }
        }
        mark(String.format(Locale.ROOT, "postgresql accepting connections %.1f s after its restart",
                (System.nanoTime() - since) / 1e9));
    }

    private record KeycloakOutcome(int ok, int failed, List<String> failures, boolean restarted) {
    }

    /** Keycloak killed: the agent goes on reading the queue and answering with the token already held. */
    private KeycloakOutcome keycloakDown() throws Exception {
        Path pidFile = stack.resolve("keycloak/keycloak.pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        Launch launch = Launch.of(pid);
        killTree(pid);
        mark("keycloak killed (SIGKILL, pid " + pid + ")");
        int ok = 0;
        int failed = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (String url : List.of("http://localhost:8082/api/v1/conversations?status=new,open&limit=5",
                    "http://localhost:8085/api/v1/brands/acme/analytics/response-times",
                    "http://localhost:8084/api/v1/brands/acme/standards")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    failed++;
                    if (failures.size() < 5) {
                        failures.add(r.statusCode() + " " + url);
                    }
                }
            }
            Thread.sleep(1000);
        }
        int repliesBefore = replies.size();
        pause(Duration.ofSeconds(5)); // the reply thread keeps answering meanwhile
        mark("keycloak down: " + ok + " signed-in requests answered, " + failed + " refused; "
                + (replies.size() - repliesBefore) + " replies acknowledged in 5 s");
        long restarted = launch.start(stack.resolve("keycloak/keycloak.log"), List.of());
        Files.writeString(pidFile, Long.toString(restarted));
        mark("keycloak restarted (pid " + restarted + ")");
        // Not awaited: Keycloak takes minutes to start on a busy machine, and nothing checked below needs it.
        boolean back = ProcessHandle.of(restarted).map(ProcessHandle::isAlive).orElse(false);
        return new KeycloakOutcome(ok, failed, failures, back);
    }

    private static void killTree(long pid) {
        ProcessHandle.of(pid).ifPresent(handle -> {
            List<ProcessHandle> tree = new ArrayList<>(handle.descendants().toList());
            tree.add(0, handle);
            for (ProcessHandle h : tree) {
                try {
                    new ProcessBuilder("kill", "-KILL", Long.toString(h.pid())).start().waitFor();
                } catch (IOException e) {
                    h.destroyForcibly();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    // ---- checks -----------------------------------------------------------------------------------------------

    private boolean report(long deadLettersBefore, KeycloakOutcome keycloak) throws Exception {
        System.out.println("\nTimeline:");
        timeline.forEach(line -> System.out.println("  " + line));
        // Wait for the pipeline to settle: every acknowledged comment in, or the count still for 30 s.
        long settleStart = System.nanoTime();
        Map<String, Integer> inInbox = inboxCounts();
        for (int still = 0; still < 30 && !inInbox.keySet().containsAll(acknowledged); ) {
            Thread.sleep(1000);
            Map<String, Integer> now = inboxCounts();
            still = now.size() == inInbox.size() ? still + 1 : 0;
            inInbox = now;
        }
        double settled = (System.nanoTime() - settleStart) / 1e9;
        Map<String, Integer> in = inInbox;
        long missing = acknowledged.stream().filter(id -> !in.containsKey(id)).count();
        long twice = inInbox.values().stream().filter(n -> n > 1).count();
        long unacknowledgedButIn = inInbox.keySet().stream().filter(id -> !acknowledged.contains(id)).count();
        long deadLetters = deadLetterCount() - deadLettersBefore;

        Thread.sleep(5000); // the last replies' deliveries
        Map<UUID, String> replyStatus = replyStatuses();
        Map<UUID, Integer> sandbox = sandboxRequests();
        long delivered = replyStatus.values().stream().filter("delivered"::equals).count();
        long notOnce = replies.keySet().stream().filter(id -> sandbox.getOrDefault(id, 0) != 1).count();

        Map<String, String> health = new LinkedHashMap<>();
        for (String service : SERVICES) {
            health.put(service, health("http://localhost:" + PORTS.get(service)));
        }

        System.out.println("\nFigures:");
        System.out.printf(Locale.ROOT, "  comments sent %,d; acknowledged (200) %,d; refused or timed out %,d "
                + "(answers %s); not sent, every connection busy %,d%n", sequence.get(), acknowledged.size(),
                refused.get(), answers, skipped.get());
        System.out.printf(Locale.ROOT, "  in the inbox: %,d of the acknowledged; missing %,d; more than once %,d; "
                + "also in (answered after the client gave up) %,d; settled %.0f s after the load stopped%n",
                acknowledged.size() - missing, missing, twice, unacknowledgedButIn, settled);
        System.out.printf(Locale.ROOT, "  dead letters during the drill: %,d%n", deadLetters);
        System.out.printf(Locale.ROOT, "  replies acknowledged %d (refused %d); delivered %d; sent to the platform "
                + "exactly once %d%n", replies.size(), repliesRefused.get(), delivered, replies.size() - notOnce);
        if (keycloak != null) {
            System.out.printf(Locale.ROOT, "  Keycloak down: %d signed-in requests answered, %d refused %s; "
                    + "Keycloak restarted: %s%n", keycloak.ok(), keycloak.failed(), keycloak.failures(),
                    keycloak.restarted());
        }
        health.forEach((s, h) -> System.out.printf("  %-18s %s%n", s, h));
        boolean passed = missing == 0 && twice == 0 && deadLetters == 0 && notOnce == 0
                && delivered == replies.size() && health.values().stream().allMatch(h -> h.startsWith("UP"))
                && (keycloak == null || keycloak.failed() == 0);
        System.out.println(passed ? "\nPASSED" : "\nFAILED");
        return passed;
    }

    private Map<String, Integer> inboxCounts() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        try (Connection c = db("parley_inbox"); PreparedStatement s = c.prepareStatement(
                "SELECT platform_object_id, count(*) FROM interaction WHERE platform_object_id LIKE ? GROUP BY 1")) {
            s.setString(1, runId + "\\_%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            System.out.println("  (inbox not readable now: " + e.getMessage() + ")");
        }
        return counts;
    }

    private Map<UUID, String> replyStatuses() throws SQLException {
        Map<UUID, String> statuses = new LinkedHashMap<>();
        try (Connection c = db("parley_inbox"); PreparedStatement s = c.prepareStatement(
                "SELECT id, status FROM reply WHERE id = ANY(?)")) {
            s.setArray(1, c.createArrayOf("uuid", replies.keySet().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    statuses.put((UUID) rs.getObject(1), rs.getString(2));
                }
            }
        }
        return statuses;
    }

    /** Sandbox requests per reply (the platform call the gateway recorded), by the reply's action. */
    private Map<UUID, Integer> sandboxRequests() throws SQLException {
        Map<UUID, UUID> actionOfReply = new LinkedHashMap<>();
        try (Connection c = db("parley_inbox"); PreparedStatement s = c.prepareStatement(
                "SELECT id, action_id FROM reply WHERE id = ANY(?)")) {
            s.setArray(1, c.createArrayOf("uuid", replies.keySet().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actionOfReply.put((UUID) rs.getObject(1), (UUID) rs.getObject(2));
                }
            }
        }
        Map<UUID, Integer> perAction = new LinkedHashMap<>();
        try (Connection c = db("parley_ingest"); PreparedStatement s = c.prepareStatement(
                "SELECT action_id, count(*) FROM sandbox_request WHERE action_id = ANY(?) GROUP BY 1")) {
            s.setArray(1, c.createArrayOf("uuid", actionOfReply.values().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    perAction.put((UUID) rs.getObject(1), rs.getInt(2));
                }
            }
        }
        Map<UUID, Integer> perReply = new LinkedHashMap<>();
        actionOfReply.forEach((reply, action) -> perReply.put(reply, perAction.getOrDefault(action, 0)));
        return perReply;
    }

    /** Records on the dead-letter topic, all partitions (end offsets; the topic is never compacted). */
    private static long deadLetterCount() {
        var props = new java.util.Properties();
        props.put("bootstrap.servers", "localhost:9092");
        props.put("key.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        props.put("value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]>(props)) {
            var partitions = consumer.partitionsFor("parley.deadletter.v1").stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private String health(String base) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> live = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (live.statusCode() == 200) {
                    return "UP (liveness and readiness)";
                }
                last = "DOWN: " + live.body().replaceAll("\\s+", " ");
            } catch (Exception e) {
                last = "unreachable: " + e;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return last.length() > 400 ? last.substring(0, 400) + "…" : last;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private boolean ready(String base) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean listening(int port) {
        try (java.net.Socket ignored = new java.net.Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Connection db(String name) throws SQLException {
        return DriverManager.getConnection(JDBC + name, "parley", "parley");
    }

    private void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout, String what)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IOException("timed out waiting for " + what);
            }
            Thread.sleep(250); // polling another process's state: nothing to be notified by
        }
    }

    private void pause(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis()); // the drill's own pacing: load keeps flowing meanwhile
    }

    private void mark(String what) {
        String line = String.format(Locale.ROOT, "%6.1f s  %s  (acknowledged so far %,d)", (System.nanoTime() - t0) / 1e9,
                what, acknowledged.size());
        timeline.add(line);
        System.out.println(line);
    }

    private static String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
