package io.parley.ingest.intake;

import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.Fixtures;
import io.parley.ingest.linkedin.LinkedInSignature;
import io.parley.ingest.x.XSignature;
import io.parley.testsupport.EventTail;
import io.parley.devstack.Signatures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, item 4: signed deliveries whose fields have the wrong type never become empty conversations.
 * Each platform's real fixture is mutated the way the probe did ({@code "message":{}}, {@code "from":"x"}, ...).
 * Meta, X and LinkedIn batch entries and want the whole delivery acknowledged: the bad entry is left out,
 * named in the receipt and counted, the good ones go through. Telegram and VK send one event per request:
 * it is refused with 400 naming the field. Either way nothing of the bad entry reaches {@code parley.intake.v1}.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class MalformedDeliveriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void metaLeavesOutAChangeWithAWrongTypedFieldAndReadsTheRest() throws Exception {
        for (String[] mutation : new String[][] {{"message", "{}"}, {"from", "\"x\""}, {"comment_id", "{}"},
                {"created_time", "\"yesterday\""}, {"photo", "[1]"}}) {
            String bad = "bad-" + UUID.randomUUID();
            String good = "good-" + UUID.randomUUID();
            ObjectNode body = (ObjectNode) JSON.readTree(Fixtures.bytes("meta/restfb-feed-comment-add-211.json"));
            ArrayNode changes = (ArrayNode) body.path("entry").path(0).path("changes");
            ObjectNode goodChange = changes.get(0).deepCopy();
            ((ObjectNode) goodChange.path("value")).put("comment_id", good).put("message", "marker " + good);
            ObjectNode badValue = (ObjectNode) changes.get(0).path("value");
            badValue.put("comment_id", bad).put("message", "marker " + bad);
            badValue.set(mutation[0], JSON.readTree(mutation[1]));
            changes.add(goodChange);
            byte[] raw = JSON.writeValueAsBytes(body);
            try (EventTail intake = EventTail.open(Topics.INTAKE)) {
                given().contentType("application/json").header("X-Hub-Signature-256",
                                Signatures.metaSha256("demo-meta-secret", raw)).body(raw).post("/webhooks/meta")
                        .then().statusCode(200).body("interactions", equalTo(1))
                        .body("malformed[0].field", equalTo("entry[0].changes[0].value." + mutation[0]))
                        .body("malformed[0].message", startsWith("must be"));
                intake.awaitEvent(InteractionReceived.class, e -> e.data().platformObjectId().equals(good), WAIT);
                assertNothingOf(intake, bad);
            }
        }
        given().get("/q/metrics").then().statusCode(200).body(containsString(
                "parley_ingest_ignored_total{platform=\"facebook\",reason=\"malformed:entry.changes.value.message\"}"));
    }

    @Test
    void aMessengerMessageWithAWrongTypedTextIsLeftOut() throws Exception {
        String mid = "mid." + UUID.randomUUID();
        ObjectNode body = (ObjectNode) JSON.readTree(Fixtures.bytes("meta/messenger/restfb-messaging-message-basic.json"));
        ObjectNode message = (ObjectNode) body.path("entry").path(0).path("messaging").path(0).path("message");
        message.put("mid", mid).set("text", NODES.objectNode());
        byte[] raw = JSON.writeValueAsBytes(body);
        try (EventTail intake = EventTail.open(Topics.INTAKE)) {
            given().contentType("application/json").header("X-Hub-Signature-256",
                            Signatures.metaSha256("demo-meta-secret", raw)).body(raw).post("/webhooks/meta")
                    .then().statusCode(200).body("interactions", equalTo(0)).body("ignored", equalTo(1))
                    .body("malformed[0].field", equalTo("entry[0].messaging[0].message.text"));
            sendGoodTelegramMessage(intake);
            assertNothingOf(intake, mid);
        }
    }

    @Test
    void metaRefusesABodyThatIsNotItsEnvelope() throws Exception {
        for (String[] envelope : new String[][] {{"entry", "\"x\""}, {"object", "{}"}}) {
            ObjectNode body = (ObjectNode) JSON.readTree(Fixtures.bytes("meta/restfb-feed-comment-add-211.json"));
            body.set(envelope[0], JSON.readTree(envelope[1]));
            byte[] raw = JSON.writeValueAsBytes(body);
            problem(given().contentType("application/json").header("X-Hub-Signature-256",
                    Signatures.metaSha256("demo-meta-secret", raw)).body(raw).post("/webhooks/meta").then(), envelope[0]);
        }
    }

    @Test
    void xLeavesOutATweetWithAWrongTypedFieldAndRefusesABadEnvelope() throws Exception {
        for (String[] mutation : new String[][] {{"text", "{}"}, {"user", "\"x\""}, {"id_str", "[]"},
                {"in_reply_to_status_id_str", "{}"}}) {
            String bad = Long.toString(System.nanoTime());
            String good = Long.toString(System.nanoTime() + 1);
            ObjectNode body = (ObjectNode) JSON.readTree(Fixtures.bytes("x/zammad-webhook1_tweet.signed-body.json"));
            ArrayNode tweets = (ArrayNode) body.path("tweet_create_events");
            ObjectNode tweet = (ObjectNode) tweets.get(0);
            ((ObjectNode) tweet.path("user")).put("id_str", "4242");
            ObjectNode goodTweet = tweet.deepCopy().put("id_str", good).put("text", "marker " + good);
            tweet.put("id_str", bad).put("text", "marker " + bad);
            tweet.set(mutation[0], JSON.readTree(mutation[1]));
            tweets.add(goodTweet);
            byte[] raw = JSON.writeValueAsBytes(body);
            try (EventTail intake = EventTail.open(Topics.INTAKE)) {
                given().contentType("application/json").header("x-twitter-webhooks-signature",
                                XSignature.sign("demo-x-secret", raw)).body(raw).post("/webhooks/x")
                        .then().statusCode(200).body("interactions", equalTo(1))
                        .body("malformed[0].field", equalTo("tweet_create_events[0]." + mutation[0]));
                intake.awaitEvent(InteractionReceived.class, e -> e.data().platformObjectId().equals(good), WAIT);
                assertNothingOf(intake, bad);
            }
        }
        for (String[] envelope : new String[][] {{"for_user_id", "{}"}, {"tweet_create_events", "{}"}}) {
            ObjectNode body = (ObjectNode) JSON.readTree(Fixtures.bytes("x/zammad-webhook1_tweet.signed-body.json"));
            body.set(envelope[0], JSON.readTree(envelope[1]));
            byte[] raw = JSON.writeValueAsBytes(body);
            problem(given().contentType("application/json").header("x-twitter-webhooks-signature",
                    XSignature.sign("demo-x-secret", raw)).body(raw).post("/webhooks/x").then(), envelope[0]);
        }
    }

    @Test
    void telegramRefusesAnUpdateWithAWrongTypedField() throws Exception {
        for (String[] mutation : new String[][] {{"text", "{}"}, {"from", "\"x\""}, {"chat", "5"},
                {"message_id", "\"\""}, {"date", "\"soon\""}}) {
            String marker = UUID.randomUUID().toString();
            ObjectNode body = (ObjectNode) JSON.readTree(Fixtures.bytes("telegram/tg-docs-message-text.json"));
            ObjectNode message = (ObjectNode) body.path("message");
            message.put("text", "marker " + marker);
            message.set(mutation[0], JSON.readTree(mutation[1]));
            try (EventTail intake = EventTail.open(Topics.INTAKE)) {
                problem(given().contentType("application/json")
                        .header("X-Telegram-Bot-Api-Secret-Token", "demo-telegram-secret")
                        .body(JSON.writeValueAsBytes(body)).post("/webhooks/telegram").then(), "message." + mutation[0]);
                sendGoodTelegramMessage(intake);
                assertNothingOf(intake, marker);
            }
        }
    }

    @Test
    void vkRefusesAnEventWithAWrongTypedField() throws Exception {
        for (String[] mutation : new String[][] {{"text", "{}"}, {"from_id", "\"x\""}, {"id", "{}"},
                {"attachments", "\"photo\""}}) {
            String marker = UUID.randomUUID().toString();
            ObjectNode body = (ObjectNode) JSON.readTree(Fixtures.bytes("vk/andrey7287-wall_reply_new-captured-2018.json"));
            body.put("secret", "test-vk-secret");
            ObjectNode object = (ObjectNode) body.path("object");
            object.put("text", "marker " + marker);
            object.set(mutation[0], JSON.readTree(mutation[1]));
            try (EventTail intake = EventTail.open(Topics.INTAKE)) {
                problem(given().contentType("application/json").body(JSON.writeValueAsBytes(body)).post("/webhooks/vk")
                        .then(), "object." + mutation[0]);
                sendGoodTelegramMessage(intake);
                assertNothingOf(intake, marker);
            }
        }
    }

    @Test
    void linkedInLeavesOutANotificationWithAWrongTypedField() throws Exception {
        for (String[] mutation : new String[][] {{"decoratedGeneratedActivity.comment.text", "{}"},
                {"decoratedGeneratedActivity.comment", "\"x\""}, {"lastModifiedAt", "\"now\""},
                {"organizationalEntity", "7"}}) {
            long badComment = System.nanoTime() % 1_000_000_000_000L;
            long goodComment = badComment + 1;
            ObjectNode body = (ObjectNode) JSON.readTree(
                    Fixtures.bytes("linkedin/linkedin-derived-org-social-action-notification-comment.json"));
            ArrayNode notifications = (ArrayNode) body.path("notifications");
            ObjectNode bad = (ObjectNode) notifications.get(0);
            ObjectNode good = bad.deepCopy();
            comment(good, goodComment);
            comment(bad, badComment);
            String[] path = mutation[0].split("\\.");
            ObjectNode parent = bad;
            for (int i = 0; i < path.length - 1; i++) {
                parent = (ObjectNode) parent.path(path[i]);
            }
            parent.set(path[path.length - 1], JSON.readTree(mutation[1]));
            notifications.add(good);
            byte[] raw = JSON.writeValueAsBytes(body);
            try (EventTail intake = EventTail.open(Topics.INTAKE)) {
                given().contentType("application/json").header("X-LI-Signature",
                                LinkedInSignature.sign("test_client_secret", raw)).body(raw).post("/webhooks/linkedin")
                        .then().statusCode(200).body("interactions", equalTo(1))
                        .body("malformed[0].field", equalTo("notifications[0]." + mutation[0]));
                String goodUrn = "7200000000000000001," + goodComment + ")";
                intake.awaitEvent(InteractionReceived.class, e -> e.data().platformObjectId().endsWith(goodUrn), WAIT);
                assertNothingOf(intake, "7200000000000000001," + badComment + ")");
            }
        }
        ObjectNode body = (ObjectNode) JSON.readTree(
                Fixtures.bytes("linkedin/linkedin-derived-org-social-action-notification-comment.json"));
        body.set("notifications", NODES.objectNode());
        byte[] raw = JSON.writeValueAsBytes(body);
        problem(given().contentType("application/json").header("X-LI-Signature",
                LinkedInSignature.sign("test_client_secret", raw)).body(raw).post("/webhooks/linkedin").then(),
                "notifications");
    }

    private static void comment(ObjectNode notification, long commentId) {
        String urn = "urn:li:comment:(urn:li:activity:7200000000000000001," + commentId + ")";
        notification.put("generatedActivity", urn);
        ((ObjectNode) notification.path("decoratedGeneratedActivity").path("comment")).put("entity", urn)
                .put("text", "comment " + commentId);
    }

    private static void problem(ValidatableResponse response, String field) {
        response.statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/invalid-input")).body("errors.field", hasItem(field));
    }

    /** A delivery that does go through, so that the tail has read past the refused one. */
    private static void sendGoodTelegramMessage(EventTail intake) throws Exception {
        String marker = UUID.randomUUID().toString();
        ObjectNode body = (ObjectNode) JSON.readTree(Fixtures.bytes("telegram/tg-docs-message-text.json"));
        ((ObjectNode) body.path("message")).put("message_id", System.nanoTime() % 1_000_000_000)
                .put("text", "good " + marker);
        given().contentType("application/json").header("X-Telegram-Bot-Api-Secret-Token", "demo-telegram-secret")
                .body(JSON.writeValueAsBytes(body)).post("/webhooks/telegram").then().statusCode(200)
                .body("interactions", equalTo(1));
        intake.awaitEvent(InteractionReceived.class, e -> e.data().text().equals("good " + marker), WAIT);
    }

    private static void assertNothingOf(EventTail intake, String marker) {
        assertTrue(intake.records().stream().noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8)
                .contains(marker)), "nothing of the malformed entry reached " + Topics.INTAKE);
    }
}
