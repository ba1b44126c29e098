package io.parley.inbox.approvals;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ReplyApprovalDecided;
import io.parley.contracts.inbox.ReplyApprovalRequested;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.Pages;
import io.parley.devstack.Tokens;
import io.parley.devstack.stack.RealmUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.InboxScenarios.WAIT;
import static io.parley.inbox.InboxScenarios.arrives;
import static io.parley.inbox.InboxScenarios.conversation;
import static io.parley.inbox.InboxScenarios.gatewayReports;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reply approvals on real PostgreSQL, Kafka and Keycloak (real tokens): a new starter of acme, made for the test, is
 * held; their replies wait for manager1, who approves (as written or edited) or rejects them.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class ReplyApprovalsTest {

    private static final String PROBLEM = "application/problem+json";
    private String newbie;

    private static String bearer(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    @BeforeEach
    void aNewStarterIsHeld() {
        newbie = RealmUsers.create("newbie-" + UUID.randomUUID().toString().substring(0, 8), "acme", "agent");
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("heldAgents", List.of(newbie), "approvers", List.of(), "dueMinutes", 15))
                .put("/api/v1/brands/acme/reply-approvals/setting")
                .then().statusCode(200).body("heldAgents", equalTo(List.of(newbie))).body("dueMinutes", equalTo(15))
                .body("updatedBy", equalTo("manager1")).body("changes[0].changedBy", equalTo("manager1"))
                .body("changes[0].heldAgents", equalTo(List.of(newbie)));
    }

    @AfterEach
    void nobodyIsHeldAnyMore() {
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("heldAgents", List.of(), "approvers", List.of(), "dueMinutes", 15))
                .put("/api/v1/brands/acme/reply-approvals/setting").then().statusCode(200);
        RealmUsers.delete(newbie);
    }

    private ValidatableResponse reply(String user, String conversationId, String text, String key) {
        var request = given().header("Authorization", bearer(user)).contentType(ContentType.JSON)
                .body(Map.of("text", text));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/conversations/" + conversationId + "/replies").then();
    }

    private ValidatableResponse decide(String user, String replyId, String decision, Map<String, ?> body) {
        return given().header("Authorization", bearer(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/brands/acme/reply-approvals/" + replyId + "/" + decision).then();
    }

    @Test
    void aHeldReplyWaitsAndTheApprovedReplyGoesOutInItsAuthorsName() {
        String id = arrives("t_" + UUID.randomUUID(), "Gdzie moja paczka?");
        String replyId;
        try (EventTail inbox = EventTail.open(Topics.INBOX); EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            replyId = reply(newbie, id, "Przepraszamy — sprawdzamy przesyłkę ❤", "held-1").statusCode(201)
                    .body("status", equalTo("awaiting_approval")).body("author", equalTo(newbie))
                    .body("approval.state", equalTo("waiting")).body("approval.overdue", equalTo(false))
                    .extract().path("id");
            Event<ReplyApprovalRequested> requested = inbox.awaitEvent(ReplyApprovalRequested.class,
                    e -> e.data().replyId().toString().equals(replyId), WAIT);
            assertEquals(newbie, requested.data().author());
            assertEquals("Przepraszamy — sprawdzamy przesyłkę ❤", requested.data().preview());
            assertTrue(requested.data().approvers().contains("manager1"), requested.data().approvers().toString());
            assertFalse(requested.data().approvers().contains(newbie));
            assertFalse(requested.data().approvers().contains("agent1"), "agent1 is only an agent");
            assertEquals(15, java.time.Duration.between(requested.data().requestedAt(), requested.data().dueAt())
                    .toMinutes());
            // The event came through the outbox in the reply's transaction: had it been sent, the action would be here.
            assertTrue(outbound.records().stream().noneMatch(r -> r.key() != null && r.key().equals(id)),
                    "a held reply must not be sent");
        }
        // A retry with the same key is the same held reply; another reply meanwhile is refused.
        reply(newbie, id, "Przepraszamy — sprawdzamy przesyłkę ❤", "held-1").statusCode(200)
                .body("id", equalTo(replyId)).body("status", equalTo("awaiting_approval"));
        reply("agent1", id, "I'll take this one", null).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("awaiting approval"));

        // The author cannot approve their own reply; a plain agent may not approve at all.
        decide(newbie, replyId, "approve", Map.of()).statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("you wrote this reply"));
        decide("agent1", replyId, "approve", Map.of()).statusCode(403).contentType(PROBLEM);

        // The queue shows it, oldest due first, with counts.
        given().header("Authorization", bearer("manager1")).get("/api/v1/brands/acme/reply-approvals?limit=200")
                .then().statusCode(200).body("items.reply.id", hasItem(replyId))
                .body("counts.waiting", greaterThanOrEqualTo(1))
                .body("items.find { it.reply.id == '" + replyId + "' }.conversation.id", equalTo(id))
                .body("items.find { it.reply.id == '" + replyId + "' }.conversation.preview",
                        equalTo("Gdzie moja paczka?"));

        UUID actionId;
        try (EventTail inbox = EventTail.open(Topics.INBOX); EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            decide("manager1", replyId, "approve", Map.of("text", "Przepraszamy — paczka wyjdzie jutro z DPD ❤",
                    "comment", "Named the courier")).statusCode(200)
                    .body("status", equalTo("sending")).body("author", equalTo(newbie))
                    .body("text", equalTo("Przepraszamy — paczka wyjdzie jutro z DPD ❤"))
                    .body("approval.state", equalTo("approved")).body("approval.decidedBy", equalTo("manager1"))
                    .body("approval.originalText", equalTo("Przepraszamy — sprawdzamy przesyłkę ❤"));
            Event<OutboundActionRequested> sent = outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().equals("conversation/" + id + "/reply/" + replyId), WAIT);
            assertEquals(newbie, sent.data().requestedBy());
            assertEquals("Przepraszamy — paczka wyjdzie jutro z DPD ❤", sent.data().text());
            actionId = sent.data().actionId();
            Event<ReplyApprovalDecided> decided = inbox.awaitEvent(ReplyApprovalDecided.class,
                    e -> e.data().replyId().toString().equals(replyId), WAIT);
            assertEquals("approved", decided.data().decision());
            assertTrue(decided.data().edited());
            assertEquals("manager1", decided.data().decidedBy());
            assertEquals(newbie, decided.data().author());
            assertTrue(decided.data().withinTarget());
        }
        decide("manager1", replyId, "approve", Map.of()).statusCode(409).contentType(PROBLEM);

        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            gatewayReports(actionId, DeliveryOutcome.DELIVERED, null);
            Event<ConversationAnswered> answered = inbox.awaitEvent(ConversationAnswered.class,
                    e -> e.data().conversationId().toString().equals(id), WAIT);
            assertEquals(newbie, answered.data().answeredBy(), "the reply stays its author's");
        }
        JsonPath audit = given().header("Authorization", bearer("manager1"))
                .get("/api/v1/conversations/" + id + "/audit").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = audit.getList("items");
        assertTrue(entries.stream().anyMatch(e -> "reply_held".equals(e.get("action")) && newbie.equals(e.get("actor"))),
                entries.toString());
        assertTrue(entries.stream().anyMatch(e -> "reply_approved".equals(e.get("action"))
                && "manager1".equals(e.get("actor"))), entries.toString());
    }

    @Test
    void aRejectedReplyGoesBackToItsAuthorWithTheComment() {
        String id = arrives("t_" + UUID.randomUUID(), "Zamówienie nie dotarło");
        String replyId = reply(newbie, id, "Sorry about that!", null).statusCode(201)
                .body("status", equalTo("awaiting_approval")).extract().path("id");
        String assigneeBefore = conversation(id).getString("assignee");

        decide("manager1", replyId, "reject", Map.of()).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("comment"));
        decide("manager1", replyId, "reject", Map.of("comment", "   ")).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("comment"));
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            decide("manager1", replyId, "reject", Map.of("comment", "Podaj kuriera i nową datę dostawy."))
                    .statusCode(200).body("status", equalTo("rejected"))
                    .body("approval.state", equalTo("rejected"))
                    .body("approval.comment", equalTo("Podaj kuriera i nową datę dostawy."));
            Event<ReplyApprovalDecided> decided = inbox.awaitEvent(ReplyApprovalDecided.class,
                    e -> e.data().replyId().toString().equals(replyId), WAIT);
            assertEquals("rejected", decided.data().decision());
            assertEquals("Podaj kuriera i nową datę dostawy.", decided.data().comment());
        }
        JsonPath c = conversation(id);
        assertEquals("rejected", c.getString("replies[0].status"));
        assertEquals("Sorry about that!", c.getString("replies[0].text"), "the text is kept for the author");
        assertEquals("Podaj kuriera i nową datę dostawy.", c.getString("replies[0].approval.comment"));
        assertEquals(assigneeBefore, c.getString("assignee"), "the conversation stays with its owner");
        // Not in the queue any more; the author writes again, and it waits again.
        given().header("Authorization", bearer("manager1")).get("/api/v1/brands/acme/reply-approvals?limit=200")
                .then().statusCode(200).body("items.reply.id", org.hamcrest.Matchers.not(hasItem(replyId)));
        reply(newbie, id, "Sorry — DPD brings it tomorrow.", null).statusCode(201)
                .body("status", equalTo("awaiting_approval"));        // A grouped answer is no way around the hold.
        given().header("Authorization", bearer(newbie)).contentType(ContentType.JSON)
                .body(Map.of("conversationIds", List.of(id), "text", "We are on it."))
                .post("/api/v1/brands/acme/grouped-answers").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("approval"));
    }

    @Test
    void theQueueComesWholeAcrossPagesAndRefusesAnotherListsCursor() {
        List<String> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = arrives("t_" + UUID.randomUUID(), "Gdzie paczka nr " + i + "?");
            held.add(reply(newbie, id, "Sprawdzamy przesyłkę nr " + i, null).statusCode(201).extract().path("id"));
        }
        List<Object> paged = replyIds(queue(2));
        assertEquals(replyIds(queue(200)), paged, "the queue in pages of two is the queue in one");
        assertEquals(paged.size(), paged.stream().distinct().count(), "no reply twice: " + paged);
        assertEquals(held, paged.stream().filter(held::contains).toList(), "the soonest due first");

        String queueCursor = given().header("Authorization", bearer("manager1")).queryParam("limit", 1)
                .get("/api/v1/conversations").then().statusCode(200).extract().path("nextCursor");
        for (String foreign : List.of(queueCursor, "bm90IG91cnM")) {
            given().header("Authorization", bearer("manager1")).queryParam("cursor", foreign)
                    .get("/api/v1/brands/acme/reply-approvals").then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("cursor"));
        }
    }

    private static Pages.Read queue(int limit) {
        return Pages.readAll(limit, cursor -> {
            var request = given().header("Authorization", bearer("manager1")).queryParam("limit", limit);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            return request.get("/api/v1/brands/acme/reply-approvals").then().statusCode(200).extract().as(Map.class);
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object> replyIds(Pages.Read read) {
        return read.items().stream().map(i -> ((Map<String, Object>) i.get("reply")).get("id")).toList();
    }

    @Test
    void theStandardsCheckRunsAgainAtApproval() {
        String id = arrives("t_" + UUID.randomUUID(), "Czy dostanę rabat?");
        String replyId = reply(newbie, id, "We will look into it.", null).statusCode(201).extract().path("id");
        decide("manager1", replyId, "approve", Map.of("text", "Here is a free voucher!")).statusCode(422)
                .contentType(PROBLEM).body("errors[0].field", equalTo("text"));
        assertEquals("awaiting_approval", conversation(id).getString("replies[0].status"), "nothing was sent");
        decide("manager1", replyId, "approve", Map.of("text", " ")).statusCode(400).body("errors[0].field",
                equalTo("text"));
    }

    @Test
    void theSettingNamesOnlyPeopleOfTheBrandAndOnlyManagersChangeIt() {
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("heldAgents", List.of("agent2"), "dueMinutes", 15))
                .put("/api/v1/brands/acme/reply-approvals/setting").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("heldAgents[0]")).body("errors[0].message", containsString("agent2"));
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("heldAgents", List.of(newbie), "approvers", List.of(newbie), "dueMinutes", 0))
                .put("/api/v1/brands/acme/reply-approvals/setting").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("dueMinutes")).body("errors.field", hasItem("approvers[0]"));
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("heldAgents", List.of(), "dueMinutes", 15))
                .put("/api/v1/brands/acme/reply-approvals/setting").then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", bearer("agent2")).get("/api/v1/brands/acme/reply-approvals/setting")
                .then().statusCode(404).contentType(PROBLEM);
        // Nothing half-stored: the setting is still the one made before.
        given().header("Authorization", bearer("agent1")).get("/api/v1/brands/acme/reply-approvals/setting")
                .then().statusCode(200).body("heldAgents", equalTo(List.of(newbie))).body("dueMinutes", equalTo(15));
        // Named approvers: only they decide.
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("heldAgents", List.of(newbie), "approvers", List.of("admin1"), "dueMinutes", 30))
                .put("/api/v1/brands/acme/reply-approvals/setting").then().statusCode(200)
                .body("approvers", equalTo(List.of("admin1")));
        String id = arrives("t_" + UUID.randomUUID(), "Hello?");
        String replyId = reply(newbie, id, "Hello! How can we help?", null).statusCode(201)
                .body("approval.dueAt", org.hamcrest.Matchers.notNullValue()).extract().path("id");
        decide("manager1", replyId, "approve", Map.of()).statusCode(403).body("detail", containsString("admin1"));
        decide("admin1", replyId, "approve", Map.of()).statusCode(200).body("approval.decidedBy", equalTo("admin1"))
                .body("approval.originalText", nullValue());
    }
}
