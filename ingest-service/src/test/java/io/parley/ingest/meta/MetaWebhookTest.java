package io.parley.ingest.meta;

import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Signatures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facebook talks to the gateway: handshake, signed comments made durable in Kafka, refusals. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class MetaWebhookTest {

    static final String SECRET = "demo-meta-secret";
    static final String PAGE = "1234567890";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void theHandshakeEchoesTheChallengeOnlyForTheRightToken() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "demo-verify-token")
                .queryParam("hub.challenge", "1158201444")
                .get("/webhooks/meta").then().statusCode(200).body(equalTo("1158201444"));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "meatyhamhock")
                .queryParam("hub.challenge", "1158201444")
                .get("/webhooks/meta").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().queryParam("hub.mode", "unsubscribe").queryParam("hub.verify_token", "demo-verify-token")
                .queryParam("hub.challenge", "1").get("/webhooks/meta").then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"❤", "Καλησπέρα, πού είναι η παραγγελία μου;", "Zażółć gęślą jaźń", "Где мой заказ?"})
    void aSignedCommentIsDurableInKafkaBeforeTheAnswerWithItsTextIntact(String text) {
        String commentId = "777_" + UUID.randomUUID();
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            post(comment(commentId, text)).statusCode(200).body("interactions", equalTo(1));
            Event<InteractionReceived> event = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().platformObjectId().equals(commentId), WAIT);
            InteractionReceived i = event.data();
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), i.text().getBytes(StandardCharsets.UTF_8));
            assertEquals("acme", event.brand());
            assertEquals(InteractionKind.COMMENT, i.kind());
            assertEquals(commentId, i.threadId());
            assertEquals(PAGE, i.channelAccountId());
            assertEquals("Zofia", i.author().name());
            assertEquals("https://www.facebook.com/42", i.author().profileUrl());
            assertTrue(interactions.records().stream().anyMatch(r -> r.key().equals("acme:facebook:" + commentId)));
        }
    }

    /**
     * The two stages of the gateway (ADR 6): the answer waits only for the interaction as heard on
     * parley.intake.v1; the enrichment stage then publishes the same event, with what the models read, on
     * parley.interactions.v1.
     */
    @Test
    void theWebhookMakesTheInteractionDurableAsHeardAndTheStageAddsItsSignalsUnderTheSameEventId() {
        String commentId = "777_" + UUID.randomUUID();
        String text = "Zamówienie miało być wczoraj, a dalej nic. Gdzie jest moja paczka?";
        try (EventTail intake = EventTail.open(Topics.INTAKE); EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            post(comment(commentId, text)).statusCode(200).body("interactions", equalTo(1));
            Event<InteractionReceived> heard = intake.awaitEvent(InteractionReceived.class,
                    e -> e.data().platformObjectId().equals(commentId), WAIT);
            assertEquals(null, heard.data().signals(), "the webhook does not wait for the models");
            Event<InteractionReceived> enriched = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().platformObjectId().equals(commentId), WAIT);
            assertEquals(heard.id(), enriched.id());
            assertEquals(heard.subject(), enriched.subject());
            assertEquals(heard.observedTime(), enriched.observedTime());
            assertEquals(text, enriched.data().text());
            assertEquals("pl", enriched.data().signals().language());
            assertTrue(enriched.data().signals().moment() != null, "the stage classified it");
        }
    }

    @Test
    void aRedeliveryCarriesTheSameEventId() {
        String commentId = "777_" + UUID.randomUUID();
        String body = comment(commentId, "twice");
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            post(body).statusCode(200);
            post(body).statusCode(200);
            UUID first = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().platformObjectId().equals(commentId), WAIT).id();
            // the second delivery's record may reach the tail after the first one's: wait for it, then no more
            await().atMost(WAIT).until(() -> interactions.records().stream()
                    .filter(r -> r.key().equals("acme:facebook:" + commentId)).count() >= 2);
            long copies = interactions.records().stream()
                    .filter(r -> r.key().equals("acme:facebook:" + commentId)).count();
            assertEquals(2, copies);
            assertTrue(interactions.records().stream().filter(r -> r.key().equals("acme:facebook:" + commentId))
                    .allMatch(r -> new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)
                            .equals(first.toString())));
        }
    }

    @Test
    void aBadSignatureIs401AndNothingIsPublished() {
        String marker = "777_" + UUID.randomUUID();
        String body = comment(marker, "forged");
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            given().contentType("application/json").header("X-Hub-Signature-256",
                            Signatures.metaSha256("not-the-secret", body))
                    .body(body.getBytes(StandardCharsets.UTF_8)).post("/webhooks/meta")
                    .then().statusCode(401).contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("/problems/bad-signature"));
            given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post("/webhooks/meta")
                    .then().statusCode(401).body("detail", equalTo("the X-Hub-Signature-256 header is missing"));
            // A genuine comment sent afterwards is seen; the forged one, sent first, never is.
            String genuine = "777_" + UUID.randomUUID();
            post(comment(genuine, "genuine")).statusCode(200);
            interactions.awaitEvent(InteractionReceived.class, e -> e.data().platformObjectId().equals(genuine), WAIT);
            assertTrue(interactions.records().stream().noneMatch(r -> r.key().endsWith(marker)));
        }
    }

    @Test
    void malformedJsonWithAValidSignatureIs400() {
        post("{\"object\":\"page\",\"entry\":[").statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/bad-request"))
                .body("detail", startsWith("the body is not valid JSON"));
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) ' ');
        given().contentType("application/json").header("X-Hub-Signature-256", Signatures.metaSha256(SECRET, big))
                .body(big).post("/webhooks/meta")
                .then().statusCode(413).contentType(startsWith("application/problem+json"));
    }

    @Test
    void changesThatAreNotNewCommentsAreAcceptedAndCounted() throws Exception {
        post(new String(MetaSignatureTest.fixture("restfb-feed-post-add-25.json"), StandardCharsets.UTF_8))
                .statusCode(200).body("interactions", equalTo(0)).body("ignored", equalTo(1));
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("parley_ingest_ignored_total{platform=\"facebook\",reason=\"feed:post:add\"}"));
        post(new String(MetaSignatureTest.fixture("restfb-feed-comment-hide.json"), StandardCharsets.UTF_8))
                .statusCode(200).body("changes", equalTo(1)).body("ignored", equalTo(0));
    }

    static ValidatableResponse post(String body) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return given().contentType("application/json").header("X-Hub-Signature-256", Signatures.metaSha256(SECRET, raw))
                .body(raw).post("/webhooks/meta").then();
    }

    static String comment(String commentId, String text) {
        return """
                {"object":"page","entry":[{"id":"%s","time":1763900000,"changes":[{"field":"feed","value":{
                "item":"comment","verb":"add","comment_id":"%s","post_id":"%s_777","parent_id":"%s_777",
                "from":{"id":"42","name":"Zofia"},"created_time":1763900000,"message":"%s"}}]}]}"""
                .formatted(PAGE, commentId, PAGE, PAGE, text);
    }
}
