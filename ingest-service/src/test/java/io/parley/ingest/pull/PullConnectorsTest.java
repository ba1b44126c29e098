package io.parley.ingest.pull;

import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.Fixtures;
import io.parley.testsupport.EventTail;
import io.parley.devstack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pull connectors read a YouTube channel and an Atom feed over real HTTP from a stand-in server
 * that answers with the published API responses; where they got to is kept between reads.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class PullConnectorsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));
    private static final String PAGE_1 = "pulled/youtube/python-youtube-comment_threads-comment_threads_by_video_paged_1.json";
    private static final String PAGE_2 = "pulled/youtube/python-youtube-comment_threads-comment_threads_by_video_paged_2.json";

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger page2Failures = new AtomicInteger();
    private String page1Token;

    @BeforeEach
    void startPlatform() throws IOException {
        page1Token = new ObjectMapper().readTree(Fixtures.bytes(PAGE_1)).path("nextPageToken").asText();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/youtube/v3/commentThreads", this::commentThreads);
        server.createContext("/feed.xml", this::feed);
        server.start();
    }

    @AfterEach
    void stopPlatform() {
        server.stop(0);
    }

    private void commentThreads(HttpExchange exchange) throws IOException {
        String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        requests.add("youtube " + query + " key=" + exchange.getRequestHeaders().getFirst("X-Goog-Api-Key"));
        if (query.contains("pageToken=" + page1Token)) {
            if (page2Failures.getAndDecrement() > 0) {
                answer(exchange, 503, "{\"error\":{\"code\":503,\"message\":\"backendError\"}}".getBytes(StandardCharsets.UTF_8));
            } else {
                answer(exchange, 200, Fixtures.bytes(PAGE_2));
            }
        } else {
            answer(exchange, 200, Fixtures.bytes(PAGE_1));
        }
    }

    private void feed(HttpExchange exchange) throws IOException {
        String etag = "\"atom-v1\"";
        requests.add("feed if-none-match=" + exchange.getRequestHeaders().getFirst("If-None-Match"));
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("ETag", etag);
        exchange.getResponseHeaders().add("Content-Type", "application/atom+xml");
        answer(exchange, 200, Fixtures.bytes("pulled/rss/rfc4287-atom-example.xml"));
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String readFirstId(String fixture) {
        try {
            return new ObjectMapper().readTree(Fixtures.bytes(fixture)).path("items").path(0).path("id").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String connect(String platform, String accountId, Map<String, String> settings, Map<String, String> secrets) {
        return given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", platform, "accountId", accountId, "settings", settings,
                        "secrets", secrets))
                .post("/api/v1/channels").then().statusCode(201).extract().path("id");
    }

    @Test
    void aYouTubeChannelIsReadPageByPageAndAFailedPageIsResumedFromItsToken() {
        String channel = "UC" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        page2Failures.set(1);
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            String id = connect("youtube", channel, Map.of("apiBaseUrl", base(), "pollSeconds", "3600",
                    "backfillDays", "3650"), Map.of("apiKey", "config:parley.channel-secrets.test.youtube-key"));
            // The scheduler reads it at once (a new source is due): page 1 arrives, page 2 fails.
            Event<InteractionReceived> first = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().channelAccountId().equals(channel)
                            && e.data().platformObjectId().equals("UgyZ1jqkHKYvi1-ruOZ4AaABAg"), WAIT);
            assertEquals(InteractionKind.COMMENT, first.data().kind());
            assertEquals("Google.com", first.data().text());
            assertEquals("himani agarwal", first.data().author().name());
            assertEquals("https://www.youtube.com/watch?v=F1UP7wRCPH8&lc=UgyZ1jqkHKYvi1-ruOZ4AaABAg",
                    first.data().permalink());
            org.awaitility.Awaitility.await().atMost(WAIT).until(() -> "failed".equals(given()
                    .header("Authorization", MANAGER).get("/api/v1/channels/" + id).then().extract()
                    .path("pull.lastStatus")));
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then()
                    .body("pull.resuming", equalTo(true)).body("pull.lastError", equalTo("YouTube answered 503 (backendError)"));
            int before = requests.size();

            // Read again: it resumes at page 2 (not page 1) and completes the walk.
            given().header("Authorization", MANAGER).post("/api/v1/channels/" + id + "/poll").then().statusCode(200)
                    .body("lastStatus", equalTo("ok")).body("resuming", equalTo(false));
            List<String> resumed = requests.subList(before, requests.size());
            assertEquals(1, resumed.size(), resumed.toString());
            assertTrue(resumed.get(0).contains("pageToken=" + page1Token), resumed.get(0));
            assertTrue(resumed.get(0).contains("allThreadsRelatedToChannelId=" + channel), resumed.get(0));
            assertTrue(resumed.get(0).endsWith("key=test-youtube-key"), "the key travels in a header");
            String page2First = readFirstId(PAGE_2);
            interactions.awaitEvent(InteractionReceived.class, e -> e.data().channelAccountId().equals(channel)
                    && e.data().platformObjectId().equals(page2First), WAIT);

            // A third read asks for page 1 only, sees nothing newer than what was read, and stops there.
            int third = requests.size();
            given().header("Authorization", MANAGER).post("/api/v1/channels/" + id + "/poll").then().statusCode(200)
                    .body("lastStatus", equalTo("ok")).body("readUpTo", org.hamcrest.Matchers.notNullValue());
            assertEquals(1, requests.size() - third);
            assertTrue(!requests.get(third).contains("pageToken="), requests.get(third));
        }
    }

    @Test
    void anAtomFeedIsReadWithAConditionalGet() {
        String source = "acme-blog-watch-" + UUID.randomUUID().toString().substring(0, 8);
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            String id = connect("rss", source, Map.of("feedUrl", base() + "/feed.xml", "pollSeconds", "3600"), Map.of());
            Event<InteractionReceived> entry = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().channelAccountId().equals(source), WAIT);
            assertEquals(InteractionKind.MENTION, entry.data().kind());
            assertEquals("Atom-Powered Robots Run Amok\n\nSome text.", entry.data().text());
            assertEquals("http://example.org/2003/12/13/atom03", entry.data().permalink());
            assertEquals("John Doe", entry.data().author().name());
            assertEquals("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", entry.data().platformObjectId());
            org.awaitility.Awaitility.await().atMost(WAIT).until(() -> "ok".equals(given()
                    .header("Authorization", MANAGER).get("/api/v1/channels/" + id).then().extract()
                    .path("pull.lastStatus")));
            given().header("Authorization", MANAGER).post("/api/v1/channels/" + id + "/poll").then().statusCode(200)
                    .body("lastStatus", equalTo("not-modified"));
            assertEquals("feed if-none-match=\"atom-v1\"", requests.get(requests.size() - 1));
        }
    }

    @Test
    void aWebhookPlatformCannotBePolledAndAChannelWithoutKeyIdles() {
        String tg = given().header("Authorization", MANAGER).get("/api/v1/channels?brand=acme").then().extract()
                .path("items.find { it.platform == 'telegram' }.id");
        given().header("Authorization", MANAGER).post("/api/v1/channels/" + tg + "/poll").then().statusCode(409);
        String id = connect("youtube", "UC-nokey-" + UUID.randomUUID().toString().substring(0, 8),
                Map.of("apiBaseUrl", base()), Map.of());
        given().header("Authorization", MANAGER).post("/api/v1/channels/" + id + "/poll").then().statusCode(200)
                .body("lastStatus", equalTo("idle")).body("readUpTo", nullValue());
    }
}
