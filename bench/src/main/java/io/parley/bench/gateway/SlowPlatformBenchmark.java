package io.parley.bench.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.parley.bench.Delays;
import io.parley.bench.MachineLimits;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.outbound.OutboundMedia;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishing to a slow platform that times out after it received the request: does reconciliation keep every post
 * published once? The benchmark runs a fake Facebook Graph API in-process (an HTTP server on {@code slow.port}): a
 * Page post ({@code POST /v23.0/{page}/feed}, form {@code message}) is stored and answered {@code {"id":"<page>_<n>"}}
 * at once — except every {@code slow.every}-th request (every second: half of them), which is stored and then
 * answered only after {@code slow.delay} (longer than the gateway's request timeout). The gateway gets no answer for a
 * post that did reach the platform: the outcome is unknown, and after its visibility delay it reads the Page's recent
 * posts ({@code GET /v23.0/{page}/published_posts}, newest first, at most {@code limit} of them, as the Graph API
 * answers) and either finds the post there (delivered, not sent again) or sends it once more.
 *
 * <p>The benchmark puts {@code publish.actions} {@code PUBLISH_POST} actions for one live Page on the gateway's
 * outbound topic at once (each with its own text), reads {@code parley.deliveries.v1} until every action has its
 * final report, and counts on the fake's side how many posts each action created. It prints: actions, timed out
 * (answered late by the fake), reconciled as published (an unknown outcome, then found), re-sent, duplicates (actions
 * with more than one post on the Page), never posted, failed, and the delay from due time (the moment the action was
 * put on the topic) to its final report, p50/p95/p99/max — beside Kafka's producer and PostgreSQL's COPY measured in
 * the same run ({@link MachineLimits}).
 *
 * <p>The gateway must have the Page as a live channel account with its API root pointed at the fake, and read a topic
 * of its own so that no other gateway takes the actions (docs/benchmarks.md gives the whole configuration):
 * {@code parley.ingest.meta.pages."<page>".brand=acme}, {@code ...mode=live},
 * {@code parley.ingest.credentials."facebook/<page>".access-token=<slow.token>},
 * {@code parley.ingest.outbound.base-url.facebook=http://127.0.0.1:<slow.port>/graph},
 * {@code mp.messaging.incoming.outbound.topic=<publish.topic>}. Then
 * {@code mvn -q -pl bench exec:java -Dbench.main=io.parley.bench.gateway.SlowPlatformBenchmark}. Options:
 * {@code -Dkafka.bootstrap} (localhost:9092), {@code -Dpublish.jdbc} (the gateway's database,
 * jdbc:postgresql://localhost:5433/parley_ingest), {@code -Dpublish.topic} (parley.bench.outbound.v1, created with 3
 * partitions when missing), {@code -Dpublish.actions} (2000), {@code -Dpublish.timeout} (s to wait for the last
 * report, 3600), {@code -Dslow.port} (18990), {@code -Dslow.page} (990100001), {@code -Dslow.token}
 * (bench-graph-token), {@code -Dslow.every} (2), {@code -Dslow.delay} (ms, 2500).
 */
public final class SlowPlatformBenchmark {

    private static final String BOOTSTRAP = System.getProperty("kafka.bootstrap", "localhost:9092");
    private static final String TOPIC = System.getProperty("publish.topic", "parley.bench.outbound.v1");
    private static final String JDBC = System.getProperty("publish.jdbc",
            "jdbc:postgresql://localhost:5433/parley_ingest");
    private static final String DB_USER = System.getProperty("db.user", "parley");
    private static final String DB_PASSWORD = System.getProperty("db.password", "parley");
    private static final String PAGE = System.getProperty("slow.page", "990100001");
    private static final String[] TEXTS = {"Zimowa kolekcja już jest ❄", "Winter is here: the new collection",
            "Η νέα συλλογή είναι εδώ", "Новая коллекция уже в продаже"};

    private SlowPlatformBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int actions = Integer.getInteger("publish.actions", 2_000);
        Duration timeout = Duration.ofSeconds(Long.getLong("publish.timeout", 3_600));
        String run = UUID.randomUUID().toString().substring(0, 8);
        FakeGraph graph = new FakeGraph(Integer.getInteger("slow.port", 18_990),
                System.getProperty("slow.token", "bench-graph-token"), Integer.getInteger("slow.every", 2),
                Duration.ofMillis(Long.getLong("slow.delay", 2_500)));
        System.out.printf(Locale.ROOT, "Parley slow-platform publishing benchmark — %d cores, Kafka %s, topic %s, "
                        + "%,d actions on Page %s, run %s; fake Graph API at %s answers every %d. post after %d ms%n",
                Runtime.getRuntime().availableProcessors(), BOOTSTRAP, TOPIC, actions, PAGE, run, graph.root(),
                graph.every, graph.delay.toMillis());
        MachineLimits.print(BOOTSTRAP, JDBC, DB_USER, DB_PASSWORD);
        ensureTopic();
        try {
            measure(graph, run, actions, timeout);
        } finally {
            graph.stop();
        }
    }

    private static void measure(FakeGraph graph, String run, int actions, Duration timeout) throws Exception {
        Map<UUID, Instant> due = new HashMap<>();
        Map<UUID, String> texts = new HashMap<>();
        try (KafkaConsumer<String, byte[]> deliveries = PublishingBenchmark.consumer();
                KafkaProducer<String, byte[]> producer = PublishingBenchmark.producer()) {
            List<TopicPartition> partitions = deliveries.partitionsFor(Topics.DELIVERIES).stream()
                    .map(p -> new TopicPartition(Topics.DELIVERIES, p.partition())).toList();
            deliveries.assign(partitions);
            deliveries.seekToEnd(partitions);
            partitions.forEach(deliveries::position);

            long started = System.nanoTime();
            for (int i = 0; i < actions; i++) {
                Event<OutboundActionRequested> event = action(run, i);
                due.put(event.data().actionId(), event.time());
                texts.put(event.data().actionId(), event.data().text());
                producer.send(new ProducerRecord<>(TOPIC, "variant-" + event.data().actionId(),
                        EventJson.toBytes(event)));
            }
            producer.flush();
            System.out.printf(Locale.ROOT, "put %,d actions on %s in %.1f s%n", actions, TOPIC,
                    (System.nanoTime() - started) / 1e9);

            Map<UUID, DeliveryReported> finals = new HashMap<>();
            Set<UUID> unknown = new HashSet<>();
            int reportedTwice = 0;
            long deadline = System.nanoTime() + timeout.toNanos();
            long nextProgress = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (finals.size() < actions && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : deliveries.poll(Duration.ofMillis(500))) {
                    Event<Payload> e;
                    try {
                        e = EventJson.fromBytes(r.value());
                    } catch (RuntimeException unreadable) {
                        continue;
                    }
                    if (e.data() instanceof DeliveryReported report && due.containsKey(report.actionId())) {
                        if (report.outcome() == DeliveryOutcome.UNKNOWN) {
                            unknown.add(report.actionId());
                        } else if (report.outcome().isFinal() && finals.putIfAbsent(report.actionId(), report) != null) {
                            reportedTwice++;
                        }
                    }
                }
                if (System.nanoTime() > nextProgress) {
                    nextProgress = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    System.out.printf(Locale.ROOT, "  … %.0f s: %,d final, %,d unknown so far, %,d post requests "
                                    + "received, %,d answered late%n", (System.nanoTime() - started) / 1e9,
                            finals.size(), unknown.size(), graph.posts.get(), graph.late.get());
                }
            }
            double wall = (System.nanoTime() - started) / 1e9;
            report(graph, actions, due, texts, finals, unknown, reportedTwice, wall);
        }
    }

    private static void report(FakeGraph graph, int actions, Map<UUID, Instant> due, Map<UUID, String> texts,
            Map<UUID, DeliveryReported> finals, Set<UUID> unknown, int reportedTwice, double wall) throws Exception {
        long delivered = finals.values().stream().filter(r -> r.outcome() == DeliveryOutcome.DELIVERED).count();
        long failed = finals.size() - delivered;
        Map<UUID, Boolean> resent = resent(due.keySet());
        long resends = resent.values().stream().filter(Boolean::booleanValue).count();
        long reconciled = unknown.stream().filter(id -> finals.containsKey(id)
                && finals.get(id).outcome() == DeliveryOutcome.DELIVERED && !resent.getOrDefault(id, false)).count();
        int duplicates = 0;
        int never = 0;
        long extraPosts = 0;
        for (String text : texts.values()) {
            int created = graph.created(text);
            if (created == 0) {
                never++;
            } else if (created > 1) {
                duplicates++;
                extraPosts += created - 1;
            }
        }
        System.out.printf(Locale.ROOT, "final reports for %,d of %,d actions in %.1f s; delivered %,d, failed %,d, "
                + "reported final twice %,d%n", finals.size(), actions, wall, delivered, failed, reportedTwice);
        System.out.printf(Locale.ROOT, "fake platform: %,d post requests received, %,d answered late (after the "
                        + "gateway's timeout), %,d reads of the recent posts%n", graph.posts.get(), graph.late.get(),
                graph.reads.get());
        System.out.printf(Locale.ROOT, "actions %,d; timed out (unknown outcome reported) %,d; reconciled as "
                        + "published (found, not sent again) %,d; re-sent %,d; duplicates %,d (%,d extra posts); "
                        + "never posted %,d%n", actions, unknown.size(), reconciled, resends, duplicates, extraPosts,
                never);
        List<Long> all = new ArrayList<>();
        List<Long> late = new ArrayList<>();
        finals.forEach((id, r) -> {
            long ms = Duration.between(due.get(id), r.completedAt()).toMillis();
            all.add(ms);
            if (unknown.contains(id)) {
                late.add(ms);
            }
        });
        Delays.print("due → final report, all actions", all, "actions");
        Delays.print("due → final report, the timed-out ones", late, "actions");
        if (failed > 0) {
            finals.values().stream().filter(r -> r.outcome() != DeliveryOutcome.DELIVERED).limit(3)
                    .forEach(r -> System.out.println("  e.g. failed: " + r.reason()));
        }
    }

    /** Whether the gateway sent each action a second time (its attempt log, {@code outbound_attempt.resent}). */
    private static Map<UUID, Boolean> resent(Set<UUID> actions) throws Exception {
        Map<UUID, Boolean> out = new HashMap<>();
        try (Connection db = DriverManager.getConnection(JDBC, DB_USER, DB_PASSWORD);
             PreparedStatement q = db.prepareStatement(
                     "SELECT action_id, resent FROM outbound_attempt WHERE action_id = ANY (?)")) {
            Array ids = db.createArrayOf("uuid", actions.toArray());
            q.setArray(1, ids);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put((UUID) rs.getObject(1), rs.getBoolean(2));
                }
            }
        }
        return out;
    }

    private static Event<OutboundActionRequested> action(String run, int i) {
        String text = TEXTS[i % TEXTS.length] + " · " + run + "-" + i;
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        return Event.of(UUID.randomUUID(), "bench", "acme", "variant-" + id, now, now, new OutboundActionRequested(id,
                OutboundAction.PUBLISH_POST, Platform.FACEBOOK, PAGE, null, text, "bench", "bench/" + run + "/" + i,
                null, null, List.<OutboundMedia>of(), null, null));
    }

    private static void ensureTopic() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        try (Admin admin = Admin.create(p)) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
                System.out.println("created topic " + TOPIC + " (3 partitions)");
            }
        }
    }

    /**
     * The Graph API of one Page, as far as publishing and reconciliation use it: {@code POST /graph/v23.0/{page}/feed}
     * (form {@code message}, optional {@code link}) creates a post {@code <page>_<n>}; {@code GET
     * /graph/v23.0/{page}/published_posts?fields=…&limit=n} lists the newest posts first (at most {@code limit},
     * 25 when not given, 100 at most; {@code paging.cursors.after} names the page's last post, and {@code paging.next}
     * is there when older posts follow, read with {@code &after=<cursor>}), each with {@code id},
     * {@code message}, {@code created_time} ({@code 2026-12-05T23:01:02+0000}) and {@code permalink_url}. A request
     * without the Page's token is refused as the Graph API does (error 190). Counts the posts per message text.
     */
    static final class FakeGraph {

        private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
                .withZone(ZoneOffset.UTC);

        private record Post(String id, String message, Instant created) {
        }

        final int every;
        final Duration delay;
        final AtomicInteger posts = new AtomicInteger();
        final AtomicInteger late = new AtomicInteger();
        final AtomicInteger reads = new AtomicInteger();
        private final String token;
        private final AtomicLong ids = new AtomicLong(1_000_000);
        private final List<Post> feed = new ArrayList<>();
        /** Where each post is in {@link #feed}: a page's {@code after} cursor is the id of the page's last post. */
        private final Map<String, Integer> position = new HashMap<>();
        private final Map<String, AtomicInteger> perText = new ConcurrentHashMap<>();
        private final HttpServer server;
        private final ExecutorService workers = Executors.newCachedThreadPool();

        FakeGraph(int port, String token, int every, Duration delay) throws IOException {
            this.token = token;
            this.every = every;
            this.delay = delay;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
            server.setExecutor(workers);
            server.createContext("/graph/", this::handle);
            server.start();
        }

        String root() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/graph";
        }

        int created(String text) {
            AtomicInteger n = perText.get(text);
            return n == null ? 0 : n.get();
        }

        void stop() {
            server.stop(0);
            workers.shutdownNow();
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = exchange.getRequestURI().getRawPath();
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                if (!("Bearer " + token).equals(auth)) {
                    answer(exchange, 400, "{\"error\":{\"message\":\"Invalid OAuth access token.\",\"type\":"
                            + "\"OAuthException\",\"code\":190,\"fbtrace_id\":\"bench\"}}");
                    return;
                }
                String page = "/graph/v23.0/" + PAGE;
                if (exchange.getRequestMethod().equals("POST") && path.equals(page + "/feed")) {
                    post(exchange);
                } else if (exchange.getRequestMethod().equals("GET") && path.equals(page + "/published_posts")) {
                    recent(exchange);
                } else {
                    answer(exchange, 400, "{\"error\":{\"message\":\"Unsupported request: " + path + "\",\"type\":"
                            + "\"GraphMethodException\",\"code\":100,\"fbtrace_id\":\"bench\"}}");
                }
            } catch (IOException clientGone) {
                // the gateway stopped waiting (its timeout): the post stands, nobody hears of it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void post(HttpExchange exchange) throws IOException, InterruptedException {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            String message = form.getOrDefault("message", "");
            Post post = new Post(PAGE + "_" + ids.incrementAndGet(), message, Instant.now());
            synchronized (feed) {
                position.put(post.id(), feed.size());
                feed.add(post);
            }
            perText.computeIfAbsent(message, m -> new AtomicInteger()).incrementAndGet();
            if (posts.incrementAndGet() % every == 0) {
                late.incrementAndGet();
                Thread.sleep(delay.toMillis());
            }
            answer(exchange, 200, "{\"id\":\"" + post.id() + "\"}");
        }

        private void recent(HttpExchange exchange) throws IOException {
            reads.incrementAndGet();
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            int limit = Math.min(100, Math.max(1, Integer.parseInt(query.getOrDefault("limit", "25"))));
            List<Post> newest = new ArrayList<>(limit);
            boolean more;
            synchronized (feed) {
                Integer after = query.containsKey("after") ? position.get(query.get("after")) : null;
                int i = after == null ? feed.size() - 1 : after - 1;
                for (; i >= 0 && newest.size() < limit; i--) {
                    newest.add(feed.get(i));
                }
                more = i >= 0;
            }
            StringBuilder body = new StringBuilder("{\"data\":[");
            for (int i = 0; i < newest.size(); i++) {
                Post p = newest.get(i);
                body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(p.id()).append("\",\"message\":\"")
                        .append(json(p.message())).append("\",\"created_time\":\"")
                        .append(GRAPH_TIME.format(p.created())).append("\",\"permalink_url\":\"https://www.facebook.com/")
                        .append(PAGE).append("/posts/").append(p.id().substring(p.id().indexOf('_') + 1)).append("\"}");
            }
            body.append("],\"paging\":{");
            if (!newest.isEmpty()) {
                body.append("\"cursors\":{\"before\":\"").append(newest.get(0).id()).append("\",\"after\":\"")
                        .append(newest.get(newest.size() - 1).id()).append("\"}");
                if (more) {
                    body.append(",\"next\":\"").append(root()).append("/v23.0/").append(PAGE)
                            .append("/published_posts?limit=").append(limit).append("&after=")
                            .append(newest.get(newest.size() - 1).id()).append('"');
                }
            }
            answer(exchange, 200, body.append("}}").toString());
        }

        private static void answer(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        private static Map<String, String> form(String encoded) {
            Map<String, String> out = new LinkedHashMap<>();
            if (encoded == null || encoded.isEmpty()) {
                return out;
            }
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return out;
        }

        private static String json(String s) {
            StringBuilder out = new StringBuilder(s.length() + 8);
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c)
                            : String.valueOf(c));
                }
            }
            return out.toString();
        }
    }
}
