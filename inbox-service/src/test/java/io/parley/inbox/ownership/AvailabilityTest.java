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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.ownership.OwnershipScenarios.always;
import static io.parley.inbox.ownership.OwnershipScenarios.bearer;
import static io.parley.inbox.ownership.OwnershipScenarios.defaultCareTeam;
import static io.parley.inbox.ownership.OwnershipScenarios.messageArrives;
import static io.parley.inbox.ownership.OwnershipScenarios.ownership;
import static io.parley.inbox.ownership.OwnershipScenarios.putTeam;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agents set themselves available, away or offline; routing gives new conversations only to available members on
 * duty; a member away longer than the team's away limit has their open conversations returned to the team (issue 16,
 * item 4). The members are real people of the realm made for the test (Keycloak users of acme with the agent role).
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class AvailabilityTest {

    @Inject
    EntityManager em;

    @Inject
    AwayScanner scanner;

    private String suffix;
    private String account;
    private String ola;
    private String ela;

    @BeforeEach
    void freshPeople() {
        defaultCareTeam();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        account = "avail_" + suffix;
        ola = RealmUsers.create("ola-" + suffix, "acme", "agent");
        ela = RealmUsers.create("ela-" + suffix, "acme", "agent");
    }

    @AfterEach
    void removePeople() {
        RealmUsers.delete(ola);
        RealmUsers.delete(ela);
    }

    private void routeTo(String team) {
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON).body("""
                {"rules":[{"name":"Availability %1$s","match":{"channelAccountId":"%1$s"},"team":"%2$s"}]}"""
                .formatted(account, team)).put("/api/v1/brands/acme/assignment-rules").then().statusCode(200);
    }

    private String arrives(String text) {
        return messageArrives(Platform.FACEBOOK, account, text, "pl", "question", Instant.now());
    }

    private JsonPath setAvailability(String user, String state) {
        return given().header("Authorization", bearer(user)).contentType(ContentType.JSON)
                .body(Map.of("state", state)).put("/api/v1/me/availability").then().statusCode(200)
                .body("user", equalTo(user)).body("state", equalTo(state)).extract().jsonPath();
    }

    @Test
    void anAgentSetAwayReceivesNoNewConversationsWhileAnAvailableTeammateDoes() {
        String team = "shift-" + suffix;
        assertEquals(201, putTeam(team, "{\"strategy\":\"round-robin\",\"managers\":[\"manager1\"],\"members\":["
                + always(ola) + "," + always(ela) + "]}"));
        routeTo(team);
        try {
            given().header("Authorization", bearer(ola)).get("/api/v1/me/availability").then().statusCode(200)
                    .body("state", equalTo("available")).body("since", equalTo(null));
            assertEquals(ola, ownership(arrives("Czy macie rozmiar 42?")).getString("assignee"));
            assertEquals(ela, ownership(arrives("A 43?")).getString("assignee"), "in turn while both are available");

            String since = setAvailability(ola, "away").getString("since");
            assertEquals(since, setAvailability(ola, "away").getString("since"), "away again keeps since");
            for (String text : List.of("Gdzie jest paczka?", "Πού είναι το δέμα;", "Где посылка?")) {
                assertEquals(ela, ownership(arrives(text)).getString("assignee"), "ola is away: " + text);
            }
            // The team's managers (and everyone of the brand) see who is available.
            JsonPath view = given().header("Authorization", bearer("manager1")).get("/api/v1/brands/acme/teams/" + team)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals("away", view.getString("availability.find { it.user == '" + ola + "' }.state"));
            assertEquals(since, view.getString("availability.find { it.user == '" + ola + "' }.since"));
            assertEquals("available", view.getString("availability.find { it.user == '" + ela + "' }.state"));

            // Nobody of the team available: a rule gap, as when nobody is on duty — the default team takes it.
            setAvailability(ela, "offline");
            JsonPath nobody = ownership(arrives("Halo?"));
            assertEquals("care", nobody.getString("team"));
            assertEquals("agent1", nobody.getString("assignee"));
            assertEquals("fallback", nobody.getString("assignments[0].reason"));

            setAvailability(ola, "available");
            assertEquals(ola, ownership(arrives("Jestem znowu")).getString("assignee"), "back: ola takes them again");
        } finally {
            routeTo("care");
        }

        given().header("Authorization", bearer(ola)).contentType(ContentType.JSON).body(Map.of("state", "lunch"))
                .put("/api/v1/me/availability").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("state"));
        given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON)
                .body(Map.of("state", "away")).put("/api/v1/me/availability").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("state", "away")).put("/api/v1/me/availability").then()
                .statusCode(401);
    }

    @Test
    void afterTheTeamsAwayLimitTheAwayAgentsOpenConversationsReturnToTheTeam() {
        String team = "limit-" + suffix;
        assertEquals(201, putTeam(team, "{\"strategy\":\"round-robin\",\"awayLimitMinutes\":1,\"members\":["
                + always(ola) + "," + always(ela) + "]}"));
        given().header("Authorization", bearer("agent1")).get("/api/v1/brands/acme/teams/" + team).then()
                .statusCode(200).body("awayLimitMinutes", equalTo(1));
        routeTo(team);
        String olas;
        String elas;
        String answered;
        try {
            olas = arrives("Zamówienie 1 nie dotarło");
            elas = arrives("Zamówienie 2 nie dotarło");
            answered = arrives("Zamówienie 3 nie dotarło");
        } finally {
            routeTo("care");
        }
        assertEquals(ola, ownership(olas).getString("assignee"));
        assertEquals(ela, ownership(elas).getString("assignee"));
        assertEquals(ola, ownership(answered).getString("assignee"));
        given().header("Authorization", bearer(ola)).contentType(ContentType.JSON)
                .body(Map.of("status", "pending_customer")).put("/api/v1/conversations/" + answered + "/status")
                .then().statusCode(200);

        setAvailability(ola, "away");
        QuarkusTransaction.requiringNew().call(scanner::returnOverdue);
        assertEquals(ola, ownership(olas).getString("assignee"), "away for less than the limit: still ola's");

        // The clock the tests can move: ola went away two minutes ago.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE agent_availability SET since = since - interval '2 minutes' WHERE user_name = ?1")
                .setParameter(1, ola).executeUpdate());
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            QuarkusTransaction.requiringNew().call(scanner::returnOverdue);
            JsonPath returned = ownership(olas);
            assertEquals(team, returned.getString("team"), "back in the team's queue");
            assertNull(returned.getString("assignee"), "nobody owns it in person");
            assertEquals("away-limit", returned.getString("assignments[-1].reason"));
            assertEquals(ola, returned.getString("assignments[-1].previousAssignee"));
            Event<ConversationAssigned> event = inbox.awaitEvent(ConversationAssigned.class,
                    e -> e.data().conversationId().toString().equals(olas)
                            && "away-limit".equals(e.data().reason()), Duration.ofSeconds(20));
            assertNull(event.data().assignee());
            assertEquals(ola, event.data().previousAssignee());
            assertEquals(team, event.data().team());
        }
        given().header("Authorization", bearer("agent1")).get("/api/v1/conversations/" + olas + "/audit").then()
                .statusCode(200).body("items.find { it.action == 'returned_to_team' }.details.assignee", equalTo(ola))
                .body("items.find { it.action == 'returned_to_team' }.details.awayLimitMinutes", equalTo(1))
                .body("items.find { it.action == 'returned_to_team' }.at", notNullValue());
        assertEquals(ela, ownership(elas).getString("assignee"), "an available member keeps hers");
        assertEquals(ola, ownership(answered).getString("assignee"), "only open conversations go back");
        assertTrue(given().header("Authorization", bearer("agent1")).queryParam("team", team)
                .queryParam("status", "new,open").queryParam("assignee", ola).get("/api/v1/conversations").then()
                .statusCode(200).extract().jsonPath().getList("items").isEmpty(), "none of the open queue is ola's");

        assertEquals(400, putTeam(team, "{\"strategy\":\"round-robin\",\"awayLimitMinutes\":0,\"members\":["
                + always(ola) + "]}"));
    }

    @Test
    void aTeamMemberOrManagerMustBeSomeoneWhoCanSeeTheBrand() {
        String team = "people-" + suffix;
        // agent2 is real, but of globex only; "nobody" is no one at all
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body("{\"strategy\":\"round-robin\",\"managers\":[\"manager1\",\"agent2\"],\"members\":["
                        + always("agent1") + "," + always("agent2") + "," + always("nobody-" + suffix) + "]}")
                .put("/api/v1/brands/acme/teams/" + team).then().statusCode(422)
                .contentType(startsWith("application/problem+json")).body("type", equalTo("/problems/unprocessable"))
                .body("errors.field", equalTo(List.of("managers[1]", "members[1].user", "members[2].user")))
                .body("errors[1].message", startsWith("'agent2' is no one who can see acme"));
        given().header("Authorization", bearer("agent1")).get("/api/v1/brands/acme/teams/" + team).then()
                .statusCode(404);
        // a colleague added to the brand a moment ago counts at once
        assertEquals(201, putTeam(team, "{\"strategy\":\"round-robin\",\"managers\":[\"manager1\"],\"members\":["
                + always("agent1") + "," + always(ola) + "]}"));
        given().header("Authorization", bearer("admin1")).contentType(ContentType.JSON)
                .body("{\"strategy\":\"round-robin\",\"members\":[" + always("agent1") + "]}")
                .put("/api/v1/brands/globex/teams/" + team).then().statusCode(422)
                .body("errors[0].field", equalTo("members[0].user"));
    }
}
