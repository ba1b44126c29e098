package io.parley.ingest.listening;

import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.meta.MetaSignature;
import io.parley.testsupport.EventTail;
import io.parley.devstack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A listening source's items become mentions of the brand only when one of its rules matches. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class ListeningTest {

    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));

    @Test
    void onlyMatchingItemsOfAListeningSourceBecomeMentions() {
        String company = "Compania" + UUID.randomUUID().toString().substring(0, 6);
        String source = "listening-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "generic", "accountId", source, "name", "Social listening feed",
                        "settings", Map.of("listening", "true"),
                        "secrets", Map.of("signingSecret", "config:parley.channel-secrets.test.forum")))
                .post("/api/v1/channels").then().statusCode(201);
        String rule = given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "name", "Money back " + company, "terms",
                        List.of(company + " nothing works", company + " верните деньги"),
                        "exclusions", List.of(company + " bank")))
                .post("/api/v1/listening-rules").then().statusCode(201).extract().path("id");

        String items = """
                {"items":[
                 {"id":"p1","text":"%1$s, nothing works, give my money back"},
                 {"id":"p2","text":"Lovely weather today"},
                 {"id":"p3","text":"%1$s Bank: %1$s nothing works? Not here."},
                 {"id":"p4","text":"%1$s, верните деньги!"}]}""".formatted(company);
        byte[] body = items.getBytes(StandardCharsets.UTF_8);
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            given().contentType("application/json").header("X-Parley-Signature", MetaSignature.sign("forum-signing-secret", body))
                    .body(body).post("/webhooks/generic/" + source).then().statusCode(200)
                    .body("interactions", equalTo(2)).body("ignored", equalTo(2));
            Event<InteractionReceived> found = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().channelAccountId().equals(source) && e.data().platformObjectId().equals("p1"),
                    Duration.ofSeconds(15));
            assertEquals(InteractionKind.MENTION, found.data().kind());
            assertEquals(List.of("Money back " + company), found.data().signals().listeningRules());
            Event<InteractionReceived> russian = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().channelAccountId().equals(source) && e.data().platformObjectId().equals("p4"),
                    Duration.ofSeconds(15));
            assertEquals("ru", russian.data().signals().language());
            assertTrue(interactions.records().stream().noneMatch(r -> r.key().endsWith(":p2") || r.key().endsWith(":p3")));
        }
        given().header("Authorization", MANAGER).get("/api/v1/brands/acme/listening-rules").then().statusCode(200)
                .body("items.id", hasItem(rule));
    }

    @Test
    void aRuleIsValidatedAndBelongsToItsBrand() {
        given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "name", "", "terms", List.of("  ", "ok"), "languages", List.of("polish"),
                        "platforms", List.of("myspace")))
                .post("/api/v1/listening-rules").then().statusCode(400)
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("terms[0]"))
                .body("errors.field", hasItem("languages[0]")).body("errors.field", hasItem("platforms[0]"));
        String id = given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "name", "Rule " + UUID.randomUUID(), "terms", List.of("acme")))
                .post("/api/v1/listening-rules").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2"))).get("/api/v1/listening-rules/" + id)
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1"))).contentType("application/json")
                .body(Map.of("brand", "acme", "name", "x", "terms", List.of("acme")))
                .post("/api/v1/listening-rules").then().statusCode(403);
        given().header("Authorization", MANAGER).contentType("application/json").header("If-Match", "\"7\"")
                .body(Map.of("name", "renamed", "terms", List.of("acme"))).put("/api/v1/listening-rules/" + id)
                .then().statusCode(412);
        given().header("Authorization", MANAGER).delete("/api/v1/listening-rules/" + id).then().statusCode(204);
    }
}
