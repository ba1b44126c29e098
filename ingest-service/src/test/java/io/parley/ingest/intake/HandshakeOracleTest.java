package io.parley.ingest.intake;

import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.linkedin.LinkedInSignature;
import io.parley.ingest.x.XSignature;
import io.parley.testsupport.EventTail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, item 1: the subscription handshakes are no signing oracles. The old attack — ask X's CRC (or
 * LinkedIn's validation) to sign a delivery body, then post that body with the answer as its signature — is
 * refused at the first step, and whatever the handshake does answer signs nothing a delivery could be.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class HandshakeOracleTest {

    private static final String X_ACCOUNT = "1500000000000000001";
    private static final String LINKEDIN_ORG = "90000001";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void xCrcRefusesToSignADeliveryAndWhatItSignsPassesNoDelivery() {
        String forged = "forged-" + UUID.randomUUID();
        String body = """
                {"for_user_id":"%s","tweet_create_events":[{"id_str":"%s","text":"@acme injected",\
                "user":{"id_str":"666","name":"Mallory","screen_name":"mallory"}}]}""".formatted(X_ACCOUNT, forged);
        String real = "real-" + UUID.randomUUID();
        String genuine = body.replace(forged, real).replace("injected", "genuine");
        try (EventTail intake = EventTail.open(Topics.INTAKE)) {
            // Step 1 of the attack: the body as crc_token. Refused, nothing signed.
            given().queryParam("crc_token", body).get("/webhooks/x").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem("crc_token"))
                    .body(not(containsString("response_token")));
            // Values shaped like X's tokens that read as JSON are refused too.
            for (String json : new String[] {"12345", "true", "null", "1e5"}) {
                given().queryParam("crc_token", json).get("/webhooks/x").then().statusCode(400)
                        .body("errors.field", hasItem("crc_token"));
            }
            // Step 2: whatever the handshake signs, as a delivery's signature. A real token's answer signs the
            // token; it is not the signature of the body, and the token itself is no delivery.
            String token = "ZjYxNjU2NjYtNDk2Mi00YjgwLWI3ZTQtNWQ0ZTk4MzU1ZGFk";
            String answer = given().queryParam("crc_token", token).get("/webhooks/x").then().statusCode(200)
                    .extract().path("response_token");
            assertEquals(XSignature.crcResponse("demo-x-secret", token), answer);
            given().contentType("application/json").header("x-twitter-webhooks-signature", answer)
                    .body(body.getBytes(StandardCharsets.UTF_8)).post("/webhooks/x").then().statusCode(401)
                    .body("type", equalTo("/problems/bad-signature"));
            given().contentType("application/json").header("x-twitter-webhooks-signature", answer)
                    .body(token.getBytes(StandardCharsets.UTF_8)).post("/webhooks/x").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"));
            // A delivery X really signed still goes through, and the forged one never reached the intake topic.
            byte[] raw = genuine.getBytes(StandardCharsets.UTF_8);
            given().contentType("application/json").header("x-twitter-webhooks-signature",
                    XSignature.sign("demo-x-secret", raw)).body(raw).post("/webhooks/x").then().statusCode(200)
                    .body("interactions", equalTo(1));
            intake.awaitEvent(InteractionReceived.class, e -> e.data().platformObjectId().equals(real), WAIT);
            assertTrue(intake.records().stream().noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8)
                    .contains(forged)), "the forged tweet never reached " + Topics.INTAKE);
        }
    }

    @Test
    void linkedInValidationRefusesToSignADeliveryAndWhatItSignsPassesNoDelivery() {
        String forgedUrn = "urn:li:comment:(urn:li:activity:7300000000000000001," + (System.nanoTime() % 1_000_000_000) + ")";
        String body = """
                {"type":"ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS","notifications":[{"notificationId":1,\
                "organizationalEntity":"urn:li:organization:%s","action":"COMMENT",\
                "sourcePost":"urn:li:share:1","generatedActivity":"%s",\
                "decoratedGeneratedActivity":{"comment":{"entity":"%s","owner":"urn:li:person:mallory","text":"injected"}}}]}"""
                .formatted(LINKEDIN_ORG, forgedUrn, forgedUrn);
        // The old attack: LinkedIn signs "hmacsha256=" + body, so the attacker asked for exactly that string.
        for (String code : new String[] {"hmacsha256=" + body, body, "{}", "12345"}) {
            given().queryParam("challengeCode", code).get("/webhooks/linkedin").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem("challengeCode"))
                    .body(not(containsString("challengeResponse")));
        }
        String code = "890e4665-4dfe-4ab1-b689-ed553bceeed0";
        ExtractableResponse<Response> answer = given().queryParam("challengeCode", code).get("/webhooks/linkedin")
                .then().statusCode(200).body("challengeCode", equalTo(code)).extract();
        String response = answer.path("challengeResponse");
        assertEquals(LinkedInSignature.challengeResponse("test_client_secret", code), response);
        try (EventTail intake = EventTail.open(Topics.INTAKE)) {
            for (String header : new String[] {response, "hmacsha256=" + response}) {
                given().contentType("application/json").header("X-LI-Signature", header)
                        .body(body.getBytes(StandardCharsets.UTF_8)).post("/webhooks/linkedin").then().statusCode(401)
                        .body("type", equalTo("/problems/bad-signature"));
            }
            assertTrue(intake.records().stream().noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8)
                    .contains(forgedUrn)));
        }
    }

    @Test
    void metasHandshakeEchoesOnlyANumberAndOnlyWithTheVerifyToken() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "demo-verify-token")
                .queryParam("hub.challenge", "1158201444").get("/webhooks/meta").then().statusCode(200)
                .body(equalTo("1158201444"));
        for (String challenge : new String[] {"{\"object\":\"page\",\"entry\":[]}", "<script>alert(1)</script>",
                "yarchallenge", "1".repeat(33)}) {
            given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "demo-verify-token")
                    .queryParam("hub.challenge", challenge).get("/webhooks/meta").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem("hub.challenge"));
        }
        // Without the verify token nothing is echoed, whatever its shape.
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guess")
                .queryParam("hub.challenge", "1158201444").get("/webhooks/meta").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }
}
