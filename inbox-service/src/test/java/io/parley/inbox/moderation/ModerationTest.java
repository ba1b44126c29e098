package io.parley.inbox.moderation;

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
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class ModerationTest {

    private static io.restassured.response.ValidatableResponse moderate(String user, String cid, String iid,
            Map<String, String> body) {
        Map<String, String> request = new java.util.HashMap<>(body);
        request.put("interactionId", iid);
        return given().header("Authorization", bearer(user)).contentType(ContentType.JSON).body(request)
                .post("/api/v1/conversations/" + cid + "/moderation").then();
    }

    private static void gatewayDone(OutboundActionRequested a) {
        Instant now = Instant.now();
        TestEvents.send(a.actionId().toString(), Event.of(UUID.randomUUID(), "ingest-service", "acme",
                a.actionId().toString(), now, now, new DeliveryReported(a.actionId(), a.action(), a.platform(),
                        DeliveryOutcome.DELIVERED, null, null, true, a.origin(), now)));
    }

    @Test
    void anAgentHidesWithAReasonAndUndoesItAndEveryStepIsRecorded() {
        String cid = arrives(new Heard("acme", Platform.FACEBOOK, "1234567890", "t_" + UUID.randomUUID(), "troll",
                "Troll", "You are all idiots", "en", "complaint", "negative", false));
        String iid = conversation(cid).getString("interactions[0].id");
        moderate("agent1", cid, iid, Map.of("action", "hide")).statusCode(400).body("errors[0].field",
                equalTo("reason"));
        moderate("agent1", cid, iid, Map.of("action", "hide", "reason", "rude")).statusCode(400);
        moderate("agent1", cid, iid, Map.of("action", "unhide")).statusCode(409);
        moderate("agent2", cid, iid, Map.of("action", "hide", "reason", "abusive")).statusCode(404);

        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            moderate("agent1", cid, iid, Map.of("action", "hide", "reason", "below_the_belt")).statusCode(202)
                    .body("status", equalTo("sending")).body("requestedBy", equalTo("agent1"));
            OutboundActionRequested hide = outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().startsWith("conversation/" + cid + "/moderation/"), WAIT).data();
            assertEquals(OutboundAction.HIDE, hide.action());
            assertEquals(conversation(cid).getString("interactions[0].platformObjectId"), hide.targetObjectId());
            moderate("agent1", cid, iid, Map.of("action", "delete", "reason", "legal")).statusCode(409);
            gatewayDone(hide);
            await().atMost(WAIT).until(() -> "hidden".equals(conversation(cid).getString("interactions[0].state")));

            moderate("agent1", cid, iid, Map.of("action", "unhide")).statusCode(202);
            OutboundActionRequested unhide = outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().action() == OutboundAction.UNHIDE && e.data().origin().startsWith("conversation/"
                            + cid), WAIT).data();
            gatewayDone(unhide);
            await().atMost(WAIT).until(() -> "visible".equals(conversation(cid).getString("interactions[0].state")));
        }
        List<String> actions = given().header("Authorization", bearer("agent1"))
                .get("/api/v1/conversations/" + cid + "/audit").then().extract().jsonPath().getList("items.action");
        assertEquals(List.of("moderation_requested", "moderation_done", "moderation_requested", "moderation_done"),
                actions);
        given().header("Authorization", bearer("agent1")).get("/api/v1/conversations/" + cid + "/moderation").then()
                .statusCode(200).body("items.reason", equalTo(java.util.Arrays.asList("below_the_belt", null)))
                .body("items.status", equalTo(List.of("done", "done"))).body("nextCursor", equalTo(null));
    }

    @Test
    void aPlatformWithoutHidingOnlyDeletes() {
        String cid = arrives(new Heard("acme", Platform.VK, "club1", "t_" + UUID.randomUUID(), "v1", "Вася",
                "Спам спам спам", "ru", "question", "neutral", false));
        String iid = conversation(cid).getString("interactions[0].id");
        moderate("agent1", cid, iid, Map.of("action", "hide", "reason", "spam")).statusCode(422)
                .body("detail", equalTo("vk cannot hide or unhide; delete the interaction instead"));
        moderate("agent1", cid, iid, Map.of("action", "delete", "reason", "spam")).statusCode(202);
    }

    @Test
    void theBrandsRuleHidesAbusiveCommentsAsTheyArrive() {
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("autoHideAbusive", true)).put("/api/v1/brands/acme/moderation-rule").then().statusCode(403);
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("autoHideAbusive", true)).put("/api/v1/brands/acme/moderation-rule").then()
                .statusCode(200).body("autoHideAbusive", equalTo(true)).body("updatedBy", equalTo("manager1"));
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            String cid = arrives(new Heard("acme", Platform.INSTAGRAM, "17841400000000000", "t_" + UUID.randomUUID(),
                    "ab1", "Abuser", "Ты идиот", "ru", "complaint", "negative", true));
            OutboundActionRequested hide = outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().startsWith("conversation/" + cid + "/moderation/"), WAIT).data();
            assertEquals(OutboundAction.HIDE, hide.action());
            assertEquals("rule:auto-hide-abusive", hide.requestedBy());
        } finally {
            given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                    .body(Map.of("autoHideAbusive", false)).put("/api/v1/brands/acme/moderation-rule").then()
                    .statusCode(200);
        }
    }

    private static io.restassured.response.ValidatableResponse moderate(String user, String key, String cid,
            String iid, String action, String reason) {
        return given().header("Authorization", bearer(user)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("interactionId", iid, "action", action, "reason", reason))
                .post("/api/v1/conversations/" + cid + "/moderation").then();
    }

    @Test
    void aRetriedHideAsksThePlatformOnceAndAnotherActionWithTheKeyIsRefused() {
        String cid = arrives(new Heard("acme", Platform.FACEBOOK, "1234567890", "t_" + UUID.randomUUID(), "troll",
                "Troll", "Jesteście beznadziejni", "pl", "complaint", "negative", false));
        String iid = conversation(cid).getString("interactions[0].id");
        String key = "hide-" + UUID.randomUUID();
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            String actionId = moderate("agent1", key, cid, iid, "hide", "abusive").statusCode(202)
                    .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue()).extract().path("actionId");
            // Without the key this retry would be a 409 (a moderation on its way); with it, the first answer.
            moderate("agent1", key, cid, iid, "hide", "abusive").statusCode(200)
                    .header("Idempotent-Replayed", equalTo("true")).body("actionId", equalTo(actionId))
                    .body("status", equalTo("sending"));
            moderate("agent1", key, cid, iid, "delete", "abusive").statusCode(422)
                    .body("errors[0].field", equalTo("Idempotency-Key"));
            assertEquals(1, outboundActions(outbound, o -> o.origin().startsWith("conversation/" + cid
                    + "/moderation/")));
        }
        // Another user's request with the same key is theirs: it is judged on its own (a hide on its way: 409).
        moderate("manager1", key, cid, iid, "hide", "abusive").statusCode(409);
    }

    @Test
    void twoHidesWithTheSameKeyAtOnceAskThePlatformOnce() throws Exception {
        String cid = arrives(new Heard("acme", Platform.INSTAGRAM, "17841400000000000", "t_" + UUID.randomUUID(),
                "spammer", "Spammer", "Kup followersów tanio!", "pl", "complaint", "negative", false));
        String iid = conversation(cid).getString("interactions[0].id");
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            List<HttpResponse<String>> both = twiceAtOnce("agent1", "/api/v1/conversations/" + cid + "/moderation",
                    "together-" + UUID.randomUUID(), "{\"interactionId\":\"" + iid
                            + "\",\"action\":\"hide\",\"reason\":\"spam\"}");
            assertEquals(List.of(200, 202), both.stream().map(HttpResponse::statusCode).sorted().toList(),
                    both.get(0).body() + both.get(1).body());
            assertEquals(1, outboundActions(outbound, o -> o.origin().startsWith("conversation/" + cid
                    + "/moderation/")));
        }
    }
}
