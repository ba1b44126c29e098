package io.parley.inbox.people;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.InboxScenarios.arrives;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The people who can see a brand, read from the realm (Keycloak, with inbox-service's own client), are the ones a
 * note can mention: the picker lists them, and a typo or someone of another brand is refused, naming the name.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class PeopleTest {

    static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user)));
    }

    @Test
    void theDirectoryListsTheBrandsPeopleWithTheirRolesAndNoOneElse() {
        JsonPath acme = as("agent1").get("/api/v1/brands/acme/people").then().statusCode(200)
                .body("brand", equalTo("acme")).extract().jsonPath();
        List<String> users = acme.getList("people.user");
        assertTrue(users.containsAll(List.of("admin1", "agent1", "approver1", "editor1", "manager1")), users.toString());
        assertFalse(users.contains("agent2"), "agent2 is of globex only");
        assertFalse(users.stream().anyMatch(u -> u.startsWith("service-account-")), "an integrator is no one to tell");
        assertEquals(List.of("agent", "approver", "manager"),
                acme.getList("people.find { it.user == 'manager1' }.roles"));
        // the picker narrows as the agent types: user names and words of names, a leading @ ignored
        as("agent1").queryParam("q", "@MAN").get("/api/v1/brands/acme/people").then().statusCode(200)
                .body("people.user", equalTo(List.of("manager1")));
        as("agent2").get("/api/v1/brands/globex/people").then().statusCode(200)
                .body("people.user", org.hamcrest.Matchers.hasItems("agent2", "admin1"));
        // another brand's people are not the caller's to read; an approver writes no notes
        as("agent1").get("/api/v1/brands/globex/people").then().statusCode(404)
                .contentType("application/problem+json");
        as("approver1").get("/api/v1/brands/acme/people").then().statusCode(403);
    }

    @Test
    void aNoteMentioningATypoOrSomeoneOfAnotherBrandIsRefusedNamingTheName() {
        String id = arrives("t_" + UUID.randomUUID(), "Gdzie moja paczka?");
        as("agent1").contentType(ContentType.JSON).body(Map.of("text", "@manger1 zobacz proszę ten zwrot"))
                .post("/api/v1/conversations/" + id + "/notes").then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("/problems/unprocessable"))
                .body("detail", containsString("@manger1"))
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("did you mean @manager1?"));
        // agent2 is real, but of globex: nobody of acme would be told
        as("agent1").contentType(ContentType.JSON).body(Map.of("text", "@manager1 i @agent2 — pomóżcie"))
                .post("/api/v1/conversations/" + id + "/notes").then().statusCode(422)
                .body("errors.message", org.hamcrest.Matchers.hasSize(1))
                .body("errors[0].message", containsString("@agent2 is no one who can see acme"));
        as("agent1").get("/api/v1/conversations/" + id + "/notes").then().statusCode(200)
                .body("items.size()", equalTo(0));
        // the brand's people are told, whatever case they are written in
        as("agent1").contentType(ContentType.JSON).body(Map.of("text", "@Manager1 i @editor1 — pomóżcie 🙏"))
                .post("/api/v1/conversations/" + id + "/notes").then().statusCode(201)
                .body("mentioned", equalTo(List.of("manager1", "editor1")));
    }
}
