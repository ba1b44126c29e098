package io.parley.e2e;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.posts.VariantPublished;
import io.parley.testsupport.EventTail;
import io.parley.devstack.stack.ParleyService;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.parley.e2e.PostWorkflow.approve;
import static io.parley.e2e.PostWorkflow.bearer;
import static io.parley.e2e.PostWorkflow.calendar;
import static io.parley.e2e.PostWorkflow.read;
import static io.parley.devstack.stack.ParleyService.CALENDAR;
import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A crash mid-publish loses no post and sends none twice (issue 14). A few hundred approved variants fall due on
 * acme's sandbox channel accounts (Facebook, X, LinkedIn) within seconds; while they are being published, the
 * service of the scheduler (calendar-service) — or the gateway (ingest-service) — is killed with SIGKILL and started
 * again with the same configuration ({@link RunningStack#kill}, {@link RunningStack#restart}: the packaged service,
 * as {@code ./parley up} runs it). Then every variant is {@code published} with a permalink of its own, none is left
 * scheduled or publishing and none failed; the sandbox log holds exactly one platform request per variant (counted by
 * the marker in each variant's text); the publish ledger holds one action per variant with one delivered report;
 * and each variant was announced published ({@code VariantPublished}) under one event id.
 *
 * <p>The variants are planned through the public APIs the team uses: an editor writes stories with a variant per
 * channel and no time, submits them, approvers take them through whatever workflow the brand's catalogue gives
 * ({@link Publishing#approve}), and the editor then gives each its time — {@code PUT} of {@code scheduledFor} alone, as a
 * drag on the calendar does, which keeps the approval and makes it {@code scheduled}. The test reads the services'
 * databases only as an observer: to strike while some variants are published and some are not, to prove from the
 * state the killed service left where the crash landed, and to count the sandbox log's requests by text.
 *
 * <p>What it shows: the scheduler's claim, the ledger row and the request commit together; a request relayed again
 * after the restart carries the same action id and the gateway drops it; a sandbox account's request is recorded and
 * its report written in the transaction that claims the action, so a killed gateway either did all of it (and the
 * redelivered request is dropped) or none (and it is done after the restart). Nothing needed reconciling: the ledger
 * shows one attempt per variant. (A live account's request that left without an answer is reconciled instead — ADR 9,
 * proven in ingest-service's PublishingLiveTest, not here: the sandbox has no platform to lose an answer.)
 */
@ExtendWith(RunningStack.class)
class PublishingCrashTest {

    /** Stories of three variants each: 300 variants. */
    private static final int STORIES = 100;
    private static final List<String> PLATFORMS = List.of("facebook", "x", "linkedin");
    /**
     * Between two variants' times when the scheduler is killed: 300 variants fall due over 9 seconds, faster than the
     * gateway publishes them, so the crash finds some published, some claimed and on their way (requested, or
     * reported and not yet read), and some not claimed yet. When the gateway is killed they all fall due at once, so
     * that it dies with a backlog of requests.
     */
    private static final Duration SPACING = Duration.ofMillis(30);
    /** Long enough for a restart on a loaded machine and for a killed consumer's session to expire (10 s). */
    private static final Duration SETTLING = Duration.ofMinutes(10);
    private static final int WORKERS = 4;

    /** A variant of the run: where it is and the marker its text carries. */
    private record Planned(String storyId, String variantId, String platform, String marker, String etag) {
        String path() {
            return "/stories/" + storyId + "/variants/" + variantId;
        }
    }

    /** The statuses of the run's variants in the calendar's database, as the killed service left them. */
    private record Snapshot(Map<String, Integer> statuses, int sandboxRequests) {
        int count(String status) {
            return statuses.getOrDefault(status, 0);
        }
    }

    @Test
    void killingTheSchedulersServiceMidPublishLosesNoPostAndSendsNoneTwice() throws Exception {
        crashMidPublish(CALENDAR);
    }

    @Test
    void killingTheGatewayMidPublishLosesNoPostAndSendsNoneTwice() throws Exception {
        crashMidPublish(INGEST);
    }

    private void crashMidPublish(ParleyService victim) throws Exception {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String campaign = "Crash " + victim.module() + " " + run;
        long started = System.nanoTime();
        List<Planned> plan = plan(run, campaign);
        int n = plan.size();
        Duration planning = Duration.ofNanos(System.nanoTime() - started);
        long deadLettersBefore = deadLetters();
        try (EventTail posts = EventTail.open(RunningStack.infra().kafka(), Topics.POSTS);
             EventTail outbound = EventTail.open(RunningStack.infra().kafka(), Topics.OUTBOUND)) {
            // One write per variant is about a fifth of the planning's requests; the burst starts once all are in.
            Duration scheduling = planning.dividedBy(4).plusSeconds(10);
            schedule(plan, victim == CALENDAR ? scheduling.plusSeconds(10) : scheduling,
                    victim == CALENDAR ? SPACING : Duration.ZERO);
            System.out.printf("%d variants planned and approved in %d s, given their times in %d s%n", n,
                    planning.toSeconds(), Duration.ofNanos(System.nanoTime() - started).minus(planning).toSeconds());

            // Strike while publishing: once a fifth has gone out (the scheduler's side: published, with more on
            // their way; the gateway's: recorded by the sandbox).
            await("a fifth of the variants out").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        Snapshot now = snapshot(plan, run);
                        return victim == CALENDAR ? now.count("published") >= n / 5 && now.count("publishing") >= 10
                                : now.sandboxRequests() >= n / 5;
                    });
            RunningStack.kill(victim);
            Snapshot atCrash = snapshot(plan, run);
            System.out.printf("%s killed mid-publish: variants %s, sandbox requests %d of %d%n", victim.module(),
                    atCrash.statuses(), atCrash.sandboxRequests(), n);
            if (victim == CALENDAR) {
                // What the dead scheduler left: some published, some not yet (claimed and on their way, or not due).
                assertTrue(atCrash.count("published") > 0, "killed before anything was published: " + atCrash);
                assertTrue(atCrash.count("publishing") > 0, "killed with no publication on its way: " + atCrash);
            } else {
                // What the dead gateway left: some requests made, some not yet.
                assertTrue(atCrash.sandboxRequests() > 0, "killed before any request was made: " + atCrash);
                assertTrue(atCrash.sandboxRequests() < n, "killed after every request was made: " + atCrash);
                assertTrue(atCrash.count("publishing") > 0, "killed with no request waiting for it: " + atCrash);
            }
            RunningStack.restart(victim);

            // Every variant comes to its end, with nobody doing anything by hand.
            await("every variant published or failed").atMost(SETTLING).pollInterval(Duration.ofSeconds(2))
                    .until(() -> given().header("Authorization", bearer("editor1")).queryParam("campaign", campaign)
                            .queryParam("status", "scheduled,publishing").queryParam("limit", 200)
                            .get(calendar("/stories")).then().statusCode(200).extract().jsonPath()
                            .getList("items").isEmpty());

            assertEveryVariantPublishedOnce(plan, campaign);
            assertOneRequestPerVariant(plan, run);
            assertOneActionAndOneDeliveredReportPerVariant(plan);
            assertAnnouncedOnceAndRequestedOnce(plan, posts, outbound);
            assertEquals(deadLettersBefore, deadLetters(), "nothing set aside on " + Topics.DEAD_LETTER);
        }
    }

    // ---- planning, as the team does it --------------------------------------------------------------------------

    private static List<Planned> plan(String run, String campaign) throws Exception {
        Map<String, String> accounts = sandboxAccounts();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Callable<List<Planned>>> stories = new ArrayList<>();
            for (int s = 0; s < STORIES; s++) {
                int story = s;
                stories.add(() -> story(run, campaign, story, accounts));
            }
            List<Planned> plan = new ArrayList<>();
            for (Future<List<Planned>> done : workers.invokeAll(stories)) {
                plan.addAll(done.get());
            }
            return plan;
        } finally {
            workers.shutdownNow();
        }
    }

    /** acme's sandbox accounts by platform, as the gateway lists them. */
    private static Map<String, String> sandboxAccounts() {
        JsonPath channels = given().header("Authorization", bearer("editor1")).queryParam("brand", "acme")
                .queryParam("limit", 200).get(RunningStack.url(INGEST) + "/api/v1/channels").then().statusCode(200).extract().jsonPath();
        Map<String, String> accounts = new LinkedHashMap<>();
        for (String platform : PLATFORMS) {
            String id = channels.getString("items.find { it.platform == '" + platform + "' && it.mode == 'sandbox' "
                    + "&& it.enabled && it.origin == 'configuration' }.id");
            assertTrue(id != null, "acme has a sandbox " + platform + " account: " + channels.prettify());
            accounts.put(platform, id);
        }
        return accounts;
    }

    /** One story with a variant per platform, no time yet; each submitted and approved. */
    private static List<Planned> story(String run, String campaign, int story, Map<String, String> accounts) {
        List<Map<String, Object>> variants = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> account : accounts.entrySet()) {
            String marker = marker(run, story * accounts.size() + i++);
            markers.add(marker);
            variants.add(Map.of("channelAccount", account.getValue(),
                    "text", "Zimowa wyprzedaż ❄ Χειμερινές εκπτώσεις, зимняя распродажа " + marker));
        }
        JsonPath created = given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON)
                .body(Map.of("title", "Wyprzedaż " + story + " " + run, "campaign", campaign, "variants", variants))
                .post(calendar("/stories")).then().statusCode(201).extract().jsonPath();
        String storyId = created.getString("id");
        List<Planned> planned = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            String text = created.getString("variants[" + v + "].text");
            String marker = markers.stream().filter(text::contains).findFirst().orElseThrow();
            String path = "/stories/" + storyId + "/variants/" + created.getString("variants[" + v + "].id");
            given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON).body("{}")
                    .post(calendar(path + "/submit")).then().statusCode(200);
            approve(path);
            Response approved = given().header("Authorization", bearer("editor1")).get(calendar(path));
            assertEquals("approved", approved.then().statusCode(200).extract().jsonPath().getString("status"),
                    "approved, without a time yet: " + path);
            planned.add(new Planned(storyId, created.getString("variants[" + v + "].id"),
                    created.getString("variants[" + v + "].platform"), marker, approved.getHeader("ETag")));
        }
        return planned;
    }

    /** A word only this variant's text has, in letters and digits that no platform's encoding changes. */
    private static String marker(String run, int index) {
        return "crash" + run + "v" + String.format("%04d", index);
    }

    /**
     * The editor gives every variant its time (the ETag is the approved version's), one after another
     * {@code spacing} apart from {@code ahead} on, never in the past: a write slower than planned moves its
     * variant's time on.
     */
    private static void schedule(List<Planned> plan, Duration ahead, Duration spacing) throws Exception {
        Instant first = Instant.now().plus(ahead);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Callable<Void>> writes = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                Planned p = plan.get(i);
                Instant planned = first.plus(spacing.multipliedBy(i));
                writes.add(() -> {
                    Instant earliest = Instant.now().plusSeconds(3);
                    Instant at = planned.isBefore(earliest) ? earliest : planned;
                    given().header("Authorization", bearer("editor1")).header("If-Match", p.etag())
                            .contentType(ContentType.JSON).body(Map.of("scheduledFor", at.toString()))
                            .put(calendar(p.path())).then().statusCode(200)
                            .body("status", org.hamcrest.Matchers.equalTo("scheduled"));
                    return null;
                });
            }
            for (Future<Void> done : workers.invokeAll(writes)) {
                done.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    // ---- what came of it ----------------------------------------------------------------------------------------

    /** As the calendar shows it: published, with a permalink of its own, one delivered attempt; none failed. */
    private static void assertEveryVariantPublishedOnce(List<Planned> plan, String campaign) {
        JsonPath stories = given().header("Authorization", bearer("editor1")).queryParam("campaign", campaign)
                .queryParam("limit", 200).get(calendar("/stories")).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> variants = stories.getList("items.variants.flatten()");
        assertEquals(plan.size(), variants.size(), "every variant of the run is listed");
        Map<String, Integer> statuses = new TreeMap<>();
        Set<String> permalinks = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> v : variants) {
            statuses.merge(String.valueOf(v.get("status")), 1, Integer::sum);
            @SuppressWarnings("unchecked")
            Map<String, Object> publication = (Map<String, Object>) v.get("publication");
            if (publication == null) {
                wrong.add(v.get("id") + " " + v.get("status") + ", never sent");
                continue;
            }
            String permalink = (String) publication.get("permalink");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> attempts = (List<Map<String, Object>>) publication.get("attempts");
            if (!"published".equals(v.get("status")) || !"published".equals(publication.get("state"))
                    || permalink == null || !permalink.startsWith("https://sandbox.parley.local/" + v.get("platform")
                    + "/") || !permalinks.add(permalink) || attempts.size() != 1
                    || !"delivered".equals(attempts.get(0).get("outcome"))) {
                wrong.add(v.get("id") + " " + v.get("status") + " " + publication);
            }
        }
        assertEquals(Map.of("published", plan.size()), statuses, "every variant published, none failed or waiting");
        assertEquals(List.of(), wrong, "each published once, with a permalink of its own");
    }

    /** The sandbox log: one platform request per variant, found by the marker in its text. */
    private static void assertOneRequestPerVariant(List<Planned> plan, String run) throws SQLException {
        Map<String, Integer> requests = sandboxRequests(run);
        Map<String, Integer> notOnce = new TreeMap<>();
        for (Planned p : plan) {
            int count = requests.getOrDefault(p.marker(), 0);
            if (count != 1) {
                notOnce.put(p.marker() + " (" + p.platform() + ")", count);
            }
        }
        assertEquals(Map.of(), notOnce, "variants not requested exactly once from their platform");
        assertEquals(plan.size(), requests.values().stream().mapToInt(Integer::intValue).sum(),
                "no request the plan did not ask for: " + requests.keySet().stream()
                        .filter(m -> plan.stream().noneMatch(p -> p.marker().equals(m))).toList());
    }

    /** The publish ledger, as an editor reads it: one action (round 1) per variant, settled by one delivered report. */
    private static void assertOneActionAndOneDeliveredReportPerVariant(List<Planned> plan) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Callable<String>> reads = plan.stream().<Callable<String>>map(p -> () -> {
                JsonPath ledger = read(p.path() + "/publications");
                List<Map<String, Object>> publishes = ledger.getList("items.findAll { it.kind == 'publish' }");
                if (publishes.size() != 1) {
                    return p.variantId() + ": " + publishes.size() + " publish actions " + publishes;
                }
                Map<String, Object> a = publishes.get(0);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> reports = (List<Map<String, Object>>) a.get("reports");
                boolean once = Integer.valueOf(1).equals(a.get("round")) && "delivered".equals(a.get("state"))
                        && reports.size() == 1 && "delivered".equals(reports.get(0).get("outcome"))
                        && Integer.valueOf(1).equals(reports.get(0).get("attempt"));
                return once ? null : p.variantId() + ": " + a;
            }).toList();
            List<String> wrong = new ArrayList<>();
            for (Future<String> done : workers.invokeAll(reads)) {
                if (done.get() != null) {
                    wrong.add(done.get());
                }
            }
            assertEquals(List.of(), wrong, "ledgers with more than one action or report, or not delivered");
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * On the topics: each variant announced published under one event id, and asked for under one action id. A
     * record relayed again after the crash (the same event id) is counted and printed: at-least-once on the wire,
     * once in effect.
     */
    private static void assertAnnouncedOnceAndRequestedOnce(List<Planned> plan, EventTail posts, EventTail outbound) {
        Set<String> ids = plan.stream().map(Planned::variantId).collect(Collectors.toSet());
        Map<String, Set<UUID>> announced = new HashMap<>();
        Map<String, Set<UUID>> requested = new HashMap<>();
        int[] records = {0, 0}; // VariantPublished, publish requests
        await("every variant asked for and announced published").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    announced.clear();
                    requested.clear();
                    records[0] = 0;
                    records[1] = 0;
                    for (ConsumerRecord<String, byte[]> r : posts.records()) {
                        Event<Payload> e = EventJson.fromBytes(r.value());
                        if (e.data() instanceof VariantPublished p && ids.contains(p.variantId().toString())) {
                            announced.computeIfAbsent(p.variantId().toString(), k -> new HashSet<>()).add(e.id());
                            records[0]++;
                        }
                    }
                    for (ConsumerRecord<String, byte[]> r : outbound.records()) {
                        Event<Payload> e = EventJson.fromBytes(r.value());
                        if (e.data() instanceof OutboundActionRequested a && a.action() == OutboundAction.PUBLISH_POST
                                && ids.contains(r.key())) {
                            requested.computeIfAbsent(r.key(), k -> new HashSet<>()).add(a.actionId());
                            records[1]++;
                        }
                    }
                    return announced.keySet().equals(ids) && requested.keySet().equals(ids);
                });
        int announcements = records[0];
        int requests = records[1];
        System.out.printf("%d variants: %d VariantPublished records (%d relayed again), %d publish requests on %s "
                + "(%d relayed again)%n", ids.size(), announcements, announcements - ids.size(), requests,
                Topics.OUTBOUND, requests - ids.size());
        assertEquals(Map.of(), announced.entrySet().stream().filter(e -> e.getValue().size() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "announced under one event id");
        assertEquals(Map.of(), requested.entrySet().stream().filter(e -> e.getValue().size() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "asked for under one action id");
    }

    // ---- the observer's look into the databases -----------------------------------------------------------------

    private static Snapshot snapshot(List<Planned> plan, String run) throws SQLException {
        Map<String, Integer> statuses = new TreeMap<>();
        try (Connection c = database(CALENDAR); PreparedStatement s = c.prepareStatement(
                "SELECT status, count(*) FROM variant WHERE id = ANY(?) GROUP BY status")) {
            s.setArray(1, c.createArrayOf("uuid", plan.stream().map(p -> UUID.fromString(p.variantId())).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    statuses.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return new Snapshot(statuses, sandboxRequests(run).values().stream().mapToInt(Integer::intValue).sum());
    }

    /** The sandbox log's requests carrying one of the run's markers, counted by marker. */
    private static Map<String, Integer> sandboxRequests(String run) throws SQLException {
        Pattern marker = Pattern.compile("crash" + run + "v\\d{4}");
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = database(INGEST); PreparedStatement s = c.prepareStatement(
                "SELECT body FROM sandbox_request WHERE brand = 'acme' AND body LIKE ?")) {
            s.setString(1, "%crash" + run + "v%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Set<String> inRequest = new HashSet<>(); // a request names its variant's marker once or more
                    Matcher m = marker.matcher(rs.getString(1));
                    while (m.find()) {
                        inRequest.add(m.group());
                    }
                    inRequest.forEach(found -> counts.merge(found, 1, Integer::sum));
                }
            }
        }
        return counts;
    }

    /** Records on the dead-letter topic so far, all partitions (its end offsets: it is never compacted). */
    private static long deadLetters() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningStack.infra().kafka());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTER, Duration.ofSeconds(10))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions, Duration.ofSeconds(10)).values().stream()
                    .mapToLong(Long::longValue).sum();
        }
    }

    private static Connection database(ParleyService service) throws SQLException {
        var infra = RunningStack.infra();
        return DriverManager.getConnection(infra.jdbcUrl(RunningStack.databasePrefix() + service.database()),
                infra.dbUser(), infra.dbPassword());
    }
}
