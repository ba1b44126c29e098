package io.parley.inbox.ownership;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.inbox.ConversationAssigned;
import io.parley.testsupport.EventTail;
import io.parley.devstack.stack.RealmUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.ownership.OwnershipScenarios.always;
import static io.parley.inbox.ownership.OwnershipScenarios.bearer;
import static io.parley.inbox.ownership.OwnershipScenarios.defaultCareTeam;
import static io.parley.inbox.ownership.OwnershipScenarios.messageArrives;
import static io.parley.inbox.ownership.OwnershipScenarios.offDuty;
import static io.parley.inbox.ownership.OwnershipScenarios.ownership;
import static io.parley.inbox.ownership.OwnershipScenarios.putTeam;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Teams with on-duty schedules, ordered assignment rules, reported rule gaps and manual reassignment. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class AssignmentTest {

    private String suffix;
    private String account;

    @BeforeEach
    void freshNames() {
        defaultCareTeam();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        account = "acct_" + suffix;
    }

    private String arrives(String text, String language, String moment) {
        return messageArrives(Platform.FACEBOOK, account, text, language, moment, Instant.now());
    }

    private void rules(String json) {
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON).body(json)
                .put("/api/v1/brands/acme/assignment-rules").then().statusCode(200);
    }

    @Test
    void managersWriteTeamsAgentsReadThemWithWhoIsOnDutyNow() {
        String team = "night-" + suffix;
        String body = "{\"strategy\":\"least-loaded\",\"managers\":[\"manager1\"],\"members\":[" + always("agent1")
                + "," + offDuty("manager1") + "]}";
        assertEquals(201, putTeam(team, body));
        assertEquals(200, putTeam(team, body), "the same PUT again replaces it");

        given().header("Authorization", bearer("agent1")).get("/api/v1/brands/acme/teams/" + team).then()
                .statusCode(200).body("strategy", equalTo("least-loaded")).body("default", equalTo(false))
                .body("onDutyNow", equalTo(List.of("agent1"))).body("members.user", equalTo(List.of("agent1", "manager1")))
                .body("updatedBy", equalTo("manager1"));
        given().header("Authorization", bearer("agent1")).get("/api/v1/brands/acme/teams").then().statusCode(200)
                .body("items.name", hasItems("care", team));

        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/brands/acme/teams/" + team).then().statusCode(403);
        given().header("Authorization", bearer("agent2")).get("/api/v1/brands/acme/teams").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", bearer("agent1")).get("/api/v1/brands/acme/teams/nope-" + suffix).then()
                .statusCode(404).body("detail", containsString("nope-" + suffix));

        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON).body("""
                {"strategy":"random","members":[{"user":"ola","schedule":[{"days":["MONDAY","Funday"],
                 "from":"8:00","to":"25:00","timeZone":"Mars/Olympus"}]},{"user":" ","schedule":[]}]}""")
                .put("/api/v1/brands/acme/teams/" + team).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("strategy", "members[0].schedule[0].days", "members[0].schedule[0].from",
                        "members[0].schedule[0].to", "members[0].schedule[0].timeZone", "members[1].user",
                        "members[1].schedule"));
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/brands/acme/teams/Zespół").then().statusCode(400).body("errors[0].field", equalTo("name"));

        given().header("Authorization", bearer("manager1")).delete("/api/v1/brands/acme/teams/care").then()
                .statusCode(409).body("detail", containsString("default team"));
        given().header("Authorization", bearer("manager1")).delete("/api/v1/brands/acme/teams/" + team).then()
                .statusCode(204);
        given().header("Authorization", bearer("agent1")).get("/api/v1/brands/acme/teams/" + team).then()
                .statusCode(404);
    }

    @Test
    void rulesRouteNewConversationsToOnDutyMembersAndGapsFallBackToTheDefaultTeamAndAreReported() {
        String rr = "rr-" + suffix;
        String solo = "solo-" + suffix;
        String night = "night-" + suffix;
        putTeam(rr, "{\"strategy\":\"round-robin\",\"members\":[" + always("agent1") + "," + offDuty("admin1") + ","
                + always("manager1") + "]}");
        putTeam(solo, "{\"strategy\":\"round-robin\",\"members\":[" + always("approver1") + "]}");
        putTeam(night, "{\"strategy\":\"round-robin\",\"members\":[" + offDuty("editor1") + "]}");
        rules("""
                {"rules":[
                 {"name":"Polish complaints","match":{"channelAccountId":"%1$s","language":"pl","moment":"complaint"},"team":"%2$s"},
                 {"name":"Greek parcels","match":{"channelAccountId":"%1$s","keyword":"ΔΈΜΑ"},"team":"%3$s","assignee":"approver1"},
                 {"name":"Night owls","match":{"channelAccountId":"%1$s","keyword":"🦉"},"team":"%4$s"}]}"""
                .formatted(account, rr, solo, night));

        List<String> owners = new ArrayList<>();
        for (String text : List.of("Paczka nie dotarła!", "Zamówienie zaginęło", "Nadal nic 😡")) {
            JsonPath o = ownership(arrives(text, "pl", "complaint"));
            assertEquals(rr, o.getString("team"));
            owners.add(o.getString("assignee"));
        }
        assertEquals(List.of("agent1", "manager1", "agent1"), owners, "round-robin among members on duty; admin1 is off");

        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            String greek = arrives("Πού είναι το δέμα μου;", "el", "question");
            JsonPath o = ownership(greek);
            assertEquals(solo, o.getString("team"));
            assertEquals("approver1", o.getString("assignee"));
            Event<ConversationAssigned> assigned = inbox.awaitEvent(ConversationAssigned.class,
                    e -> e.data().conversationId().toString().equals(greek), Duration.ofSeconds(20));
            assertEquals("rule", assigned.data().reason());
            assertEquals("Greek parcels", assigned.data().rule());
            assertEquals("approver1", assigned.data().assignee());
        }

        String owl = arrives("Is anyone awake? 🦉", "en", "question");
        String stray = arrives("Just saying hi", "en", "praise");
        for (String id : List.of(owl, stray)) {
            JsonPath o = ownership(id);
            assertEquals("care", o.getString("team"), "the default team");
            assertEquals("agent1", o.getString("assignee"), "its member on duty");
            assertEquals("fallback", o.getString("assignments[0].reason"));
        }
        JsonPath gaps = given().header("Authorization", bearer("agent1")).queryParam("limit", 50)
                .get("/api/v1/brands/acme/assignment-gaps").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = gaps.getList("items");
        Map<String, Object> owlGap = items.stream().filter(g -> owl.equals(g.get("conversationId"))).findFirst()
                .orElseThrow();
        assertEquals("nobody-on-duty", owlGap.get("reason"));
        assertEquals("Night owls", owlGap.get("rule"));
        assertEquals("no-rule-matched", items.stream().filter(g -> stray.equals(g.get("conversationId")))
                .findFirst().orElseThrow().get("reason"));
        assertTrue(items.stream().noneMatch(g -> g.get("conversationId").equals(owners.get(0))));

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("parley_inbox_assignment_gaps_total{brand=\"acme\",reason=\"nobody-on-duty\"}"),
                "the gap counter is exported");
        given().header("Authorization", bearer("agent1")).queryParam("limit", 0)
                .get("/api/v1/brands/acme/assignment-gaps").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void leastLoadedGivesTheNewConversationToWhoeverHasFewestOpen() {
        // Members new to the brand (real people of acme, made for the test): nobody holds open conversations yet.
        String x1 = RealmUsers.create("x1-" + suffix, "acme", "agent");
        String x2 = RealmUsers.create("x2-" + suffix, "acme", "agent");
        try {
            String ll = "ll-" + suffix;
            putTeam(ll, "{\"strategy\":\"least-loaded\",\"members\":[" + always(x1) + "," + always(x2) + "]}");
            rules("""
                    {"rules":[{"name":"Russian","match":{"channelAccountId":"%s","language":"ru"},"team":"%s"}]}"""
                    .formatted(account, ll));
            String first = arrives("Где мой заказ?", "ru", "question");
            assertEquals(x1, ownership(first).getString("assignee"), "nobody has any: the first in order");
            given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                    .body(Map.of("assignee", x2)).put("/api/v1/conversations/" + first + "/assignment").then()
                    .statusCode(200);
            assertEquals(x1, ownership(arrives("Спасибо!", "ru", "praise")).getString("assignee"),
                    "x2 has one open, x1 none");
        } finally {
            RealmUsers.delete(x1);
            RealmUsers.delete(x2);
        }
    }

    @Test
    void rulesAreValidatedAndAgentsMayNotWriteThem() {
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON).body("""
                {"rules":[{"name":"","match":{"platform":"myspace","moment":"rant","language":"polish"},"team":"ghosts"},
                 {"name":"who","match":{},"team":"care","assignee":"stranger"},{"name":"nothing","match":{}}]}""")
                .put("/api/v1/brands/acme/assignment-rules").then().statusCode(400)
                .body("errors.field", hasItems("rules[0].name", "rules[0].match.platform", "rules[0].match.moment",
                        "rules[0].match.language", "rules[0].team", "rules[1].assignee", "rules[2]"));
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON).body("{\"rules\":[]}")
                .put("/api/v1/brands/acme/assignment-rules").then().statusCode(403);
        given().header("Authorization", bearer("agent2")).get("/api/v1/brands/acme/assignment-rules").then()
                .statusCode(404);
        rules("{\"rules\":[{\"name\":\"Zażółć gęślą jaźń 🎉\",\"match\":{\"keyword\":\"jaźń\"},\"team\":\"care\"}]}");
        given().header("Authorization", bearer("agent1")).get("/api/v1/brands/acme/assignment-rules").then()
                .statusCode(200).body("rules[0].name", equalTo("Zażółć gęślą jaźń 🎉"))
                .body("rules[0].match.keyword", equalTo("jaźń"));
        rules("{\"rules\":[]}");
    }

    @Test
    void aConversationIsReassignedByHandWithWhoAndWhenRecorded() {
        String team = "vip-" + suffix;
        putTeam(team, "{\"strategy\":\"round-robin\",\"members\":[" + always("manager1") + "," + offDuty("editor1")
                + "]}");
        String id = arrives("Chcę rozmawiać z kierownikiem", "pl", "complaint");
        JsonPath before = ownership(id);
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            JsonPath after = given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                    .body(Map.of("team", team, "assignee", "editor1")).put("/api/v1/conversations/" + id + "/assignment")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(team, after.getString("team"));
            assertEquals("editor1", after.getString("assignee"), "by hand, also to someone off duty");
            assertEquals("manual", after.getString("assignments[-1].reason"));
            assertEquals("agent1", after.getString("assignments[-1].assignedBy"));
            assertEquals(before.getString("assignee"), after.getString("assignments[-1].previousAssignee"));
            Event<ConversationAssigned> event = inbox.awaitEvent(ConversationAssigned.class,
                    e -> e.data().conversationId().toString().equals(id) && "manual".equals(e.data().reason()),
                    Duration.ofSeconds(20));
            assertEquals("agent1", event.data().assignedBy());
            assertEquals(before.getString("team"), event.data().previousTeam());
        }
        // Only a team: the team as a whole owns it.
        JsonPath teamOnly = given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("team", "care")).put("/api/v1/conversations/" + id + "/assignment").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("care", teamOnly.getString("team"));
        assertNull(teamOnly.getString("assignee"));

        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON).body(Map.of())
                .put("/api/v1/conversations/" + id + "/assignment").then().statusCode(400)
                .body("errors.field", hasItems("team", "assignee"));
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("team", "nope-" + suffix)).put("/api/v1/conversations/" + id + "/assignment").then()
                .statusCode(400).body("errors[0].field", equalTo("team"));
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("team", team, "assignee", "agent1")).put("/api/v1/conversations/" + id + "/assignment")
                .then().statusCode(400).body("detail", containsString("not a member of team"));
        given().header("Authorization", bearer("agent2")).contentType(ContentType.JSON)
                .body(Map.of("team", "care")).put("/api/v1/conversations/" + id + "/assignment").then()
                .statusCode(404);
        given().header("Authorization", bearer("agent1")).get("/api/v1/conversations/" + UUID.randomUUID()
                + "/ownership").then().statusCode(404).body("type", equalTo("/problems/not-found"));
        given().header("Authorization", bearer("agent1")).get("/api/v1/conversations/" + id + "/ownership").then()
                .body("assignments.assignedBy", hasItem("manager1")).body("assignee", not(equalTo("editor1")));
    }
}
