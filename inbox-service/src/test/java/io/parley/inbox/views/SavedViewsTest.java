package io.parley.inbox.views;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Platform;
import io.parley.inbox.AnsweringScenarios.Heard;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AnsweringScenarios.arrives;
import static io.parley.inbox.AnsweringScenarios.bearer;
import static io.parley.inbox.ownership.OwnershipScenarios.always;
import static io.parley.inbox.ownership.OwnershipScenarios.putTeam;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved views of the queue: a person's own and a team's, each listed with its count. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class SavedViewsTest {

    private static final String VIEWS = "/api/v1/brands/acme/views";

    @Test
    void anAgentSavesAViewListsItWithItsCountChangesItAndDeletesIt() {
        String account = "views_" + UUID.randomUUID().toString().substring(0, 8);
        arrives(heard(account, "Zepsute! Oddajcie pieniądze", "complaint", "negative"));
        arrives(heard(account, "Nadal nie działa, skandal", "complaint", "negative"));
        arrives(heard(account, "Czy wysyłacie do Grecji?", "question", "neutral"));
        String name = "Skargi " + account;

        var created = save("agent1", Map.of("name", name, "filters", Map.of("status", "new,open",
                "channelAccount", account, "moment", "complaint"), "sort", "newest")).statusCode(201)
                .header("Location", startsWith("http")).body("scope", equalTo("personal"))
                .body("owner", equalTo("agent1")).body("sort", equalTo("newest")).body("total", equalTo(2))
                .body("totalIsEstimate", equalTo(false)).body("filters.moment", equalTo("complaint"))
                .extract().jsonPath();
        String id = created.getString("id");

        List<Map<String, Object>> mine = given().header("Authorization", bearer("agent1")).get(VIEWS).then()
                .statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> listed = mine.stream().filter(v -> id.equals(v.get("id"))).findFirst().orElseThrow();
        assertEquals(2, listed.get("total"), "listed with how many conversations it holds now");
        assertEquals(name, listed.get("name"));

        // Another person does not see agent1's own view, not even a manager.
        given().header("Authorization", bearer("manager1")).get(VIEWS + "/" + id).then().statusCode(404);
        assertFalse(given().header("Authorization", bearer("manager1")).get(VIEWS).then().statusCode(200).extract()
                .jsonPath().getList("items.id").contains(id));
        given().header("Authorization", bearer("agent2")).get(VIEWS).then().statusCode(404); // globex only
        given().header("Authorization", bearer("editor1")).get(VIEWS).then().statusCode(403);

        // Changed to every status: the count follows.
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("name", name, "filters", Map.of("channelAccount", account), "sort", "due"))
                .put(VIEWS + "/" + id).then().statusCode(200).body("total", equalTo(3)).body("sort", equalTo("due"));
        save("agent1", Map.of("name", name.toUpperCase(), "filters", Map.of())).statusCode(409)
                .body("type", equalTo("/problems/conflict"));

        given().header("Authorization", bearer("agent1")).delete(VIEWS + "/" + id).then().statusCode(204);
        given().header("Authorization", bearer("agent1")).get(VIEWS + "/" + id).then().statusCode(404);
    }

    @Test
    void aTeamsViewIsSeenByTheTeamAndTheBrandsManagers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String team = "views-" + suffix;
        assertTrue(putTeam(team, "{\"strategy\":\"round-robin\",\"default\":false,\"managers\":[],\"members\":["
                + always("agent1") + "]}") / 100 == 2);
        String id = save("agent1", Map.of("name", "Przeterminowane " + suffix, "team", team,
                "filters", Map.of("status", "new,open", "breached", "true"))).statusCode(201)
                .body("scope", equalTo("team")).body("team", equalTo(team)).extract().path("id");
        given().header("Authorization", bearer("manager1")).get(VIEWS + "/" + id).then().statusCode(200)
                .body("team", equalTo(team));
        assertTrue(given().header("Authorization", bearer("manager1")).get(VIEWS).then().extract().jsonPath()
                .getList("items.id").contains(id));
        // agent1 may not share with a team they are not in.
        save("agent1", Map.of("name", "Obcy " + suffix, "team", "care-el-" + suffix, "filters", Map.of()))
                .statusCode(400).body("errors[0].field", equalTo("team"));
    }

    @Test
    void aViewHoldsOnlyWhatTheQueueCanListAndTheRefusalNamesTheField() {
        for (Object[] bad : new Object[][] {
                {Map.of("name", "x", "filters", Map.of("moment", "rant")), "filters.moment"},
                {Map.of("name", "x", "filters", Map.of("colour", "red")), "filters.colour"},
                {Map.of("name", "x", "filters", Map.of("dueWithinMinutes", "soon")), "filters.dueWithinMinutes"},
                {Map.of("name", "x", "filters", Map.of("status", "closed")), "filters.status"},
                {Map.of("name", "x", "filters", Map.of("q", "   ")), "filters.q"},
                {Map.of("name", "x", "sort", "sideways"), "sort"},
                {Map.of("name", " ", "filters", Map.of()), "name"},
                {Map.of("name", "x".repeat(101)), "name"}}) {
            save("agent1", (Map<?, ?>) bad[0]).statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo(bad[1]));
        }
        Map<String, Object> noFilters = new HashMap<>();
        noFilters.put("name", "Everything " + UUID.randomUUID());
        String id = save("agent1", noFilters).statusCode(201).body("sort", equalTo("due"))
                .body("filters.size()", equalTo(0)).extract().path("id");
        given().header("Authorization", bearer("agent1")).delete(VIEWS + "/" + id).then().statusCode(204);
    }

    private static ValidatableResponse save(String user, Map<?, ?> body) {
        return given().header("Authorization", bearer(user)).contentType(ContentType.JSON).body(body).post(VIEWS)
                .then();
    }

    private static Heard heard(String account, String text, String moment, String sentiment) {
        return new Heard("acme", Platform.X, account, "t_" + UUID.randomUUID(), "au_" + UUID.randomUUID(), "Ola",
                text, "pl", moment, sentiment, false);
    }
}
