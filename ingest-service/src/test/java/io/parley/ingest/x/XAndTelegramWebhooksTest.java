package io.parley.ingest.x;

import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.testsupport.EventTail;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** X and Telegram deliver to the gateway with their own authentication; the demo brand's accounts receive. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class XAndTelegramWebhooksTest {

    private static final String X_ACCOUNT = "1500000000000000001";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void theXCrcIsAnsweredWithTheConsumerSecret() {
        given().queryParam("crc_token", "some_random").get("/webhooks/x").then().statusCode(200)
                .body("response_token", equalTo(XSignature.crcResponse("demo-x-secret", "some_random")));
        given().get("/webhooks/x").then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aSignedReplyToTheBrandIsDurableInKafka() {
        String tweetId = Long.toString(System.nanoTime());
        String body = """
                {"for_user_id":"%s","tweet_create_events":[{"id_str":"%s","created_at":"Mon Nov 23 09:00:00 +0000 2026",
                "text":"@acme Καλησπέρα, πότε έρχεται;","in_reply_to_status_id_str":"42",
                "user":{"id_str":"777","name":"Νίκος","screen_name":"nikos"}}]}""".formatted(X_ACCOUNT, tweetId);
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            given().contentType("application/json").header("x-twitter-webhooks-signature",
                            XSignature.sign("demo-x-secret", raw)).body(raw).post("/webhooks/x")
                    .then().statusCode(200).body("interactions", equalTo(1));
            Event<InteractionReceived> e = interactions.awaitEvent(InteractionReceived.class,
                    ev -> ev.data().platformObjectId().equals(tweetId), WAIT);
            assertEquals("acme", e.brand());
            assertEquals(InteractionKind.REPLY, e.data().kind());
            assertEquals("42", e.data().threadId());
            assertEquals("@acme Καλησπέρα, πότε έρχεται;", e.data().text());
        }
        given().contentType("application/json").header("x-twitter-webhooks-signature",
                        XSignature.sign("wrong", raw)).body(raw).post("/webhooks/x")
                .then().statusCode(401).body("type", equalTo("/problems/bad-signature"));
    }

    @Test
    void aTelegramMessageIsAcceptedOnlyWithTheBotsSecretToken() {
        int messageId = (int) (System.nanoTime() % 1_000_000_000);
        String marker = UUID.randomUUID().toString();
        String update = """
                {"update_id":%d,"message":{"message_id":%d,"date":1763900000,"text":"Привет! %s",
                "chat":{"id":555,"type":"private","first_name":"Иван"},
                "from":{"id":555,"is_bot":false,"first_name":"Иван"}}}""".formatted(messageId, messageId, marker);
        byte[] raw = update.getBytes(StandardCharsets.UTF_8);
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            given().contentType("application/json").header("X-Telegram-Bot-Api-Secret-Token", "guess").body(raw)
                    .post("/webhooks/telegram").then().statusCode(401)
                    .body("detail", equalTo("X-Telegram-Bot-Api-Secret-Token matches no bot"));
            given().contentType("application/json").header("X-Telegram-Bot-Api-Secret-Token", "demo-telegram-secret")
                    .body(raw).post("/webhooks/telegram").then().statusCode(200).body("interactions", equalTo(1));
            Event<InteractionReceived> e = interactions.awaitEvent(InteractionReceived.class,
                    ev -> ev.data().text().endsWith(marker), WAIT);
            assertEquals(InteractionKind.DIRECT_MESSAGE, e.data().kind());
            assertEquals("Привет! " + marker, e.data().text());
            assertEquals("chat_555", e.data().threadId());
            assertTrue(interactions.records().stream().filter(r -> r.key().equals("acme:telegram:chat_555")).count() == 1,
                    "only the authenticated delivery was published");
        }
        given().contentType("application/json").header("X-Telegram-Bot-Api-Secret-Token", "demo-telegram-secret")
                .body("not json").post("/webhooks/telegram").then().statusCode(400);
    }
}
