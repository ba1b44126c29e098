package io.parley.ingest.health;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.channels.ChannelHealthChanged;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.FakePlatform;
import io.parley.ingest.outbound.FakePlatform.Answer;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Channel health on real Kafka and PostgreSQL: a live account whose sends the fake platform refuses goes
 * token_revoked and says so on parley.channels.v1, and is healthy again once reconnected; a bot that stops hearing
 * anything goes silent (the scan is run at a later time, as the scheduler would) and recovers with its next update.
 */
@QuarkusTest
@QuarkusTestResource(FakePlatform.class)
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class ChannelHealthTest {

    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String BOT_SECRET_REF = "config:parley.channel-secrets.test.health-bot";

    @Inject
    ChannelHealth health;

    /** A bot left by an earlier run on the same database would share the test secret; remove it first. */
    @BeforeEach
    void removeBotsOfEarlierRuns() {
        List<String> ids = given().header("Authorization", MANAGER).get("/api/v1/channels?brand=acme").then()
                .statusCode(200).extract().path("items.findAll { it.secrets.any { s -> "
                        + "s.reference == '" + BOT_SECRET_REF + "' } }.id");
        ids.forEach(id -> given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id)
                .then().statusCode(204));
    }

    @Test
    void aPageWhoseTokenGraphRefusesGoesTokenRevokedAndIsHealthyAgainOnceReconnected() {
        String page = unique();
        String id = connect("facebook", page, "config:parley.channel-secrets.test.revoked-page-token");
        String comment = page + "_" + unique();
        String path = "/graph/v23.0/" + comment + "/comments";
        FakePlatform.script(path, Answer.of(400, "{\"error\":{\"message\":\"Error validating access token: The session "
                        + "has been invalidated because the user changed their password.\",\"type\":\"OAuthException\","
                        + "\"code\":190,\"error_subcode\":460,\"fbtrace_id\":\"EJplcsCHuLu\"}}"),
                Answer.of(200, "{\"id\":\"" + comment + "_7\"}"));
        try (EventTail channels = EventTail.open(Topics.CHANNELS);
                EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            UUID actionId = UUID.randomUUID();
            TestEvents.send("c-" + actionId, reply(actionId, Platform.FACEBOOK, page, comment));

            Event<ChannelHealthChanged> revoked = channels.awaitEvent(ChannelHealthChanged.class,
                    e -> e.data().channelAccountId().toString().equals(id), WAIT);
            assertEquals("token_revoked", revoked.data().state());
            assertEquals("healthy", revoked.data().previousState());
            assertEquals("reconnect", revoked.data().whatToDo());
            assertEquals("acme", revoked.brand());
            assertEquals(id, revoked.subject());
            assertTrue(revoked.data().reason().contains("Graph API error 190/460"), revoked.data().reason());
            assertTrue(!revoked.data().reason().contains("revoked-page-token"), "never the credential");
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then().statusCode(200)
                    .body("health.state", equalTo("token_revoked")).body("health.whatToDo", equalTo("reconnect"))
                    .body("health.since", notNullValue())
                    .body("health.reason", containsString("Error validating access token"));
            assertMetric("parley_ingest_channel_health_changes_total{platform=\"facebook\",state=\"token_revoked\"}");

            // The manager reconnects the page with a new token: healthy again, and the waiting reply goes out.
            given().header("Authorization", MANAGER).contentType("application/json")
                    .body(Map.of("mode", "live", "secrets", Map.of("accessToken",
                            "config:parley.channel-secrets.test.fresh-page-token")))
                    .put("/api/v1/channels/" + id).then().statusCode(200).body("health.state", equalTo("healthy"));
            Event<ChannelHealthChanged> healthy = channels.awaitEvent(ChannelHealthChanged.class,
                    e -> e.data().channelAccountId().toString().equals(id) && e.data().state().equals("healthy"), WAIT);
            assertEquals("token_revoked", healthy.data().previousState());
            assertEquals("none", healthy.data().whatToDo());
            assertEquals(DeliveryOutcome.DELIVERED, deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(actionId) && e.data().outcome().isFinal(), WAIT).data().outcome());
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id);
        }
    }

    @Test
    void anXAccountAnswered401GoesTokenRevoked() {
        String account = unique();
        String id = connect("x", account, "config:parley.channel-secrets.test.revoked-page-token");
        String tweet = unique();
        FakePlatform.script("/x/2/tweets/" + tweet + "/hidden",
                Answer.of(401, "{\n \"title\": \"Unauthorized\",\n \"type\": \"about:blank\",\n \"status\": 401,\n"
                        + " \"detail\": \"Unauthorized\"\n}"));
        try (EventTail channels = EventTail.open(Topics.CHANNELS)) {
            UUID actionId = UUID.randomUUID();
            Instant now = Instant.now();
            TestEvents.send("c-" + actionId, Event.of(UUID.randomUUID(), "inbox-service", "acme", "c", now, now,
                    new OutboundActionRequested(actionId, OutboundAction.HIDE, Platform.X, account, tweet, null,
                            "agent1", "conversation/c/hide/h", null)));
            Event<ChannelHealthChanged> revoked = channels.awaitEvent(ChannelHealthChanged.class,
                    e -> e.data().channelAccountId().toString().equals(id), WAIT);
            assertEquals("token_revoked", revoked.data().state());
            assertTrue(revoked.data().reason().startsWith("x refused the token (401): Unauthorized"),
                    revoked.data().reason());
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id);
        }
    }

    @Test
    void aBotThatStopsHearingGoesSilentAndItsNextUpdateMakesItHealthy() {
        String bot = unique();
        String id = connectBot(bot);
        // Its usual pace: updates heard over a few scans (one arrival per delivery), then nothing for hours.
        for (int i = 0; i < 6; i++) {
            update(i);
            health.scan(Instant.now());
        }
        given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then().statusCode(200)
                .body("health.state", equalTo("healthy")).body("health.lastEventAt", notNullValue())
                .body("health.usualGapSeconds", equalTo(60)); // the floor: these came seconds apart

        try (EventTail channels = EventTail.open(Topics.CHANNELS)) {
            health.scan(Instant.now().plus(Duration.ofHours(1)));
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then()
                    .body("health.state", equalTo("healthy")); // a quiet hour is not an outage (min-silence 2 h)

            health.scan(Instant.now().plus(Duration.ofHours(3)));
            Event<ChannelHealthChanged> silent = channels.awaitEvent(ChannelHealthChanged.class,
                    e -> e.data().channelAccountId().toString().equals(id), WAIT);
            assertEquals("silent", silent.data().state());
            assertEquals("check_source", silent.data().whatToDo());
            assertEquals(60L, silent.data().usualGapSeconds());
            assertNotNull(silent.data().lastEventAt());
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then()
                    .body("health.state", equalTo("silent")).body("health.whatToDo", equalTo("check_source"))
                    .body("health.reason", containsString("no event since"));
            assertMetric("parley_ingest_channel_health_accounts{state=\"silent\"}");

            // A scan at the real time (another replica, the scheduler) does not take the silence back ...
            health.scan(Instant.now());
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then()
                    .body("health.state", equalTo("silent"));
            // ... a new update does.
            update(99);
            health.scan(Instant.now());
            Event<ChannelHealthChanged> back = channels.awaitEvent(ChannelHealthChanged.class,
                    e -> e.data().channelAccountId().toString().equals(id) && e.data().state().equals("healthy"), WAIT);
            assertEquals("silent", back.data().previousState());
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then()
                    .body("health.state", equalTo("healthy")).body("health.reason", nullValue());
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id);
        }
    }

    @Test
    void aTokenExpiringWithinAWeekIsShownAndABadExpiryIsRefused() {
        String page = unique();
        given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "facebook", "accountId", page, "mode", "live",
                        "settings", Map.of("tokenExpiresAt", "next tuesday")))
                .post("/api/v1/channels").then().statusCode(400)
                .body("errors[0].field", equalTo("settings.tokenExpiresAt"));
        Instant expires = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String id = given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "facebook", "accountId", page, "mode", "live",
                        "settings", Map.of("tokenExpiresAt", expires.toString())))
                .post("/api/v1/channels").then().statusCode(201).extract().path("id");
        try (EventTail channels = EventTail.open(Topics.CHANNELS)) {
            health.scan(Instant.now());
            Event<ChannelHealthChanged> expiring = channels.awaitEvent(ChannelHealthChanged.class,
                    e -> e.data().channelAccountId().toString().equals(id), WAIT);
            assertEquals("token_expiring", expiring.data().state());
            assertEquals("renew_token", expiring.data().whatToDo());
            assertEquals(expires, expiring.data().until());
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then()
                    .body("health.state", equalTo("token_expiring")).body("health.until", equalTo(expires.toString()));
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id);
        }
    }

    private static void assertMetric(String series) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith(series + " ") && !l.endsWith(" 0.0")),
                series + " is counted:\n" + metrics.lines().filter(l -> l.contains("channel_health")).toList());
    }

    private static String connect(String platform, String account, String tokenRef) {
        return given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", platform, "accountId", account, "name", "Health " + account,
                        "mode", "live", "secrets", Map.of("accessToken", tokenRef)))
                .post("/api/v1/channels").then().statusCode(201).body("health.state", equalTo("healthy"))
                .extract().path("id");
    }

    private static String connectBot(String bot) {
        return given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "telegram", "accountId", bot, "name", "Ζήτα bot",
                        "secrets", Map.of("secretToken", BOT_SECRET_REF)))
                .post("/api/v1/channels").then().statusCode(201).extract().path("id");
    }

    private static void update(int n) {
        int id = ThreadLocalRandom.current().nextInt(1, 1_000_000_000);
        String body = """
                {"update_id":%d,"message":{"message_id":%d,"date":1763900000,"text":"Привет %d",
                "chat":{"id":778,"type":"private","first_name":"Ольга"},
                "from":{"id":778,"is_bot":false,"first_name":"Ольга"}}}""".formatted(id, id, n);
        given().contentType("application/json").header("X-Telegram-Bot-Api-Secret-Token", "health-bot-secret")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/webhooks/telegram").then().statusCode(200);
    }

    private static Event<OutboundActionRequested> reply(UUID actionId, Platform platform, String account,
            String target) {
        Instant now = Instant.now();
        return Event.of(UUID.randomUUID(), "inbox-service", "acme", "c", now, now, new OutboundActionRequested(
                actionId, OutboundAction.REPLY, platform, account, target, "Przepraszamy — już sprawdzamy!", "agent1",
                "conversation/c/reply/r", null));
    }

    private static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(4_000_000_000L, 4_900_000_000L));
    }
}
