package io.parley.inbox.approvals;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.inbox.ReplyApprovalRequested;
import io.parley.testsupport.EventTail;
import io.parley.devstack.Tokens;
import io.parley.devstack.stack.RealmUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.InboxScenarios.WAIT;
import static io.parley.inbox.InboxScenarios.arrives;
import static io.parley.inbox.ownership.OwnershipScenarios.always;
import static io.parley.inbox.ownership.OwnershipScenarios.putTeam;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reply approvals per team on real PostgreSQL, Kafka and Keycloak (real tokens): a team of acme, made for the test,
 * holds its new starter for its own approver and due time in the conversations it owns; elsewhere the brand's setting
 * applies, and a team's setting never releases an agent the brand holds.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class TeamReplyApprovalsTest {

    private static final String PROBLEM = "application/problem+json";
    private String newbie;
    private String team;
    private String other;

    private static String bearer(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    private static ValidatableResponse brandSetting(List<String> held) {
        return given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("heldAgents", held, "approvers", List.of(), "dueMinutes", 15))
                .put("/api/v1/brands/acme/reply-approvals/setting").then();
    }

    private ValidatableResponse teamSetting(String user, String teamName, Map<String, ?> body) {
        return given().header("Authorization", bearer(user)).contentType(ContentType.JSON).body(body)
                .put("/api/v1/brands/acme/reply-approvals/teams/" + teamName + "/setting").then();
    }

    private ValidatableResponse readTeamSetting(String user, String teamName) {
        return given().header("Authorization", bearer(user))
                .get("/api/v1/brands/acme/reply-approvals/teams/" + teamName + "/setting").then();
    }

    @BeforeEach
    void aTeamWithANewStarter() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        arrives("t_" + UUID.randomUUID(), "warm-up: the brand has its default team before ours");
        newbie = RealmUsers.create("tnew-" + suffix, "acme", "agent");
        team = "appr-" + suffix;
        other = "plain-" + suffix;
        String body = "{\"strategy\":\"round-robin\",\"managers\":[\"manager1\"],\"members\":[" + always(newbie) + ","
                + always("agent1") + "]}";
        assertEquals(201, putTeam(team, body));
        assertEquals(201, putTeam(other, body));
        brandSetting(List.of()).statusCode(200);
    }

    @AfterEach
    void cleanUp() {
        brandSetting(List.of()).statusCode(200);
        for (String t : List.of(team, other)) {
            given().header("Authorization", bearer("manager1")).delete("/api/v1/brands/acme/teams/" + t);
        }
        RealmUsers.delete(newbie);
    }

    private static String ownedBy(String teamName) {
        String id = arrives("t_" + UUID.randomUUID(), "Gdzie jest moja paczka? 📦");
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("team", teamName)).put("/api/v1/conversations/" + id + "/assignment")
                .then().statusCode(200);
        return id;
    }

    private static ValidatableResponse reply(String user, String conversationId, String text) {
        return given().header("Authorization", bearer(user)).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/conversations/" + conversationId + "/replies").then();
    }

    private static ValidatableResponse decide(String user, String replyId, String decision, Map<String, ?> body) {
        return given().header("Authorization", bearer(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/brands/acme/reply-approvals/" + replyId + "/" + decision).then();
    }

    @Test
    void aTeamsOwnSettingHoldsRepliesInItsConversationsAndTheBrandsAppliesElsewhere() {
        readTeamSetting("agent1", team).statusCode(200).body("set", equalTo(false))
                .body("heldAgents", equalTo(List.of()));
        teamSetting("manager1", team, Map.of("heldAgents", List.of(newbie), "approvers", List.of("admin1"),
                "dueMinutes", 45)).statusCode(200).body("set", equalTo(true)).body("team", equalTo(team))
                .body("heldAgents", equalTo(List.of(newbie))).body("approvers", equalTo(List.of("admin1")))
                .body("dueMinutes", equalTo(45)).body("updatedBy", equalTo("manager1"))
                .body("changes[0].changedBy", equalTo("manager1")).body("changes[0].removed", equalTo(false));

        // In the team's conversation: held under the team's setting (its approver, its due time).
        String inTeam = ownedBy(team);
        String replyId;
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            replyId = reply(newbie, inTeam, "Przepraszamy — sprawdzamy ❤").statusCode(201)
                    .body("status", equalTo("awaiting_approval")).extract().path("id");
            Event<ReplyApprovalRequested> requested = inbox.awaitEvent(ReplyApprovalRequested.class,
                    e -> e.data().replyId().toString().equals(replyId), WAIT);
            assertEquals(List.of("admin1"), requested.data().approvers());
            assertEquals(45, Duration.between(requested.data().requestedAt(), requested.data().dueAt()).toMinutes());
        }
        decide("manager1", replyId, "approve", Map.of()).statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("admin1"));
        decide("admin1", replyId, "approve", Map.of()).statusCode(200).body("status", equalTo("sending"))
                .body("approval.decidedBy", equalTo("admin1"));
        List<Map<String, Object>> audit = given().header("Authorization", bearer("manager1"))
                .get("/api/v1/conversations/" + inTeam + "/audit").then().statusCode(200).extract().jsonPath()
                .getList("items");
        assertTrue(audit.stream().anyMatch(e -> "reply_held".equals(e.get("action"))
                && String.valueOf(e.get("details")).contains(team)), audit.toString());

        // In another team's conversation the brand's setting applies: it holds nobody.
        reply(newbie, ownedBy(other), "Hello from the other team").statusCode(201).body("status", equalTo("sending"));

        // A team's setting never releases someone the brand holds: agent1 is held by the brand, not by the team.
        brandSetting(List.of("agent1")).statusCode(200);
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            String brandHeld = reply("agent1", ownedBy(team), "Sprawdzę to").statusCode(201)
                    .body("status", equalTo("awaiting_approval")).extract().path("id");
            Event<ReplyApprovalRequested> requested = inbox.awaitEvent(ReplyApprovalRequested.class,
                    e -> e.data().replyId().toString().equals(brandHeld), WAIT);
            assertTrue(requested.data().approvers().contains("manager1"), requested.data().approvers().toString());
            assertEquals(15, Duration.between(requested.data().requestedAt(), requested.data().dueAt()).toMinutes());
            decide("manager1", brandHeld, "approve", Map.of()).statusCode(200);
        }
        brandSetting(List.of()).statusCode(200);

        // Removed: the brand's setting (holding nobody) applies to the team's conversations again; the change is kept.
        given().header("Authorization", bearer("agent1"))
                .delete("/api/v1/brands/acme/reply-approvals/teams/" + team + "/setting").then().statusCode(403);
        given().header("Authorization", bearer("manager1"))
                .delete("/api/v1/brands/acme/reply-approvals/teams/" + team + "/setting").then().statusCode(204);
        readTeamSetting("manager1", team).statusCode(200).body("set", equalTo(false))
                .body("changes[0].removed", equalTo(true)).body("changes[0].changedBy", equalTo("manager1"))
                .body("changes[1].heldAgents", equalTo(List.of(newbie)));
        given().header("Authorization", bearer("manager1"))
                .delete("/api/v1/brands/acme/reply-approvals/teams/" + team + "/setting").then().statusCode(404)
                .contentType(PROBLEM);
        reply(newbie, ownedBy(team), "Now on my own").statusCode(201).body("status", equalTo("sending"));
    }

    @Test
    void theTeamSettingNamesOnlyPeopleOfTheBrandAndNothingIsHalfStored() {
        teamSetting("manager1", team, Map.of("heldAgents", List.of(newbie, "agent2"), "dueMinutes", 30))
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("heldAgents[1]"))
                .body("errors[0].message", containsString("agent2"));
        teamSetting("manager1", team, Map.of("heldAgents", List.of(newbie), "approvers", List.of("agent2"),
                "dueMinutes", 30)).statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("approvers[0]"));
        teamSetting("manager1", team, Map.of("heldAgents", List.of(newbie), "approvers", List.of(newbie),
                "dueMinutes", 1441)).statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("dueMinutes")).body("errors.field", hasItem("approvers[0]"));
        teamSetting("agent1", team, Map.of("heldAgents", List.of(), "dueMinutes", 30)).statusCode(403)
                .contentType(PROBLEM);
        teamSetting("manager1", "nope-" + team, Map.of("heldAgents", List.of(), "dueMinutes", 30)).statusCode(404)
                .contentType(PROBLEM).body("detail", containsString("nope-" + team));
        readTeamSetting("agent2", team).statusCode(404).contentType(PROBLEM);
        readTeamSetting("agent1", team).statusCode(200).body("set", equalTo(false))
                .body("changes", equalTo(List.of()));

        // Removing the team removes its setting: a team made again under the name starts without one.
        teamSetting("manager1", team, Map.of("heldAgents", List.of(newbie), "dueMinutes", 30)).statusCode(200);
        given().header("Authorization", bearer("manager1")).delete("/api/v1/brands/acme/teams/" + team).then()
                .statusCode(204);
        assertEquals(201, putTeam(team, "{\"strategy\":\"round-robin\",\"members\":[" + always(newbie) + "]}"));
        readTeamSetting("manager1", team).statusCode(200).body("set", equalTo(false));
    }

    @Test
    void aGroupedAnswerIsNoWayAroundTheTeamsSetting() {
        teamSetting("manager1", team, Map.of("heldAgents", List.of(newbie), "approvers", List.of("admin1"),
                "dueMinutes", 45)).statusCode(200);
        String inTeam = ownedBy(team);
        String elsewhere = ownedBy(other);
        String text = "Płatności już działają — przepraszamy! " + UUID.randomUUID();
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            given().header("Authorization", bearer(newbie)).contentType(ContentType.JSON)
                    .body(Map.of("conversationIds", List.of(elsewhere, inTeam), "text", text))
                    .post("/api/v1/brands/acme/grouped-answers").then().statusCode(403).contentType(PROBLEM)
                    .body("detail", containsString("team " + team));
            // The brand holds nobody: a statement to the other team's conversation alone goes out.
            given().header("Authorization", bearer(newbie)).contentType(ContentType.JSON)
                    .body(Map.of("conversationIds", List.of(elsewhere), "text", text + " ✔"))
                    .post("/api/v1/brands/acme/grouped-answers").then().statusCode(201);
            outbound.awaitEvent(io.parley.contracts.outbound.OutboundActionRequested.class,
                    e -> e.data().text().equals(text + " ✔"), WAIT);
            assertTrue(outbound.records().stream().noneMatch(r -> new String(r.value(),
                    java.nio.charset.StandardCharsets.UTF_8).contains(text + "\"")), "the held statement went nowhere");
        }
        List<Map<String, Object>> audit = given().header("Authorization", bearer("manager1"))
                .get("/api/v1/conversations/" + inTeam + "/audit").then().statusCode(200).extract().jsonPath()
                .getList("items");
        assertTrue(audit.stream().noneMatch(e -> "grouped_answer".equals(e.get("action"))), audit.toString());
    }
}
