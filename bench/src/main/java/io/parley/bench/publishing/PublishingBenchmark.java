package io.parley.bench.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.bench.Delays;
import io.parley.bench.MachineLimits;
import io.parley.bench.gateway.SandboxLog;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.posts.VariantPublished;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

/**
 * 10,000 variants due in the same minute: is every one published once and none twice, and how late? Writes the
 * variants straight into calendar-service's database as {@code scheduled} (approved, on acme's sandbox Facebook
 * account), their times spread over one minute that starts {@code publish.lead} from now, then follows the whole way
 * on Kafka: the scheduler's {@code publish_post} requests on {@code parley.outbound.v1}, the sandbox gateway's
 * reports on {@code parley.deliveries.v1}, and {@code parley.variant.published.v1} on {@code parley.posts.v1}. Counts
 * requests, delivered reports and published events per variant (each must be exactly one), and prints the delay
 * from due time to requested and to published, p50/p95/p99/max.
 *
 * <p>Run it against a stack you can throw away (it adds a story of 10,000 published posts to acme's calendar):
 * {@code ./parley up -d}, then {@code mvn -q -pl bench exec:java
 * -Dbench.main=io.parley.bench.publishing.PublishingBenchmark}. Options: {@code -Dpublish.count} (10000),
 * {@code -Dpublish.lead} (seconds before the minute starts, 60), {@code -Dpublish.timeout} (seconds to wait after the
 * minute, 900), {@code -Dcalendar.jdbc} (jdbc:postgresql://localhost:5433/parley_calendar), {@code -Ddb.user},
 * {@code -Ddb.password} (parley), {@code -Dkafka.bootstrap} (localhost:9092), {@code -Dingest.url}
 * (http://localhost:8081), {@code -Dkeycloak.url} (http://localhost:8180), {@code -Dingest.jdbc} (the gateway's
 * database: counts each action in its sandbox log, {@link SandboxLog}); the machine's limits are printed first
 * ({@link MachineLimits}). Without the gateway (calendar-service
 * alone): {@code -Dpublish.account=<ingest's account id> -Dpublish.platform-account=<its platform id>
 * -Dpublish.until=requested} measures the scheduler and the outbox only (due → requested).
 */
