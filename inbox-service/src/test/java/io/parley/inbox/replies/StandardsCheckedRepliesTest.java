package io.parley.inbox.replies;

import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AnsweringScenarios.bearer;
import static io.parley.inbox.InboxScenarios.arrives;
import static io.parley.inbox.InboxScenarios.conversation;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replies are checked against the brand's standards before they go out. standards-service is played by
 * {@link StandardsStandIn}, a small real HTTP server answering with the checks engine's recorded response
 * shape (a real standards-service cannot run inside this service's test JVM; the e2e tests use the real one).
 */
@QuarkusTest
@QuarkusTestResource(StandardsStandIn.class)
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
class StandardsCheckedRepliesTest {

    private static io.restassured.response.ValidatableResponse reply(String user, String id, Map<String, String> body) {
        return given().header("Authorization", bearer(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/conversations/" + id + "/replies").then();
    }

    @Test
    void aBlockedReplyIsNotSentAndSaysWhy() {
        String id = arrives("t_" + UUID.randomUUID(), "Do you ship to Crete?");
        reply("agent1", id, Map.of("text", "Yes, shipping is free 🎉")).statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/unprocessable"))
                .body("errors[0].field", equalTo("text"))
                .body("findings[0].ruleId", equalTo("no-free"))
                .body("findings[0].span.text", equalTo("free"));
        // The reply and its outbound action are written in one transaction: no reply stored, nothing sent.
        assertEquals(0, conversation(id).getList("replies").size());
        StandardsStandIn.Received asked = StandardsStandIn.RECEIVED.stream()
                .filter(r -> r.body().contains("shipping is free")).findFirst().orElseThrow();
        assertTrue(asked.authorization().startsWith("Bearer "), "the caller's token is passed on");
        assertEquals("acme", asked.brand());
        assertTrue(asked.body().contains("\"kind\":\"reply\"") && asked.body().contains("\"channel\":\"facebook\""),
                asked.body());
    }

    @Test
    void anApproverMayOverrideWithAReasonAndTheOverrideIsAudited() {
        String id = arrives("t_" + UUID.randomUUID(), "Is the replacement really free?");
        reply("agent1", id, Map.of("text", "Yes, it is free.", "overrideReason", "I think it is fine"))
                .statusCode(403).body("detail", equalTo("only an approver may override the brand's standards"));
        reply("manager1", id, Map.of("text", "Yes, it is free.", "overrideReason", " ")).statusCode(400)
                .body("errors[0].field", equalTo("overrideReason"));
        JsonPath sent = reply("manager1", id, Map.of("text", "Yes, the replacement is free of charge.",
                "overrideReason", "Legal approved this wording for the recall")).statusCode(201).extract().jsonPath();
        assertEquals("block", sent.getString("checkVerdict"));
        assertEquals("manager1", sent.getString("overrideBy"));
        assertEquals("Legal approved this wording for the recall", sent.getString("overrideReason"));

        List<Map<String, Object>> trail = given().header("Authorization", bearer("agent1"))
                .get("/api/v1/conversations/" + id + "/audit").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> override = trail.stream().filter(e -> e.get("action").equals("standards_override"))
                .findFirst().orElseThrow();
        assertEquals("manager1", override.get("actor"));
        assertEquals(Map.of("replyId", sent.getString("id"), "reason", "Legal approved this wording for the recall",
                "overridden", List.of("no-free")), override.get("details"));
        assertTrue(trail.stream().anyMatch(e -> e.get("action").equals("reply_sent")));
    }

    @Test
    void warningsSuchAsMovingToPrivateComeBackWithTheSentReply() {
        String id = arrives("t_" + UUID.randomUUID(), "Γιατί άργησε η παραγγελία;");
        JsonPath sent = reply("agent1", id, Map.of("text", "Συγγνώμη! DM us or write to help@acme.example 🙏"))
                .statusCode(201).extract().jsonPath();
        assertEquals("warn", sent.getString("checkVerdict"));
        assertEquals(List.of("public-reply.email", "public-reply.private-channel"),
                sent.getList("findings.ruleId").stream().sorted().toList());
        assertEquals("sending", sent.getString("status"));
        assertEquals("warn", conversation(id).getString("replies[0].checkVerdict"));
    }

    @Test
    void whenStandardsCannotAnswerNothingIsSent() {
        String id = arrives("t_" + UUID.randomUUID(), "Hello?");
        reply("agent1", id, Map.of("text", "On it #standards-down")).statusCode(503)
                .contentType(startsWith("application/problem+json")).body("type", equalTo("/problems/unavailable"));
        assertEquals(0, conversation(id).getList("replies").size());
        assertFalse(conversation(id).getString("status").equals("answered"));
    }
}
