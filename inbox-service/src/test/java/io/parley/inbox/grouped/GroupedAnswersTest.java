package io.parley.inbox.grouped;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.inbox.AnsweringScenarios.Heard;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AnsweringScenarios.arrives;
import static io.parley.inbox.IdempotencyScenarios.outboundActions;
import static io.parley.inbox.IdempotencyScenarios.twiceAtOnce;
import static io.parley.inbox.AnsweringScenarios.bearer;
import static io.parley.inbox.InboxScenarios.WAIT;
import static io.parley.inbox.InboxScenarios.conversation;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The standards check runs against {@code replies.StandardsStandIn} (see there why). */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class GroupedAnswersTest {

    private static Heard outage(Platform platform, String account) {
        return new Heard("acme", platform, account, "t_" + UUID.randomUUID(), "p_" + UUID.randomUUID(), "Jan",
                "Płatność nie przechodzi!", "pl", "complaint", "negative", false);
    }

    @Test
    void oneStatementIsPostedOncePerChannelAccountAndAnswersEverySelectedConversation() {
        String a = arrives(outage(Platform.FACEBOOK, "1234567890"));
        String b = arrives(outage(Platform.FACEBOOK, "1234567890"));
        String c = arrives(outage(Platform.INSTAGRAM, "17841400000000000"));
        String text = "Awaria płatności jest naprawiona — przepraszamy! 🙏";
        JsonPath created;
        List<OutboundActionRequested> posts;
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            created = given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                    .body(Map.of("conversationIds", List.of(a, b, c), "text", text))
                    .post("/api/v1/brands/acme/grouped-answers").then().statusCode(201).extract().jsonPath();
            String origin = "grouped-answer/" + created.getString("id");
            OutboundActionRequested first = outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().equals(origin), WAIT).data();
            OutboundActionRequested second = outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().equals(origin) && !e.data().actionId().equals(first.actionId()), WAIT)
                    .data();
            posts = List.of(first, second);
        }
        assertEquals(2, created.getList("posts").size(), "one post per channel account");
        assertTrue(posts.stream().allMatch(p -> p.action() == OutboundAction.PUBLISH_POST && p.text().equals(text)));
        assertEquals(List.of(a, b).stream().sorted().toList(),
                created.getList("posts.find { it.platform == 'facebook' }.conversationIds"));

        Instant now = Instant.now();
        for (OutboundActionRequested p : posts) {
            TestEvents.send(p.actionId().toString(), Event.of(UUID.randomUUID(), "ingest-service", "acme",
                    p.actionId().toString(), now, now, new DeliveryReported(p.actionId(), p.action(), p.platform(),
                            DeliveryOutcome.DELIVERED, "post_" + p.actionId(), null, true, p.origin(), now)));
        }
        for (String id : List.of(a, b, c)) {
            await().atMost(WAIT).until(() -> "answered".equals(conversation(id).getString("status")));
            assertTrue(given().header("Authorization", bearer("agent1")).get("/api/v1/conversations/" + id + "/audit")
                    .then().extract().jsonPath().getList("items.action").contains("grouped_answer"));
        }
        given().header("Authorization", bearer("agent1"))
                .get("/api/v1/brands/acme/grouped-answers/" + created.getString("id")).then().statusCode(200)
                .body("posts.status", equalTo(List.of("delivered", "delivered")));
    }

    @Test
    void aBlockedStatementOrAnotherBrandsConversationSendsNothing() {
        String a = arrives(outage(Platform.FACEBOOK, "1234567890"));
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("conversationIds", List.of(a), "text", "Sorry! Next delivery is free."))
                .post("/api/v1/brands/acme/grouped-answers").then().statusCode(422)
                .body("findings[0].ruleId", equalTo("no-free"));
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("conversationIds", List.of(a, UUID.randomUUID().toString()), "text", "Sorry!"))
                .post("/api/v1/brands/acme/grouped-answers").then().statusCode(404);
        given().header("Authorization", bearer("agent2")).contentType(ContentType.JSON)
                .body(Map.of("conversationIds", List.of(a), "text", "Sorry!"))
                .post("/api/v1/brands/acme/grouped-answers").then().statusCode(404);
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("conversationIds", List.of(), "text", "Sorry!"))
                .post("/api/v1/brands/acme/grouped-answers").then().statusCode(400);
        assertEquals("new", conversation(a).getString("status"), "nothing happened to it");
    }

    private static io.restassured.response.ValidatableResponse grouped(String user, String key, List<String> ids,
            String text) {
        return given().header("Authorization", bearer(user)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("conversationIds", ids, "text", text))
                .post("/api/v1/brands/acme/grouped-answers").then();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyPostsOnceAndAnotherBodyWithTheKeyIsRefused() {
        String a = arrives(outage(Platform.FACEBOOK, "1234567890"));
        String text = "Płatności działają — przepraszamy! " + UUID.randomUUID();
        String key = "grouped-" + UUID.randomUUID();
        String id;
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            var first = grouped("agent1", key, List.of(a), text).statusCode(201)
                    .header("Idempotent-Replayed", nullValue()).extract();
            id = first.path("id");
            grouped("agent1", key, List.of(a), text).statusCode(200).header("Idempotent-Replayed", equalTo("true"))
                    .header("Location", equalTo(first.header("Location"))).body("id", equalTo(id))
                    .body("posts[0].actionId", equalTo(first.path("posts[0].actionId")));
            grouped("agent1", key, List.of(a), text + " (poprawione)").statusCode(422)
                    .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("Idempotency-Key"));
            assertEquals(1, outboundActions(outbound, o -> o.text() != null && o.text().startsWith(text)), "published once");
        }
        // The key is the caller's: another agent using it makes their own statement.
        grouped("manager1", key, List.of(a), text).statusCode(201).body("id", not(equalTo(id)));
    }

    @Test
    void twoRequestsWithTheSameKeyAtOnceStillPostOnce() throws Exception {
        String a = arrives(outage(Platform.INSTAGRAM, "17841400000000000"));
        String text = "Już działa! " + UUID.randomUUID();
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            List<HttpResponse<String>> both = twiceAtOnce("agent1", "/api/v1/brands/acme/grouped-answers",
                    "together-" + UUID.randomUUID(), "{\"conversationIds\":[\"" + a + "\"],\"text\":\"" + text + "\"}");
            assertEquals(List.of(200, 201), both.stream().map(HttpResponse::statusCode).sorted().toList());
            assertEquals(JsonPath.from(both.get(0).body()).getString("id"), JsonPath.from(both.get(1).body())
                    .getString("id"));
            assertEquals(1, outboundActions(outbound, o -> text.equals(o.text())));
        }
    }
}
