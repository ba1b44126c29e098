package io.parley.calendar.comments;

import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.posts.StoryCommentAdded;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.parley.calendar.Fixtures.STORIES;
import static io.parley.calendar.Fixtures.as;
import static io.parley.calendar.Fixtures.oneVariant;
import static io.parley.calendar.Fixtures.variant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Colleagues discuss a draft: threads, mentions, a span of the text, internal or external, resolved. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class CommentsTest {

    static Map<String, Object> comment(String text, Object variantId, Object parentId, String visibility,
            Map<String, Integer> span) {
        Map<String, Object> c = new HashMap<>();
        c.put("text", text);
        c.put("variantId", variantId);
        c.put("parentId", parentId);
        c.put("visibility", visibility);
        c.put("span", span);
        return c;
    }

    @Test
    void aThreadOnASpanWithMentionsIsResolved() {
        JsonPath story = oneVariant(variant(Neighbours.FACEBOOK, "Zimowa kolekcja już jest ❄ Która kurtka?"));
        String comments = STORIES + "/" + story.getString("id") + "/comments";
        String variantId = story.getString("variants[0].id");
        String first;
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            first = given().header("Authorization", as("approver1")).contentType(ContentType.JSON)
                    .body(comment("@editor1 czy możemy skrócić „Zimowa kolekcja”? cc @manager1, ask anna@agency.example",
                            variantId, null, null, Map.of("start", 0, "end", 15)))
                    .post(comments).then().statusCode(201).body("mentions", equalTo(List.of("editor1", "manager1")))
                    .body("visibility", equalTo("internal")).body("span.end", equalTo(15))
                    .body("resolved", nullValue()).extract().path("id");
            String id = first;
            Event<StoryCommentAdded> added = posts.awaitEvent(StoryCommentAdded.class,
                    e -> e.data().commentId().toString().equals(id), Duration.ofSeconds(15));
            assertEquals(List.of("editor1", "manager1"), added.data().mentions());
        }
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(comment("Tak — Ζεστό και άνετο 🧣", variantId, first, "external", null)).post(comments).then()
                .statusCode(201).body("parentId", equalTo(first)).body("author", equalTo("editor1"));
        // A span beyond the text (40 code points), a span without a variant, a blank text, another story's parent.
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(comment("x", variantId, null, null, Map.of("start", 30, "end", 41))).post(comments).then()
                .statusCode(400).body("errors[0].field", equalTo("span"));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(comment("x", null, null, null, Map.of("start", 0, "end", 1))).post(comments).then()
                .statusCode(400).body("errors[0].field", equalTo("span"));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(comment(" ", null, null, null, null)).post(comments).then().statusCode(400);
        JsonPath other = oneVariant(variant(Neighbours.X, "other"));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(comment("x", null, first, null, null)).post(STORIES + "/" + other.getString("id") + "/comments")
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        given().header("Authorization", as("agent1")).contentType(ContentType.JSON)
                .body(comment("x", null, null, null, null)).post(comments).then().statusCode(403);

        given().header("Authorization", as("editor1")).post(comments + "/" + first + "/resolve").then()
                .statusCode(200).body("resolved.by", equalTo("editor1"));
        JsonPath thread = given().header("Authorization", as("agent1")).get(comments).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, thread.getList("items").size());
        assertEquals("Tak — Ζεστό και άνετο 🧣", thread.getString("items[1].text"));
        assertEquals("editor1", thread.getString("items[0].resolved.by"));
        given().header("Authorization", as("agent2")).get(comments).then().statusCode(404);
    }
}
