package io.parley.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.contracts.Topics;
import io.parley.devstack.Signatures;
import io.parley.devstack.Tokens;
import io.parley.testsupport.console.ConsoleBrowser;
import io.parley.devstack.infra.ConsumerGroups;
import io.parley.devstack.infra.Databases;
import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.PrivateKafka;
import io.parley.devstack.infra.RepositoryRoot;
import io.parley.devstack.infra.TestInfrastructure;
import io.parley.devstack.stack.DemoData;
import io.parley.devstack.stack.LocalServices;
import io.parley.devstack.stack.ParleyService;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas of everything on one infrastructure, as a Deployment with two pods runs them: a stack of its own
 * ({@code LocalServices} with two replicas of each service and of the console, databases {@code e2e_rep_*}) on a
 * Kafka broker of its own ({@link PrivateKafka}), so that it neither reads nor disturbs the shared end-to-end stack's
 * topics and groups, and may run before, after or beside it. PostgreSQL and Keycloak are the build's.
 *
 * <p>A burst of signed comments goes to both ingest replicas — each comment also a second time to the other replica,
 * as Meta retries a webhook — and the inbox holds exactly one conversation per comment. Every conversation is
 * answered through both inbox replicas at once (the same Idempotency-Key, as a client retrying on another pod) and
 * the sandbox log of the gateway holds exactly one platform call per reply. The inbox's and the gateway's consumer
 * groups have a member on each replica and split the partitions. A console session made on one console replica is
 * accepted by the other, whose live stream hears the inbox's news, and signing out on one ends it on both. Every
 * replica is UP at the end.
 */
class ReplicasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** Comments in the burst: half to each ingest replica first. */
    private static final int BURST = 40;

    private static PrivateKafka kafka;
    private static LocalServices stack;

    @BeforeAll
    static void startTwoReplicasOfEverything() throws Exception {
        Path root = RepositoryRoot.find();
        Path dir = root.resolve("e2e-tests/target/replicas");
        Endpoints shared = TestInfrastructure.endpoints();
        kafka = PrivateKafka.start(dir.resolve("kafka"));
        String prefix = RunningStack.databasePrefix() + "rep_";
        for (ParleyService service : ParleyService.all()) {
            Databases.drop(shared, prefix + service.database());
        }
        Databases.drop(shared, prefix + LocalServices.CONSOLE_DATABASE);
        try {
            stack = LocalServices.start(root, dir, kafka.in(shared), false, prefix, 2,
                    Map.of("QUARKUS_PROFILE", "prod"), System.out::println);
        } catch (Exception e) {
            kafka.close();
            throw e;
        }
    }

    @AfterAll
    static void everyReplicaIsStillUpThenStop() throws Exception {
        try {
            if (stack != null) {
                Map<String, String> down = RunningStack.notUp(health());
                assertTrue(down.isEmpty(), "not every replica reports UP on /q/health: " + down);
            }
        } finally {
            if (stack != null) {
                stack.stop();
            }
            if (kafka != null) {
                kafka.close();
            }
        }
    }

    @Test
    void aBurstAcrossBothIngestReplicasMakesOneConversationPerCommentAndOneDeliveryPerReply() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ingest = stack.urls(INGEST);
        List<String> inbox = stack.urls(INBOX);
        assertEquals(2, ingest.size());

        // The burst: every comment to one replica, and once more to the other (a platform's retry), side by side.
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < BURST; i++) {
            texts.put(run + "-" + i, "Gdzie moje zamówienie nr " + i + "? Czekam od tygodnia ✉ " + run);
        }
        long intakeBefore = ConsumerGroups.records(kafka.bootstrap(), Topics.INTAKE);
        long interactionsBefore = ConsumerGroups.records(kafka.bootstrap(), Topics.INTERACTIONS);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> posts = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, String> comment : texts.entrySet()) {
                String body = DemoData.feedComment(comment.getKey(), "Klient " + i, comment.getValue(),
                        Instant.now().getEpochSecond());
                String first = ingest.get(i % 2);
                String retry = ingest.get((i + 1) % 2);
                posts.add(pool.submit(() -> webhook(first, body)));
                posts.add(pool.submit(() -> webhook(retry, body)));
                i++;
            }
            for (Future<Integer> post : posts) {
                assertEquals(200, post.get(), "a signed webhook was not accepted");
            }

            // A webhook is answered once its record is in parley.intake.v1. Once the gateway's enrichment has taken
            // in all of them, and the inbox everything the gateway then published: exactly one conversation each.
            ConsumerGroups.awaitProcessed(kafka.bootstrap(), "ingest-service-enrichment", Topics.INTAKE,
                    intakeBefore, PATIENCE);
            ConsumerGroups.awaitProcessed(kafka.bootstrap(), "inbox-service", Topics.INTERACTIONS,
                    interactionsBefore, PATIENCE);
            String agent = Tokens.forUser("agent1");
            Map<String, List<String>> byText = await().atMost(PATIENCE).until(() -> conversationsByPreview(agent,
                    inbox.get(1), run), found -> texts.values().stream().allMatch(found::containsKey));
            Map<String, Integer> counts = new TreeMap<>();
            byText.forEach((text, ids) -> counts.put(text, ids.size()));
            assertEquals(BURST, byText.size(), "conversations of other texts: " + counts);
            assertTrue(counts.values().stream().allMatch(n -> n == 1), "not one conversation per comment: " + counts);
            // Both inbox replicas read the same database: the same answer from the other one.
            assertEquals(byText, conversationsByPreview(agent, inbox.get(0), run));

            // Each conversation answered through both inbox replicas at once, with one Idempotency-Key.
            List<Future<Integer>> replies = new ArrayList<>();
            int n = 0;
            for (Map.Entry<String, String> comment : texts.entrySet()) {
                String conversation = byText.get(comment.getValue()).get(0);
                String key = "replicas-" + run + "-" + n;
                String text = "Dziękujemy, sprawdzamy zamówienie nr " + n + " ❤";
                replies.add(pool.submit(() -> reply(agent, inbox.get(0), conversation, key, text)));
                replies.add(pool.submit(() -> reply(agent, inbox.get(1), conversation, key, text)));
                n++;
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> reply : replies) {
                statuses.merge(reply.get(), 1, Integer::sum);
            }
            assertEquals(Map.of(200, BURST, 201, BURST), statuses,
                    "one reply made (201) and one retry answered with it (200) per conversation");
        } finally {
            pool.shutdownNow();
        }

        // Every conversation answered (its delivery reported back), the gateway's group past every outbound record:
        // then exactly one platform call per reply, whichever ingest replica made it.
        String agent = Tokens.forUser("agent1");
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<String> answered = given().spec(as(agent)).queryParam("status", "answered").queryParam("limit", 200)
                    .get(inbox.get(0) + "/api/v1/conversations").then().statusCode(200).extract().jsonPath()
                    .getList("items.preview");
            assertEquals(BURST, answered.stream().filter(p -> p.endsWith(run)).count(), "answered so far");
        });
        ConsumerGroups.awaitProcessed(kafka.bootstrap(), "ingest-service", Topics.OUTBOUND, 0, PATIENCE);
        Map<String, Integer> calls = new TreeMap<>();
        for (Object r : given().spec(as(agent)).pathParam("brand", "acme").queryParam("limit", 200)
                .get(ingest.get(1) + "/api/v1/brands/{brand}/sandbox/requests").then().statusCode(200).extract().jsonPath()
                .getList("items")) {
            String url = String.valueOf(((Map<?, ?>) r).get("url"));
            if (url.contains("_" + run + "-")) {
                calls.merge(url, 1, Integer::sum);
            }
        }
        assertEquals(BURST, calls.size(), "replies without a platform call: " + calls);
        assertTrue(calls.values().stream().allMatch(c -> c == 1), "not one platform call per reply: " + calls);
        for (String comment : texts.keySet()) {
            assertEquals(1, calls.getOrDefault("https://graph.facebook.com/v23.0/777000111_" + comment + "/comments",
                    0), comment);
        }
    }

    @Test
    void theInboxAndGatewayGroupsHaveAMemberOnEachReplicaAndSplitThePartitions() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertSplit("inbox-service", Topics.INTERACTIONS, "inbox-service.", "inbox-service-2.");
            assertSplit("ingest-service-enrichment", Topics.INTAKE, "ingest-service.", "ingest-service-2.");
            assertSplit("ingest-service", Topics.OUTBOUND, "ingest-service.", "ingest-service-2.");
        });
    }

    @Test
    void aConsoleSessionMadeOnOneReplicaIsAcceptedByTheOtherWithItsLiveStream() throws Exception {
        List<String> consoles = stack.consoleUrls();
        assertEquals(2, consoles.size(), "the console module is not built: mvn -pl console package");
        String first = consoles.get(0);
        String second = consoles.get(1);
        // One browser, one site: the load balancer sends its requests now to one replica, now to the other.
        ConsoleBrowser browser = new ConsoleBrowser(first).alsoAt(second).signIn("agent1", "agent1");

        for (String console : List.of(second, first, second)) {
            HttpResponse<String> me = browser.get(console + "/bff/me");
            assertEquals(200, me.statusCode(), console + ": " + me.body());
            assertEquals("agent1", JSON.readTree(me.body()).path("userName").asText());
            HttpResponse<String> queue = browser.get(console + "/api/v1/conversations?status=new,open&limit=5");
            assertEquals(200, queue.statusCode(), "relayed by " + console + ": " + queue.body());
        }

        // The inbox page open on each replica hears of a new comment, whichever ingest replica took it.
        List<String> onSecond = listen(browser, second);
        List<String> onFirst = listen(browser, first);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> sent = new CopyOnWriteArrayList<>();
        String agent = Tokens.forUser("agent1");
        Function<List<String>, Boolean> heardOurs = data -> data.stream().anyMatch(d -> opened(d, agent, sent));
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(3)).until(() -> {
            String text = "Na żywo z dwóch replik ✨ " + run + " " + sent.size();
            sent.add(text);
            String body = DemoData.feedComment(run + "-live-" + sent.size(), "Live Customer", text,
                    Instant.now().getEpochSecond());
            assertEquals(200, webhook(stack.urls(INGEST).get(sent.size() % 2), body));
            return heardOurs.apply(onSecond) && heardOurs.apply(onFirst);
        });

        // Signing out on one replica ends the session on both: the old cookie, sent again to the other, is refused.
        String cookie = browser.cookies(URI.create(first)).entrySet().stream()
                .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<String> out = browser.send(HttpRequest.newBuilder(URI.create(second + "/bff/sign-out"))
                .header("X-Parley-Console", "1").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, out.statusCode(), out.body());
        HttpResponse<String> replayed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(first
                + "/bff/me")).header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, replayed.statusCode(), "the ended session still works on the first replica: "
                + replayed.body());
    }

    /** The members of a group that hold partitions of a topic: one per replica, the partitions split between them. */
    private static void assertSplit(String group, String topic, String firstReplica, String secondReplica)
            throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        try (Admin admin = Admin.create(props)) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get()
                    .get(group);
            Map<String, Set<Integer>> byReplica = new TreeMap<>();
            for (MemberDescription member : description.members()) {
                Set<Integer> partitions = member.assignment().topicPartitions().stream()
                        .filter(p -> p.topic().equals(topic)).map(TopicPartition::partition)
                        .collect(Collectors.toCollection(java.util.TreeSet::new));
                if (!partitions.isEmpty()) {
                    String replica = member.clientId().startsWith(secondReplica) ? secondReplica
                            : member.clientId().startsWith(firstReplica) ? firstReplica : member.clientId();
                    assertTrue(byReplica.put(replica, partitions) == null,
                            "two members of one replica hold " + topic + ": " + description);
                }
            }
            assertEquals(Set.of(firstReplica, secondReplica), byReplica.keySet(),
                    group + "'s members holding " + topic + ": " + byReplica);
            Set<Integer> all = new HashSet<>();
            byReplica.values().forEach(all::addAll);
            int total = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            assertEquals(total, all.size(), "partitions of " + topic + " held, each once: " + byReplica);
            assertEquals(total, byReplica.values().stream().mapToInt(Set::size).sum(),
                    "a partition of " + topic + " held twice: " + byReplica);
        }
    }

    private static int webhook(String ingest, String body) {
        return given().contentType(ContentType.JSON)
                .header("X-Hub-Signature-256", Signatures.metaSha256(DemoData.META_APP_SECRET, body))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(ingest + "/webhooks/meta").statusCode();
    }

    /**
     * Sends a reply as the console would, retrying with the same Idempotency-Key while the inbox answers 503 (its
     * standards check timed out on a busy machine: "nothing was sent — retry in a moment"); its final status.
     */
    private static int reply(String token, String inbox, String conversation, String key, String text) {
        Response r = await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(2)).until(() -> given().spec(as(token))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("text", text))
                .post(inbox + "/api/v1/conversations/" + conversation + "/replies"), a -> a.statusCode() != 503);
        if (r.statusCode() / 100 != 2) {
            throw new AssertionError("reply through " + inbox + ": " + r.statusCode() + " " + r.asString());
        }
        return r.statusCode();
    }

    /** The open conversations of this run, by preview (the comment's text): their ids. */
    private static Map<String, List<String>> conversationsByPreview(String token, String inbox, String run) {
        JsonPath page = given().spec(as(token)).queryParam("status", "new,open").queryParam("limit", 200)
                .get(inbox + "/api/v1/conversations").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        Map<String, List<String>> byText = new TreeMap<>();
        for (Map<String, Object> item : items) {
            String preview = String.valueOf(item.get("preview"));
            if (preview.endsWith(run)) {
                byText.computeIfAbsent(preview, t -> new ArrayList<>()).add(String.valueOf(item.get("id")));
            }
        }
        return byText;
    }

    /** Whether a stream's {@code data:} payload is the opening of a conversation of one of these texts. */
    private static boolean opened(String data, String token, List<String> texts) {
        try {
            JsonNode signal = JSON.readTree(data);
            if (!"opened".equals(signal.path("kind").asText()) || !"acme".equals(signal.path("brand").asText())) {
                return false;
            }
            String text = given().spec(as(token)).get(stack.url(INBOX) + "/api/v1/conversations/"
                    + signal.path("conversationId").asText()).then().extract().jsonPath()
                    .getString("interactions[0].text");
            return texts.contains(text);
        } catch (Exception e) {
            return false;
        }
    }

    /** Opens the inbox stream at one console replica as this browser; its {@code data:} payloads collect in the list. */
    private static List<String> listen(ConsoleBrowser browser, String console) throws Exception {
        HttpResponse<InputStream> stream = browser.stream(HttpRequest.newBuilder(URI.create(console
                + "/bff/inbox/stream")).header("Accept", "text/event-stream").GET());
        assertEquals(200, stream.statusCode(), "the stream at " + console);
        List<String> data = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(),
                    StandardCharsets.UTF_8))) {
                lines.lines().filter(l -> l.startsWith("data:")).map(l -> l.substring(5).trim())
                        .filter(d -> !d.contains("\"heartbeat\"")).forEach(data::add);
            } catch (Exception ignored) {
                // the stream closed with the test
            }
        }, "sse-" + console);
        reader.setDaemon(true);
        reader.start();
        return data;
    }

    /** Every replica's {@code /q/health}: status code, a space, the body; by process name. */
    private static Map<String, String> health() throws InterruptedException {
        Map<String, String> bases = new LinkedHashMap<>();
        for (ParleyService service : ParleyService.all()) {
            List<String> urls = stack.urls(service);
            for (int n = 0; n < urls.size(); n++) {
                bases.put(service.module() + "#" + (n + 1), urls.get(n));
            }
        }
        List<String> consoles = stack.consoleUrls();
        for (int n = 0; n < consoles.size(); n++) {
            bases.put("console#" + (n + 1), consoles.get(n));
        }
        return RunningStack.health(bases);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token)).config(io.restassured.RestAssured.config()
                .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")));
    }
}
