package io.parley.inbox.savedreplies;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Platform;
import io.parley.inbox.AnsweringScenarios.Heard;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AnsweringScenarios.arrives;
import static io.parley.inbox.AnsweringScenarios.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class SavedRepliesTest {

    private static String save(String language, String title, String body, String sentiment, String guidance) {
        Map<String, String> request = new HashMap<>(Map.of("language", language, "title", title, "body", body));
        if (sentiment != null) {
            request.put("sentiment", sentiment);
            request.put("guidance", guidance);
        }
        return given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON).body(request)
                .post("/api/v1/brands/acme/saved-replies").then().statusCode(201).extract().path("id");
    }

    @Test
    void anAngryCustomerGetsTheRepliesWrittenForThemFirstWithTheVariablesFilledIn() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String calm = save("el", "Ευχαριστούμε " + run, "Ευχαριστούμε, {author.firstName}! — {brand}", null, null);
        String angry = save("el", "Συγγνώμη " + run, "{author.firstName}, λυπούμαστε πολύ. Το ελέγχουμε τώρα. "
                + "{agent.name} στο {channel}", "negative", "Ζητήστε συγγνώμη μία φορά· δώστε το επόμενο βήμα.");
        String id = arrives(new Heard("acme", Platform.FACEBOOK, "1234567890", "t_" + UUID.randomUUID(),
                "el_" + run, "Ελένη Παπαδοπούλου", "Απαράδεκτο! Η παραγγελία μου χάθηκε", "el", "complaint",
                "negative", false));

        JsonPath suggestions = given().header("Authorization", bearer("agent1"))
                .get("/api/v1/conversations/" + id + "/saved-replies").then().statusCode(200).extract().jsonPath();
        List<String> ids = suggestions.getList("id");
        assertTrue(ids.indexOf(angry) < ids.indexOf(calm), "written for an angry customer: first");
        assertEquals("Ελένη, λυπούμαστε πολύ. Το ελέγχουμε τώρα. agent1 στο facebook",
                suggestions.getString("find { it.id == '" + angry + "' }.text"));
        assertEquals(true, suggestions.getBoolean("find { it.id == '" + angry + "' }.suggested"));
        assertEquals("Ζητήστε συγγνώμη μία φορά· δώστε το επόμενο βήμα.",
                suggestions.getString("find { it.id == '" + angry + "' }.guidance"));
        assertEquals("Ευχαριστούμε, Ελένη! — acme", suggestions.getString("find { it.id == '" + calm + "' }.text"));
        assertTrue(suggestions.getList("language").stream().allMatch("el"::equals), "the conversation's language");
    }

    @Test
    void managersWriteAgentsReadAndBadTemplatesAreRefused() {
        String id = save("ru", "Спасибо", "Спасибо, {author.name}!", null, null);
        given().header("Authorization", bearer("agent1")).get("/api/v1/brands/acme/saved-replies/" + id).then()
                .statusCode(200).body("body", equalTo("Спасибо, {author.name}!"));
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("language", "ru", "title", "Спасибо", "body", "Большое спасибо, {author.name}! 🙏"))
                .put("/api/v1/brands/acme/saved-replies/" + id).then().statusCode(200)
                .body("body", equalTo("Большое спасибо, {author.name}! 🙏"));
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("language", "ru", "title", "x", "body", "y")).post("/api/v1/brands/acme/saved-replies")
                .then().statusCode(403);
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("language", "ru", "title", "x", "body", "Заказ {order.id}"))
                .post("/api/v1/brands/acme/saved-replies").then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("unknown variable(s) {order.id}; use {author.name}, "
                        + "{author.firstName}, {brand}, {agent.name}, {channel}"));
        given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON)
                .body(Map.of("language", "Russian", "title", "x", "body", "y"))
                .post("/api/v1/brands/acme/saved-replies").then().statusCode(400);
        given().header("Authorization", bearer("agent2")).get("/api/v1/brands/acme/saved-replies/" + id).then()
                .statusCode(404);
        given().header("Authorization", bearer("agent2")).get("/api/v1/brands/acme/saved-replies").then()
                .statusCode(404);
        given().header("Authorization", bearer("manager1")).delete("/api/v1/brands/acme/saved-replies/" + id).then()
                .statusCode(204);
        given().header("Authorization", bearer("agent1")).get("/api/v1/brands/acme/saved-replies/" + id).then()
                .statusCode(404);
    }
}