public final class PublishingBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("publish.count", 10_000);
        int lead = Integer.getInteger("publish.lead", 60);
        int timeout = Integer.getInteger("publish.timeout", 900);
        String jdbc = System.getProperty("calendar.jdbc", "jdbc:postgresql://localhost:5433/parley_calendar");
        String user = System.getProperty("db.user", "parley");
        String password = System.getProperty("db.password", "parley");
        String bootstrap = System.getProperty("kafka.bootstrap", "localhost:9092");
        boolean untilPublished = !"requested".equals(System.getProperty("publish.until", "published"));
        JsonNode account = System.getProperty("publish.account") != null
                ? JSON.createObjectNode().put("id", System.getProperty("publish.account")).put("name", "given")
                        .put("accountId", System.getProperty("publish.platform-account", "1234567890"))
                        .put("mode", "as configured")
                : facebookAccount(System.getProperty("ingest.url", "http://localhost:8081"),
                        System.getProperty("keycloak.url", "http://localhost:8180"));
        System.out.printf(Locale.ROOT, "Parley publishing benchmark — %d cores, %,d variants due in one minute, "
                + "account %s (%s, %s)%n", Runtime.getRuntime().availableProcessors(), count,
                account.path("name").asText(), account.path("accountId").asText(), account.path("mode").asText());
        MachineLimits.print(bootstrap, jdbc, user, password);
        String ingestJdbc = System.getProperty("ingest.jdbc");

        Instant minute = Instant.now().plusSeconds(lead).truncatedTo(ChronoUnit.SECONDS);
        UUID story = UUID.randomUUID();
        Map<UUID, Instant> due = new HashMap<>();
        try (KafkaConsumer<String, byte[]> outbound = tail(bootstrap, Topics.OUTBOUND);
             KafkaConsumer<String, byte[]> deliveries = tail(bootstrap, Topics.DELIVERIES);
             KafkaConsumer<String, byte[]> posts = tail(bootstrap, Topics.POSTS)) {
            long t0 = System.nanoTime();
            try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
                write(db, story, account, count, minute, due);
            }
            System.out.printf(Locale.ROOT, "wrote %,d scheduled variants in %.1f s; due from %s to %s%n", count,
                    (System.nanoTime() - t0) / 1e9, minute, minute.plusSeconds(59));

            Map<UUID, Integer> requests = new HashMap<>();
            Map<UUID, Instant> requestedAt = new HashMap<>();
            Map<UUID, UUID> variantOfAction = new HashMap<>();
            Map<UUID, Integer> deliveredActions = new HashMap<>();
            Map<UUID, Integer> published = new HashMap<>();
            Map<UUID, Instant> publishedAt = new HashMap<>();
            Instant deadline = minute.plusSeconds(60 + timeout);
            while ((untilPublished ? published.size() : requests.size()) < count
                    && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> r : outbound.poll(Duration.ofMillis(200))) {
                    Event<Payload> e = read(r);
                    if (e != null && e.data() instanceof OutboundActionRequested a
                            && a.action() == OutboundAction.PUBLISH_POST && a.origin() != null) {
                        UUID v = variantOf(a.origin());
                        if (v != null && due.containsKey(v)) {
                            requests.merge(v, 1, Integer::sum);
                            requestedAt.putIfAbsent(v, e.time());
                            variantOfAction.put(a.actionId(), v);
                        }
                    }
                }
                for (ConsumerRecord<String, byte[]> r : deliveries.poll(Duration.ofMillis(50))) {
                    Event<Payload> e = read(r);
                    // Counted by action and matched to variants at the end: under load the outbound tail may read a
                    // request after its report.
                    if (e != null && e.data() instanceof DeliveryReported d && d.outcome() == DeliveryOutcome.DELIVERED) {
                        deliveredActions.merge(d.actionId(), 1, Integer::sum);
                    }
                }
                for (ConsumerRecord<String, byte[]> r : posts.poll(Duration.ofMillis(50))) {
                    Event<Payload> e = read(r);
                    if (e != null && e.data() instanceof VariantPublished p && due.containsKey(p.variantId())) {
                        published.merge(p.variantId(), 1, Integer::sum);
                        publishedAt.putIfAbsent(p.variantId(), p.publishedAt());
                    }
                }
            }
            Map<UUID, Integer> delivered = new HashMap<>();
            deliveredActions.forEach((action, n) -> {
                if (variantOfAction.containsKey(action)) {
                    delivered.merge(variantOfAction.get(action), n, Integer::sum);
                }
            });
            report(count, due, requests, requestedAt, delivered, published, publishedAt);
            if (ingestJdbc != null) {
                SandboxLog.print(ingestJdbc, user, password, variantOfAction.keySet());
            }
        }
    }

    private static void report(int count, Map<UUID, Instant> due, Map<UUID, Integer> requests,
            Map<UUID, Instant> requestedAt, Map<UUID, Integer> delivered, Map<UUID, Integer> published,
            Map<UUID, Instant> publishedAt) {
        System.out.printf(Locale.ROOT, "publish requests: %,d variants asked for, %,d asked more than once%n",
                requests.size(), requests.values().stream().filter(n -> n > 1).count());
        System.out.printf(Locale.ROOT, "gateway (sandbox) delivered: %,d variants, %,d delivered more than once%n",
                delivered.size(), delivered.values().stream().filter(n -> n > 1).count());
        System.out.printf(Locale.ROOT, "published: %,d of %,d, %,d published more than once, %,d missing%n",
                published.size(), count, published.values().stream().filter(n -> n > 1).count(),
                count - published.size());
        print("due → requested", due, requestedAt);
        print("due → published", due, publishedAt);
    }

    private static void print(String what, Map<UUID, Instant> due, Map<UUID, Instant> at) {
        List<Long> ms = new ArrayList<>();
        at.forEach((v, t) -> ms.add(Duration.between(due.get(v), t).toMillis()));
        Delays.print(what, ms, "variants");
    }

    /** The variant id in an origin {@code story/<story>/variant/<variant>/publish/<round>}. */
    private static UUID variantOf(String origin) {
        String[] parts = origin.split("/");
        return parts.length >= 4 && parts[0].equals("story") && parts[2].equals("variant")
                ? UUID.fromString(parts[3]) : null;
    }

    /** One story, then the variants in batches of 1,000, each due at its second of the minute. */
    private static void write(Connection db, UUID story, JsonNode account, int count, Instant minute,
            Map<UUID, Instant> due) throws Exception {
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement s = db.prepareStatement("""
                INSERT INTO story (id, brand, title, brief, campaign, tags, owner, created_at, updated_at, version)
                VALUES (?, 'acme', ?, '', 'bench', '[]', 'bench', ?, ?, 1)""")) {
            s.setObject(1, story);
            s.setString(2, "Publishing benchmark " + minute);
            s.setTimestamp(3, now);
            s.setTimestamp(4, now);
            s.executeUpdate();
        }
        try (PreparedStatement v = db.prepareStatement("""
                INSERT INTO variant (id, story_id, brand, channel_account, channel_name, platform, platform_account_id,
                    text, media, content_type, risk_level, scheduled_for, time_zone, status, version, author,
                    last_editor, updated_at, findings, overrides, round)
                VALUES (?, ?, 'acme', ?, ?, 'facebook', ?, ?, '[]', 'post', 'low', ?, 'Europe/Warsaw', 'scheduled', 1,
                    'bench', 'bench', ?, '[]', '{}', 1)""")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                Instant at = minute.plusMillis(60_000L * i / count);
                v.setObject(1, id);
                v.setObject(2, story);
                v.setString(3, account.path("id").asText());
                v.setString(4, account.path("name").asText());
                v.setString(5, account.path("accountId").asText());
                v.setString(6, "Benchmark post " + (i + 1) + " of " + count + " — " + minute + " ❄");
                v.setTimestamp(7, Timestamp.from(at));
                v.setTimestamp(8, now);
                v.addBatch();
                due.put(id, at);
                if ((i + 1) % 1000 == 0 || i == count - 1) {
                    v.executeBatch();
                    db.commit();
                }
            }
        }
    }

    private static KafkaConsumer<String, byte[]> tail(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static Event<Payload> read(ConsumerRecord<String, byte[]> r) {
        try {
            return EventJson.fromBytes(r.value());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** acme's Facebook channel account, as ingest-service lists it to editor1. */
    private static JsonNode facebookAccount(String ingest, String keycloak) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=password&client_id=parley-cli&username=editor1&password=editor1";
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/parley/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String bearer = JSON.readTree(token.body()).path("access_token").asText();
        HttpResponse<String> channels = http.send(HttpRequest.newBuilder(URI.create(ingest
                + "/api/v1/channels?limit=200&brand="
                + URLEncoder.encode("acme", StandardCharsets.UTF_8))).header("Authorization", "Bearer " + bearer)
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Set<String> seen = new HashSet<>();
        for (JsonNode a : JSON.readTree(channels.body()).path("items")) {
            seen.add(a.path("platform").asText());
            if (a.path("platform").asText().equals("facebook") && a.path("enabled").asBoolean(true)) {
                return a;
            }
        }
        throw new IllegalStateException("acme has no enabled Facebook channel account (platforms: " + seen + ")");
    }
}
