package io.parley.ingest.competitors;

import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.listening.CompetitorPostObserved;
import io.parley.testsupport.EventTail;
import io.parley.devstack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manager marks an RSS source as Globex's own newsroom feed (settings.competitor): its entries are counted as
 * Globex's posts — one CompetitorPostObserved each, the same post never twice however often the feed is read — and
 * none of them reaches the inbox's stream as a mention. The feed is served over real HTTP from a local server; it
 * sends no ETag, so every read gets the whole feed again.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class CompetitorFeedsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));

    private static final String ITEM_SALE = """
            <item><title>Zimowa wyprzedaż — do −40%%</title><link>https://globex.example/news/winter-sale</link>
              <guid isPermaLink="false">globex-post-%1$s-1</guid><pubDate>Mon, 07 Dec 2026 09:00:00 +0100</pubDate></item>""";
    private static final String ITEM_STORE = """
            <item><title>New store in Kraków</title><link>https://globex.example/news/krakow</link>
              <guid isPermaLink="false">globex-post-%1$s-2</guid><pubDate>Wed, 09 Dec 2026 15:30:00 +0000</pubDate></item>""";
    private static final String ITEM_UNDATED = """
            <item><title>About us</title><link>https://globex.example/about</link></item>""";
    private static final String ITEM_NEW = """
            <item><title>Świąteczne godziny otwarcia</title><link>https://globex.example/news/hours</link>
              <guid isPermaLink="false">globex-post-%1$s-3</guid><pubDate>Fri, 11 Dec 2026 08:00:00 GMT</pubDate></item>""";

    private HttpServer server;
    private final AtomicBoolean secondEdition = new AtomicBoolean();
    private String run;

    @BeforeEach
    void startFeed() throws IOException {
        run = UUID.randomUUID().toString().substring(0, 8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/globex.xml", this::feed);
        server.start();
    }

    @AfterEach
    void stopFeed() {
        server.stop(0);
    }

    private void feed(HttpExchange exchange) throws IOException {
        String items = (secondEdition.get() ? ITEM_NEW : "") + ITEM_SALE + ITEM_STORE + ITEM_UNDATED;
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Globex newsroom</title><link>https://globex.example/news</link>"
                + items.formatted(run) + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=UTF-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private String feedUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/globex.xml";
    }

    private String connect(String accountId, Map<String, String> settings) {
        return given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "rss", "accountId", accountId, "name", "Globex newsroom",
                        "settings", settings))
                .post("/api/v1/channels").then().statusCode(201).extract().path("id");
    }

    private static String poll(String id) {
        return given().header("Authorization", MANAGER).post("/api/v1/channels/" + id + "/poll").then()
                .statusCode(200).body("lastStatus", equalTo("ok")).extract().asString();
    }

    @Test
    void aCompetitorsFeedIsCountedOncePerPost_andNeverReachesTheInbox() {
        String account = "globex-newsroom-" + run;
        try (EventTail engagement = EventTail.open(Topics.ENGAGEMENT);
                EventTail intake = EventTail.open(Topics.INTAKE);
                EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            String id = connect(account, Map.of("feedUrl", feedUrl(), "competitor", "globex", "pollSeconds", "3600"));
            // Read it (the scheduler may read it as well: either way each post is taken once).
            poll(id);
            Event<CompetitorPostObserved> sale = engagement.awaitEvent(CompetitorPostObserved.class,
                    e -> e.data().entryId().equals("globex-post-" + run + "-1"), WAIT);
            assertEquals("acme", sale.brand());
            assertEquals(id, sale.subject());
            assertEquals("globex", sale.data().competitor());
            assertEquals(UUID.fromString(id), sale.data().sourceChannelId());
            assertEquals("Globex newsroom", sale.data().sourceName());
            assertEquals(feedUrl(), sale.data().feedUrl());
            assertEquals("https://globex.example/news/winter-sale", sale.data().permalink());
            assertEquals("Zimowa wyprzedaż — do −40%", sale.data().title());
            assertEquals(Instant.parse("2026-12-07T08:00:00Z"), sale.data().publishedAt());
            assertEquals(sale.data().publishedAt(), sale.time());
            assertEquals(sale.data().postId(), sale.id());

            // The feed gains a post; read twice more: only the new post is published, the two known ones are not.
            secondEdition.set(true);
            poll(id);
            poll(id);
            Event<CompetitorPostObserved> hours = engagement.awaitEvent(CompetitorPostObserved.class,
                    e -> e.data().entryId().equals("globex-post-" + run + "-3"), WAIT);
            assertEquals(Instant.parse("2026-12-11T08:00:00Z"), hours.data().publishedAt());
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then().statusCode(200)
                    .body("settings.competitor", equalTo("globex"))
                    .body("pull.competitorPosts", equalTo(3))
                    .body("pull.itemsSeen", equalTo(3));

            // A mention source reading the same feed afterwards is heard on the intake: by the time its entry is
            // there, anything the competitor's source had sent the inbox's way would be too — and nothing is.
            String mentions = "globex-watch-" + run;
            connect(mentions, Map.of("feedUrl", feedUrl(), "pollSeconds", "3600"));
            intake.awaitEvent(InteractionReceived.class, e -> e.data().channelAccountId().equals(mentions), WAIT);
            assertEquals(Set.of(), fromSource(intake.records(), account));
            assertEquals(Set.of(), fromSource(interactions.records(), account));

            // Each post once on the stream: three distinct posts, no repeats.
            List<CompetitorPostObserved> posts = engagement.records().stream().map(r -> readOrNull(r.value()))
                    .filter(e -> e != null && e.data() instanceof CompetitorPostObserved)
                    .map(e -> (CompetitorPostObserved) e.data())
                    .filter(p -> p.sourceChannelId().equals(UUID.fromString(id))).toList();
            assertEquals(List.of("globex-post-" + run + "-1", "globex-post-" + run + "-2", "globex-post-" + run + "-3"),
                    posts.stream().map(CompetitorPostObserved::entryId).sorted().toList(), posts.toString());
            assertTrue(posts.stream().noneMatch(p -> p.entryId().contains("about")), "an undated entry is not counted");
        }
    }

    @Test
    void aBadCompetitorIsNamed() {
        given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "rss", "accountId", "bad-competitor-" + run,
                        "settings", Map.of("feedUrl", feedUrl(), "competitor", "Globex Inc")))
                .post("/api/v1/channels").then().statusCode(400)
                .body("errors[0].field", equalTo("settings.competitor"))
                .body("errors[0].message", startsWith("must be a competitor's id"));
        given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "rss", "accountId", "bad-competitor-" + run,
                        "settings", Map.of("feedUrl", feedUrl(), "competitor", "globex", "listening", "true")))
                .post("/api/v1/channels").then().statusCode(400)
                .body("errors[0].field", equalTo("settings.competitor"))
                .body("errors[0].message", startsWith("cannot be combined with listening=true"));
        given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "youtube", "accountId", "UC-bad-competitor-" + run,
                        "settings", Map.of("competitor", "globex")))
                .post("/api/v1/channels").then().statusCode(400)
                .body("errors[0].field", equalTo("settings.competitor"));
    }

    private static Set<String> fromSource(List<ConsumerRecord<String, byte[]>> records, String account) {
        return records.stream().map(r -> readOrNull(r.value()))
                .filter(e -> e != null && e.data() instanceof InteractionReceived i
                        && i.channelAccountId().equals(account))
                .map(e -> e.id().toString()).collect(Collectors.toSet());
    }

    private static Event<Payload> readOrNull(byte[] value) {
        try {
            return EventJson.fromBytes(value);
        } catch (EventJson.UnreadableEventException e) {
            return null;
        }
    }
}
