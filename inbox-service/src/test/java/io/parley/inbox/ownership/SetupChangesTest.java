package io.parley.inbox.ownership;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.parley.inbox.ownership.OwnershipScenarios.always;
import static io.parley.inbox.ownership.OwnershipScenarios.bearer;
import static io.parley.inbox.ownership.OwnershipScenarios.defaultCareTeam;
import static io.parley.inbox.ownership.OwnershipScenarios.putTeam;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every change to the care setup is on the brand's trail, with who and when; a refused change leaves nothing. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class SetupChangesTest {

    private static JsonPath changes(String subject) {
        return given().header("Authorization", bearer("manager1")).queryParam("subject", subject).queryParam("limit", 20)
                .get("/api/v1/brands/acme/setup-changes").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void teamsRulesAndSavedRepliesAreRecordedWithWhoAndWhat() {
        defaultCareTeam();
        String team = "trail-" + UUID.randomUUID().toString().substring(0, 8);
        putTeam(team, "{\"strategy\":\"least-loaded\",\"awayLimitMinutes\":45,\"members\":[" + always("agent1") + "]}");
        JsonPath teams = changes("team");
        assertEquals(team, teams.getString("items[0].key"));
        assertEquals("created", teams.getString("items[0].action"));
        assertEquals("manager1", teams.getString("items[0].actor"));
        assertEquals("least-loaded", teams.getString("items[0].details.strategy"));
        assertEquals(45, teams.getInt("items[0].details.awayLimitMinutes"));
        assertEquals(List.of("agent1"), teams.getList("items[0].details.members.user"));

        // refused (agent2 cannot see acme): nothing changes, nothing recorded
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body("{\"strategy\":\"round-robin\",\"members\":[" + always("agent2") + "]}")
                .put("/api/v1/brands/acme/teams/" + team).then().statusCode(422);
        assertEquals("created", changes("team").getString("items[0].action"));

        given().header("Authorization", bearer("admin1")).contentType(ContentType.JSON).body("""
                {"rules":[{"name":"Trail rule","match":{"language":"el"},"team":"%s"}]}""".formatted(team))
                .put("/api/v1/brands/acme/assignment-rules").then().statusCode(200);
        JsonPath rules = changes("assignment-rules");
        assertEquals("admin1", rules.getString("items[0].actor"));
        assertEquals("Trail rule", rules.getString("items[0].details.rules[0].name"));
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON).body("{\"rules\":[]}")
                .put("/api/v1/brands/acme/assignment-rules").then().statusCode(200);
        given().header("Authorization", bearer("manager1")).delete("/api/v1/brands/acme/teams/" + team).then()
                .statusCode(204);
        assertEquals("deleted", changes("team").getString("items[0].action"));

        String id = given().header("Authorization", bearer("manager1")).contentType("application/json; charset=utf-8")
                .body("{\"language\":\"el\",\"title\":\"Καθυστέρηση δέματος\",\"body\":\"Γεια σου {author.firstName}!\"}")
                .post("/api/v1/brands/acme/saved-replies").then().statusCode(201).extract().path("id");
        given().header("Authorization", bearer("manager1")).delete("/api/v1/brands/acme/saved-replies/" + id).then()
                .statusCode(204);
        JsonPath replies = changes("saved-reply");
        assertEquals(List.of("deleted", "created"), List.of(replies.getString("items[0].action"),
                replies.getString("items[1].action")));
        assertEquals("Καθυστέρηση δέματος", replies.getString("items[1].details.title"));
        assertEquals(id, replies.getString("items[1].key"));

        given().header("Authorization", bearer("manager1")).get("/api/v1/brands/acme/setup-changes").then()
                .statusCode(200).body("items.subject", hasItem("team"));
        given().header("Authorization", bearer("manager1")).queryParam("subject", "logos")
                .get("/api/v1/brands/acme/setup-changes").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", org.hamcrest.Matchers.equalTo("subject"));
        given().header("Authorization", bearer("agent1")).get("/api/v1/brands/acme/setup-changes").then().statusCode(403);
        given().header("Authorization", bearer("manager1")).get("/api/v1/brands/globex/setup-changes").then().statusCode(404);
    }
}
