package io.parley.ingest.linkedin;

import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.Fixtures;
import io.parley.testsupport.EventTail;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** LinkedIn validates the endpoint, then posts signed organisation social-action notifications. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class LinkedInWebhookTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void theValidationChallengeIsAnsweredWithTheClientSecretsHmac() {
        // VERIFICATION.md L1 (the test profile's client secret is test_client_secret)
        given().queryParam("challengeCode", "890e4665-4dfe-4ab1-b689-ed553bceeed0").get("/webhooks/linkedin")
                .then().statusCode(200).contentType("application/json")
                .body("challengeCode", equalTo("890e4665-4dfe-4ab1-b689-ed553bceeed0"))
                .body("challengeResponse", equalTo("2f02d4233a0396d6b4632fc7be62fd3ab68183421f688efcda0c1fcb2615273e"));
        given().get("/webhooks/linkedin").then().statusCode(400).body("errors[0].field", equalTo("challengeCode"));
    }

    @Test
    void aSignedCommentNotificationBecomesACommentAndABadSignatureStoresNothing() {
        byte[] body = Fixtures.bytes("linkedin/linkedin-derived-org-social-action-notification-comment.json");
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            given().contentType("application/json").header("X-LI-Signature", "0".repeat(64)).body(body)
                    .post("/webhooks/linkedin").then().statusCode(401).body("type", equalTo("/problems/bad-signature"));
            given().contentType("application/json").body(body).post("/webhooks/linkedin").then().statusCode(401)
                    .body("detail", equalTo("the X-LI-Signature header is missing"));
            // The documented prefix is accepted in the header as well as without it.
            given().contentType("application/json")
                    .header("X-LI-Signature", "hmacsha256=" + LinkedInSignature.sign("test_client_secret", body))
                    .body(body).post("/webhooks/linkedin").then().statusCode(200).body("interactions", equalTo(1));
            Event<InteractionReceived> e = interactions.awaitEvent(InteractionReceived.class,
                    ev -> ev.data().platformObjectId().equals(
                            "urn:li:comment:(urn:li:activity:7200000000000000001,7200000000000000777)"), WAIT);
            assertEquals(InteractionKind.COMMENT, e.data().kind());
            assertEquals("Is this available in Germany?", e.data().text());
            assertEquals("1234567", e.data().channelAccountId());
            assertEquals("urn:li:person:Ab12Cd34Ef", e.data().author().platformId());
            assertEquals("acme", e.brand());
            assertEquals(1, interactions.records().stream().filter(r -> r.key().equals(
                    "acme:linkedin:urn:li:comment:(urn:li:activity:7200000000000000001,7200000000000000777)")).count(),
                    "only the signed delivery was published");
        }
    }

    @Test
    void anEditAndADeleteChangeTheCommentHeardBefore() {
        String urn = "urn:li:comment:(urn:li:activity:7200000000000000001,72000000000000" + (System.nanoTime() % 10000) + ")";
        String template = """
                {"type":"ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS","notifications":[{"notificationId":%d,
                "organizationalEntity":"urn:li:organization:1234567","action":"%s","sourcePost":"urn:li:share:7200000000000000001",
                "lastModifiedAt":%d,"generatedActivity":"%s","decoratedGeneratedActivity":{"comment":{"entity":"%s",
                "owner":"urn:li:person:Ab12Cd34Ef","object":"urn:li:activity:7200000000000000001","text":"%s"}}},
                {"notificationId":%d,"organizationalEntity":"urn:li:organization:1234567","action":"ADMIN_COMMENT",
                "sourcePost":"urn:li:share:7200000000000000001","lastModifiedAt":%d}]}""";
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            post(template.formatted(1, "COMMENT", 1717000000000L, urn, urn, "Czy to działa w Polsce?", 2, 1717000000000L))
                    .body("interactions", equalTo(1)).body("ignored", equalTo(1));
            post(template.formatted(3, "COMMENT_EDIT", 1717000060000L, urn, urn, "Czy to działa w Polsce i w Grecji? 🇬🇷", 4,
                    1717000060000L)).body("changes", equalTo(1));
            post(template.formatted(5, "COMMENT_DELETE", 1717000120000L, urn, urn, "", 6, 1717000120000L))
                    .body("changes", equalTo(1));
            Event<InteractionReceived> added = interactions.awaitEvent(InteractionReceived.class,
                    ev -> ev.data().platformObjectId().equals(urn), WAIT);
            Event<InteractionChanged> edit = interactions.awaitEvent(InteractionChanged.class,
                    ev -> ev.data().platformObjectId().equals(urn) && ev.data().change() == InteractionChanged.Change.EDITED, WAIT);
            Event<InteractionChanged> delete = interactions.awaitEvent(InteractionChanged.class,
                    ev -> ev.data().platformObjectId().equals(urn) && ev.data().change() == InteractionChanged.Change.DELETED, WAIT);
            assertEquals(added.data().interactionId(), edit.data().interactionId());
            assertEquals(added.data().interactionId(), delete.data().interactionId());
            assertEquals("Czy to działa w Polsce i w Grecji? 🇬🇷", edit.data().text());
            assertNull(delete.data().text());
            assertEquals(added.subject(), edit.subject(), "the change travels with its conversation (same key)");
        }
    }

    private static io.restassured.response.ValidatableResponse post(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return given().contentType("application/json")
                .header("X-LI-Signature", LinkedInSignature.sign("test_client_secret", body)).body(body)
                .post("/webhooks/linkedin").then().statusCode(200);
    }
}
