package io.parley.ingest.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.Topics;
import io.parley.contracts.channels.ChannelHealthChanged;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.FakePlatform;
import io.parley.ingest.outbound.FakePlatform.Answer;
import io.parley.ingest.outbound.FakePlatform.Received;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TikTok connector on real Kafka and PostgreSQL against the fake platform's Business API: a live account's
 * videos and comments are read into interactions (page by page, the video's cursor kept), a reply and a hide reach
 * the platform as TikTok takes them, and a token TikTok refuses marks the channel token_revoked.
 */
@QuarkusTest
@QuarkusTestResource(FakePlatform.class)
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class TikTokConnectorTest {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));
    private static final String API = "/tiktok/open_api/v1.3/business";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBusinessAccountsCommentsAreReadPageByPageAndRepliedToAndHidden() throws Exception {
        String account = unique();
        String video = unique();
        String first = unique();
        String reply = unique();
        String older = unique();
        long now = Instant.now().getEpochSecond();
        FakePlatform.script(API + "/video/list/", Answer.of(200, "{\"code\":0,\"message\":\"OK\",\"request_id\":\"r1\","
                + "\"data\":{\"has_more\":false,\"cursor\":" + now + "000,\"videos\":[{\"item_id\":\"" + video + "\"}]}}"));
        FakePlatform.script(API + "/comment/list/",
                Answer.of(200, page(true, 2, comment(video, first, null, "Gdzie jest moja paczka? Где посылка?", now - 60,
                        false), comment(video, reply, first, "Same here 😡", now - 30, false),
                        comment(video, unique(), first, "We are on it!", now - 20, true))),
                Answer.of(200, page(false, 3, comment(video, older, null, "Πότε θα έρθει;", now - 3600, false))));
        String id = null;
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            id = connect(account, "config:parley.channel-secrets.test.tiktok-token");

            Event<InteractionReceived> comment = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().platformObjectId().equals(video + "_" + first), WAIT);
            assertEquals(Platform.TIKTOK, comment.data().platform());
            assertEquals(account, comment.data().channelAccountId());
            assertEquals(InteractionKind.COMMENT, comment.data().kind());
            assertEquals("Gdzie jest moja paczka? Где посылка?", comment.data().text());
            assertEquals(StableIds.of("tiktok", account, first), comment.data().interactionId());
            assertEquals("https://www.tiktok.com/@acme.shop/video/" + video, comment.data().permalink());
            assertEquals("acme", comment.brand());
            Event<InteractionReceived> replied = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().platformObjectId().equals(video + "_" + first + "_" + reply), WAIT);
            assertEquals(InteractionKind.REPLY, replied.data().kind());
            assertEquals(video + "_" + first, replied.data().threadId());
            assertEquals("Same here 😡", replied.data().text());
            // The second page (read from the first page's cursor) holds the older comment.
            interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().platformObjectId().equals(video + "_" + older), WAIT);
            assertEquals(0, interactions.records().stream().filter(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("We are on it!")).count(),
                    "the brand's own comment is not an interaction");
        }
        List<Received> lists = FakePlatform.received(API + "/comment/list/").stream()
                .filter(r -> r.query().contains("video_id=" + video)).toList();
        assertEquals(2, lists.size());
        assertEquals("test-tiktok-token", lists.get(0).header("Access-Token"));
        assertTrue(lists.get(0).query().contains("business_id=" + account), lists.get(0).query());
        assertTrue(lists.get(0).query().contains("cursor=0&"), lists.get(0).query());
        assertTrue(lists.get(1).query().contains("cursor=2&"), lists.get(1).query());
        String channel = id;
        given().header("Authorization", MANAGER).get("/api/v1/channels/" + channel).then().statusCode(200)
                .body("pull.lastStatus", equalTo("ok")).body("health.state", equalTo("healthy"));

        // Reading again takes the first page only: it reaches what was read before.
        FakePlatform.script(API + "/video/list/", Answer.of(200, "{\"code\":0,\"message\":\"OK\",\"request_id\":\"r2\","
                + "\"data\":{\"has_more\":false,\"cursor\":1,\"videos\":[{\"item_id\":\"" + video + "\"}]}}"));
        FakePlatform.script(API + "/comment/list/", Answer.of(200, page(true, 2, comment(video, first, null,
                "Gdzie jest moja paczka? Где посылка?", now - 60, false))));
        given().header("Authorization", MANAGER).post("/api/v1/channels/" + channel + "/poll").then().statusCode(200)
                .body("lastStatus", equalTo("ok"));
        assertEquals(3, FakePlatform.received(API + "/comment/list/").stream()
                .filter(r -> r.query().contains("video_id=" + video)).count());

        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            FakePlatform.script(API + "/comment/reply/create/", Answer.of(200, "{\"code\":0,\"message\":\"Ok\","
                    + "\"request_id\":\"r3\",\"data\":{\"comment_id\":\"" + reply + "9\",\"video_id\":\"" + video
                    + "\",\"create_time\":" + now + ",\"text\":\"x\"}}"));
            UUID replyId = UUID.randomUUID();
            send(replyId, OutboundAction.REPLY, account, video + "_" + first + "_" + reply, "Sprawdzamy — Проверяем ❤");
            DeliveryReported replyReport = deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(replyId) && e.data().outcome().isFinal(), WAIT).data();
            assertEquals(DeliveryOutcome.DELIVERED, replyReport.outcome(), replyReport.reason());
            assertEquals(reply + "9", replyReport.platformObjectId());
            Received sent = FakePlatform.received(API + "/comment/reply/create/").stream()
                    .filter(r -> r.body().contains(account)).findFirst().orElseThrow();
            assertEquals("POST", sent.method());
            assertEquals("test-tiktok-token", sent.header("Access-Token"));
            JsonNode body = JSON.readTree(sent.body());
            assertEquals(account, body.path("business_id").asText());
            assertEquals(video, body.path("video_id").asText());
            assertEquals(first, body.path("comment_id").asText(), "a reply goes under the thread's top-level comment");
            assertEquals("Sprawdzamy — Проверяем ❤", body.path("text").asText());

            FakePlatform.script(API + "/comment/hide/", Answer.of(200,
                    "{\"code\":0,\"message\":\"Ok\",\"request_id\":\"r4\",\"data\":{}}"));
            UUID hideId = UUID.randomUUID();
            send(hideId, OutboundAction.HIDE, account, video + "_" + first + "_" + reply, null);
            assertEquals(DeliveryOutcome.DELIVERED, deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(hideId) && e.data().outcome().isFinal(), WAIT).data().outcome());
            JsonNode hide = JSON.readTree(FakePlatform.received(API + "/comment/hide/").stream()
                    .filter(r -> r.body().contains(account)).findFirst().orElseThrow().body());
            assertEquals(reply, hide.path("comment_id").asText());
            assertEquals("HIDE", hide.path("action").asText());
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + channel);
        }
    }

    @Test
    void aTokenTikTokRefusesMarksTheChannelTokenRevoked() {
        String account = unique();
        FakePlatform.script(API + "/video/list/", Answer.of(200, "{\"code\":40105,\"message\":\"Access token is "
                + "incorrect or has been revoked.\",\"request_id\":\"r5\",\"data\":{}}"));
        String id = null;
        try (EventTail channels = EventTail.open(Topics.CHANNELS)) {
            id = connect(account, "config:parley.channel-secrets.test.tiktok-revoked-token");
            String channel = id;
            Event<ChannelHealthChanged> revoked = channels.awaitEvent(ChannelHealthChanged.class,
                    e -> e.data().channelAccountId().toString().equals(channel), WAIT);
            assertEquals("token_revoked", revoked.data().state());
            assertEquals("reconnect", revoked.data().whatToDo());
            assertTrue(revoked.data().reason().contains("40105"), revoked.data().reason());
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + channel).then().statusCode(200)
                    .body("health.state", equalTo("token_revoked")).body("pull.lastStatus", equalTo("failed"));
            // While it waits for a new token, it is not read again.
            int asked = FakePlatform.received(API + "/video/list/").size();
            given().header("Authorization", MANAGER).post("/api/v1/channels/" + channel + "/poll").then()
                    .statusCode(200).body("lastStatus", equalTo("waiting"));
            assertEquals(asked, FakePlatform.received(API + "/video/list/").size());
        } finally {
            if (id != null) {
                given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id);
            }
        }
    }

    private static String connect(String account, String tokenRef) {
        return given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "tiktok", "accountId", account, "name", "TikTok " + account,
                        "mode", "live", "settings", Map.of("pollSeconds", "3600", "backfillDays", "3650",
                                "username", "acme.shop"),
                        "secrets", Map.of("accessToken", tokenRef)))
                .post("/api/v1/channels").then().statusCode(201).extract().path("id");
    }

    private static void send(UUID actionId, OutboundAction action, String account, String target, String text) {
        Instant now = Instant.now();
        TestEvents.send("c-" + actionId, Event.of(UUID.randomUUID(), "inbox-service", "acme", "c", now, now,
                new OutboundActionRequested(actionId, action, Platform.TIKTOK, account, target, text, "agent1",
                        "conversation/c/" + action.id() + "/r", null)));
    }

    /** A Business API {@code comment/list} answer, in the format of the pytiktok fixture. */
    private static String page(boolean hasMore, int cursor, String... comments) {
        return "{\"code\":0,\"message\":\"OK\",\"request_id\":\"r\",\"data\":{\"has_more\":" + hasMore
                + ",\"comments\":[" + String.join(",", comments) + "],\"cursor\":" + cursor + "}}";
    }

    private static String comment(String video, String id, String parent, String text, long at, boolean owner) {
        return "{\"video_id\":\"" + video + "\",\"liked\":false,\"pinned\":false,\"user_id\":\"u" + id + "\","
                + "\"text\":\"" + text + "\",\"replies\":0,\"username\":\"fan_" + id.substring(0, 4) + "\","
                + "\"status\":\"PUBLIC\",\"likes\":0,\"create_time\":\"" + at + "\",\"owner\":" + owner + ","
                + "\"comment_id\":\"" + id + "\"" + (parent != null ? ",\"parent_comment_id\":\"" + parent + "\"" : "")
                + "}";
    }

    private static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(7_000_000_000_000_000_000L,
                7_900_000_000_000_000_000L));
    }
}
