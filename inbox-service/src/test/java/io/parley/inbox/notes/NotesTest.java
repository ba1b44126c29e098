package io.parley.inbox.notes;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Topics;
import io.parley.contracts.inbox.NoteAdded;
import io.parley.testsupport.EventTail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AnsweringScenarios.bearer;
import static io.parley.inbox.InboxScenarios.WAIT;
import static io.parley.inbox.InboxScenarios.arrives;
import static io.parley.inbox.InboxScenarios.conversation;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class NotesTest {

    @Test
    void aNoteNamesWhoItMentionsAnnouncesThemAndOpensANewConversation() {
        String id = arrives("t_" + UUID.randomUUID(), "Zepsuty czajnik, chcę zwrot!");
        String text = "@manager1 czy możemy dać kod rabatowy? cc @Approver1. (klientka: zofia@example.com) 🙏";
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            String noteId = given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                    .body(Map.of("text", text)).post("/api/v1/conversations/" + id + "/notes").then().statusCode(201)
                    .body("mentioned", equalTo(List.of("manager1", "approver1"))).body("text", equalTo(text))
                    .body("author", equalTo("agent1")).extract().path("id");
            var event = inbox.awaitEvent(NoteAdded.class, e -> e.data().noteId().toString().equals(noteId), WAIT);
            assertEquals(List.of("manager1", "approver1"), event.data().mentioned());
            assertEquals(id, event.subject());
        }
        given().header("Authorization", bearer("manager1")).get("/api/v1/conversations/" + id + "/notes").then()
                .statusCode(200).body("items.text", equalTo(List.of(text)));
        assertEquals("open", conversation(id).getString("status"), "someone acted on it");
        List<String> actions = given().header("Authorization", bearer("agent1"))
                .get("/api/v1/conversations/" + id + "/audit").then().statusCode(200).extract().jsonPath()
                .getList("items.action");
        assertEquals(List.of("status_changed", "note_added"), actions);
    }

    @Test
    void badNotesAndOtherBrandsAreProblems() {
        String id = arrives("t_" + UUID.randomUUID(), "hej");
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON).body(Map.of("text", " "))
                .post("/api/v1/conversations/" + id + "/notes").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("text", "x".repeat(4001))).post("/api/v1/conversations/" + id + "/notes").then()
                .statusCode(400);
        given().header("Authorization", bearer("agent2")).contentType(ContentType.JSON).body(Map.of("text", "hi"))
                .post("/api/v1/conversations/" + id + "/notes").then().statusCode(404);
        given().header("Authorization", bearer("agent2")).get("/api/v1/conversations/" + id + "/notes").then()
                .statusCode(404);
    }
}
