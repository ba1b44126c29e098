package io.parley.inbox.replies;

import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.testsupport.EventTail;
import io.parley.devstack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.InboxScenarios.WAIT;
import static io.parley.inbox.InboxScenarios.agentReplies;
import static io.parley.inbox.InboxScenarios.customerWritesAgain;
import static io.parley.inbox.InboxScenarios.arrives;
import static io.parley.inbox.InboxScenarios.conversation;
import static io.parley.inbox.InboxScenarios.gatewayReports;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An agent answers in public; the gateway confirms; the conversation is answered in time. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class RepliesTest {

    @Inject
    EntityManager em;

    private static String agent() {
        return Tokens.bearer(Tokens.forUser("agent1"));
    }

    @Test
    void aReplyGoesOutAndTheDeliveryAnswersTheConversation() {
        String thread = "t_" + UUID.randomUUID();
        String id = arrives(thread, "❤");
        OutboundActionRequested requested;
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            given().header("Authorization", agent()).contentType(ContentType.JSON)
                    .body(Map.of("text", "Dziękujemy! ❤")).post("/api/v1/conversations/" + id + "/replies")
                    .then().statusCode(201).header("Location", containsString("/api/v1/conversations/" + id + "/replies/"))
                    .body("status", equalTo("sending")).body("author", equalTo("agent1"));
            Event<OutboundActionRequested> event = outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().startsWith("conversation/" + id + "/"), WAIT);
            requested = event.data();
            assertEquals(OutboundAction.REPLY, requested.action());
            assertEquals(thread, requested.targetObjectId());
            assertEquals("Dziękujemy! ❤", requested.text());
            assertEquals("acme", event.brand());
        }
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            gatewayReports(requested.actionId(), DeliveryOutcome.DELIVERED, null);
            Event<ConversationAnswered> answered = inbox.awaitEvent(ConversationAnswered.class,
                    e -> e.data().conversationId().toString().equals(id), WAIT);
            assertTrue(answered.data().withinTarget());
            assertEquals("agent1", answered.data().answeredBy());
        }
        JsonPath c = conversation(id);
        assertEquals("answered", c.getString("status"));
        assertTrue(c.getLong("timeToFirstResponseSeconds") >= 0);
        assertEquals("delivered", c.getString("replies[0].status"));
        List<String> open = given().header("Authorization", agent()).queryParam("status", "new,open")
                .queryParam("limit", 200).get("/api/v1/conversations").then().extract().jsonPath().getList("items.id");
        assertFalse(open.contains(id));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyActsOnce() {
        String id = arrives("t_" + UUID.randomUUID(), "retry me");
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", agent()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("text", "once")).post("/api/v1/conversations/" + id + "/replies")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", agent()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("text", "once")).post("/api/v1/conversations/" + id + "/replies")
                .then().statusCode(200).body("id", equalTo(first));
        assertEquals(1, conversation(id).getList("replies").size());
    }

    @Test
    void aSecondAgentIsToldWhoIsAlreadyAnswering() {
        String id = arrives("t_" + UUID.randomUUID(), "two agents");
        given().header("Authorization", agent()).contentType(ContentType.JSON).body(Map.of("text", "mine"))
                .post("/api/v1/conversations/" + id + "/replies").then().statusCode(201);
        given().header("Authorization", Tokens.bearer(Tokens.forUser("manager1"))).contentType(ContentType.JSON)
                .body(Map.of("text", "also mine")).post("/api/v1/conversations/" + id + "/replies")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("agent1 is already answering this conversation"));
    }

    @Test
    void aFailedDeliveryLeavesTheConversationOpenWithTheReason() {
        String id = arrives("t_" + UUID.randomUUID(), "fail me");
        String replyId;
        UUID actionId;
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            replyId = given().header("Authorization", agent()).contentType(ContentType.JSON)
                    .body(Map.of("text", "hello")).post("/api/v1/conversations/" + id + "/replies")
                    .then().statusCode(201).extract().path("id");
            actionId = outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().endsWith("/reply/" + replyId), WAIT).data().actionId();
        }
        gatewayReports(actionId, DeliveryOutcome.FAILED, "(#100) the comment was deleted");
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", agent())
                .get("/api/v1/conversations/" + id + "/replies/" + replyId).then().statusCode(200)
                .body("status", equalTo("failed")).body("failureReason", equalTo("(#100) the comment was deleted")));
        assertEquals("open", conversation(id).getString("status"));
    }

    /**
     * The gateway says a reply waits (rate-limited) before it says how it ended: the wait is not taken for a delivery
     * — the reply ends as the final report says.
     */
    @Test
    void aDelayedReportIsNotADelivery() {
        String id = arrives("t_" + UUID.randomUUID(), "wait for me");
        String replyId;
        UUID actionId;
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            replyId = given().header("Authorization", agent()).contentType(ContentType.JSON)
                    .body(Map.of("text", "Już sprawdzamy ❤")).post("/api/v1/conversations/" + id + "/replies")
                    .then().statusCode(201).extract().path("id");
            actionId = outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().endsWith("/reply/" + replyId), WAIT).data().actionId();
        }
        gatewayReports(UUID.randomUUID(), actionId, DeliveryOutcome.DELAYED, "rate limited until 12:00");
        gatewayReports(UUID.randomUUID(), actionId, DeliveryOutcome.FAILED, "(#368) blocked as abusive");
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", agent())
                .get("/api/v1/conversations/" + id + "/replies/" + replyId).then().statusCode(200)
                .body("status", equalTo("failed")).body("failureReason", equalTo("(#368) blocked as abusive")));
        assertEquals("open", conversation(id).getString("status"));
    }

    @Test
    void invalidRepliesAreRefusedWithTheField() {
        String id = arrives("t_" + UUID.randomUUID(), "validate me");
        given().header("Authorization", agent()).contentType(ContentType.JSON).body(Map.of("text", "   "))
                .post("/api/v1/conversations/" + id + "/replies").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/invalid-input")).body("errors[0].field", equalTo("text"));
        given().header("Authorization", agent()).contentType(ContentType.JSON).body(Map.of("text", "x".repeat(8001)))
                .post("/api/v1/conversations/" + id + "/replies").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        given().header("Authorization", agent()).contentType(ContentType.JSON).body("{\"text\": 5")
                .post("/api/v1/conversations/" + id + "/replies").then().statusCode(400)
                .body("type", equalTo("/problems/bad-request"));
        given().header("Authorization", agent()).contentType(ContentType.JSON).body(Map.of("text", "hi"))
                .post("/api/v1/conversations/" + UUID.randomUUID() + "/replies").then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Tokens.forIntegrator())).contentType(ContentType.JSON)
                .body(Map.of("text", "hi")).post("/api/v1/conversations/" + id + "/replies").then().statusCode(403);
        assertEquals(0, conversation(id).getList("replies").size());
    }

    @Test
    void aCustomerWritingAgainAfterTheAnswerReopensTheConversation() {
        String thread = "t_" + UUID.randomUUID();
        String id = arrives(thread, "Gdzie moja przesyłka?");
        gatewayReports(agentReplies(id, "Sprawdzamy!"), DeliveryOutcome.DELIVERED, null);
        await().atMost(WAIT).until(() -> "answered".equals(conversation(id).getString("status")));
        JsonPath answered = conversation(id);

        customerWritesAgain(thread, thread + "_again", "Nadal nic.");
        await().atMost(WAIT).until(() -> "open".equals(conversation(id).getString("status")));
        JsonPath reopened = conversation(id);
        assertEquals(2, reopened.getList("interactions").size());
        Instant due = Instant.parse(reopened.getString("dueAt"));
        assertTrue(due.isAfter(Instant.parse(reopened.getString("interactions[1].observedAt"))),
                "due again from the new message");
        assertNotEquals(answered.getString("dueAt"), reopened.getString("dueAt"));
        assertEquals(answered.getString("firstResponseAt"), reopened.getString("firstResponseAt"));
        assertEquals(answered.getLong("timeToFirstResponseSeconds"), reopened.getLong("timeToFirstResponseSeconds"));
    }

    @Test
    void aMessageWrittenWhileTheReplyWasOnItsWayKeepsTheConversationOpen() {
        String thread = "t_" + UUID.randomUUID();
        String id = arrives(thread, "Hello?");
        UUID actionId = agentReplies(id, "Hi, how can we help?");
        customerWritesAgain(thread, thread + "_meanwhile", "Anyone there?");
        await().atMost(WAIT).until(() -> conversation(id).getList("interactions").size() == 2);

        gatewayReports(actionId, DeliveryOutcome.DELIVERED, null);
        await().atMost(WAIT).until(() -> "delivered".equals(conversation(id).getString("replies[0].status")));
        JsonPath c = conversation(id);
        assertEquals("open", c.getString("status"), "the second message still waits for an answer");
        assertTrue(c.getLong("timeToFirstResponseSeconds") >= 0, "the first response is counted all the same");
    }

    @Test
    void aSecondReportForTheSameActionChangesNothing() {
        String id = arrives("t_" + UUID.randomUUID(), "twice reported");
        UUID actionId = agentReplies(id, "once delivered");
        gatewayReports(actionId, DeliveryOutcome.DELIVERED, null);
        await().atMost(WAIT).until(() -> "answered".equals(conversation(id).getString("status")));
        JsonPath first = conversation(id);

        UUID lateReport = UUID.randomUUID();
        gatewayReports(lateReport, actionId, DeliveryOutcome.FAILED, "late and wrong");
        await().atMost(WAIT).until(() -> processed("inbox.deliveries", lateReport));
        JsonPath again = conversation(id);
        assertEquals("delivered", again.getString("replies[0].status"));
        assertEquals(first.getString("replies[0].deliveredAt"), again.getString("replies[0].deliveredAt"));
        assertEquals("answered", again.getString("status"));
        assertEquals(first.getString("firstResponseAt"), again.getString("firstResponseAt"));
    }

    @Transactional
    boolean processed(String consumer, UUID eventId) {
        return ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM parley_processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, consumer).setParameter(2, eventId).getSingleResult()).longValue() == 1;
    }
}
