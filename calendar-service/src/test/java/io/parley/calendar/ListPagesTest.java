package io.parley.calendar;

import io.parley.calendar.cadence.ListeningTopic;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.testsupport.Pages;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.calendar.Fixtures.STORIES;
import static io.parley.calendar.Fixtures.as;
import static io.parley.calendar.Fixtures.change;
import static io.parley.calendar.Fixtures.oneVariant;
import static io.parley.calendar.Fixtures.submit;
import static io.parley.calendar.Fixtures.variant;
import static io.parley.calendar.Fixtures.variantPath;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar's lists are pages ({@code items}, {@code nextCursor}; docs/api/README.md "Lists are pages"): read two at
 * a time (one for the approvals) they hold every row once, in their order, the same rows as one large page; a garbled
 * cursor, another listing's cursor or a limit out of range is a 400 naming it.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class ListPagesTest {

    /** Every item of the list at {@code path} as {@code user} reads it {@code limit} at a time. */
    @SuppressWarnings("unchecked")
    private static Pages.Read read(String user, String path, int limit) {
        return Pages.readAll(limit, cursor -> {
            RequestSpecification request = given().header("Authorization", as(user)).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            return request.get(path).then().statusCode(200).extract().as(Map.class);
        });
    }

    private static String firstCursor(String user, String path) {
        return given().header("Authorization", as(user)).queryParam("limit", 1).get(path).then().statusCode(200)
                .extract().path("nextCursor");
    }

    @Test
    void aStorysCommentsVersionsHistoryAndReviewersComeWholeAcrossPages() {
        JsonPath story = oneVariant(variant(Neighbours.FACEBOOK, "Zimowa kolekcja ❄ wersja 1"));
        String storyPath = STORIES + "/" + story.getString("id");
        String v = variantPath(story, 0);

        List<String> comments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            comments.add(given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                    .body(Map.of("text", "Uwaga " + i + " — Σχόλιο")).post(storyPath + "/comments").then()
                    .statusCode(201).extract().path("id"));
        }
        Pages.Read read = read("agent1", storyPath + "/comments", 2);
        assertEquals(3, read.pages(), "five comments at two a page");
        assertEquals(comments, read.values("id"), "every comment once, oldest first");

        for (int i = 2; i <= 5; i++) {
            change("editor1", v, Map.of("text", "Zimowa kolekcja ❄ wersja " + i)).then().statusCode(200);
        }
        read = read("agent1", v + "/versions", 2);
        assertEquals(3, read.pages());
        assertEquals(List.of(1, 2, 3, 4, 5), read.values("version"), "every version once, oldest first");
        assertEquals("Zimowa kolekcja ❄ wersja 5", read.items().get(4).get("text"));

        Pages.Read history = read("agent1", v + "/history", 2);
        assertEquals(read("agent1", v + "/history", 200).items(), history.items(),
                "the variant's history in pages is the history in one");
        assertEquals(5, history.items().stream().filter(e -> "version".equals(e.get("kind"))).count());

        List<String> reviewers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reviewers.add(given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                    .body(Map.of("email", "pages-" + i + "@agency.example", "name", "Agencja " + i))
                    .post(storyPath + "/reviewers").then().statusCode(201).extract().path("id"));
        }
        read = read("agent1", storyPath + "/reviewers", 2);
        assertEquals(2, read.pages());
        assertEquals(reviewers, read.values("id"), "every reviewer once, in the order invited");

        Pages.Read trail = read("agent1", storyPath + "/history", 2);
        Pages.Read whole = read("agent1", storyPath + "/history", 200);
        assertEquals(1, whole.pages());
        assertEquals(whole.items(), trail.items(), "the story's history in pages is the history in one");
        assertTrue(trail.pages() >= 5, "a created story, 5 comments, 4 changes and 3 invitations: " + trail.pages());
        assertEquals(3, trail.items().stream().filter(e -> "reviewer-invited".equals(e.get("action"))).count());

        // A cursor of one listing is not one of another's; a garbled one is refused, as is a limit out of range.
        String commentsCursor = firstCursor("agent1", storyPath + "/comments");
        for (String path : List.of(storyPath + "/history", storyPath + "/reviewers", v + "/versions", v + "/history",
                v + "/publications", "/api/v1/brands/acme/calendar-feeds", "/api/v1/brands/acme/publishing-pause/history")) {
            given().header("Authorization", as("manager1")).queryParam("cursor", commentsCursor).get(path).then()
                    .statusCode(400).body("errors[0].field", equalTo("cursor"));
        }
        for (String path : List.of(storyPath + "/comments", "/api/v1/brands/acme/approvals")) {
            given().header("Authorization", as("manager1")).queryParam("cursor", "bm90IG91cnM").get(path).then()
                    .statusCode(400).body("errors[0].field", equalTo("cursor"));
            given().header("Authorization", as("manager1")).queryParam("limit", 201).get(path).then()
                    .statusCode(400).body("errors[0].field", equalTo("limit"));
        }
        // A ledger and a pause history are pages too, empty here
        given().header("Authorization", as("agent1")).get(v + "/publications").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("nextCursor", equalTo(null));
    }

    @Test
    void feedsAndWaitingApprovalsComeWholeAcrossPages() {
        List<String> feeds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            feeds.add(given().header("Authorization", as("approver1")).contentType(ContentType.JSON)
                    .body(Map.of("scope", "mine")).post("/api/v1/brands/acme/calendar-feeds").then().statusCode(201)
                    .extract().path("id"));
        }
        Pages.Read read = read("approver1", "/api/v1/brands/acme/calendar-feeds", 2);
        List<Object> ids = read.values("id");
        assertEquals(ids.size(), ids.stream().distinct().count(), "no feed twice: " + ids);
        List<String> newestFirst = new ArrayList<>(feeds);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, ids.stream().filter(feeds::contains).toList(), "every one, newest first");

        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonPath story = oneVariant(variant(Neighbours.FACEBOOK, "Czeka " + run + " " + i));
            submit("editor1", variantPath(story, 0)).then().statusCode(200);
            waiting.add(story.getString("variants[0].id"));
        }
        read = read("approver1", "/api/v1/brands/acme/approvals", 1);
        @SuppressWarnings("unchecked")
        List<Object> variants = read.items().stream().map(w -> ((Map<String, Object>) w.get("variant")).get("id"))
                .toList();
        assertEquals(variants.size(), variants.stream().distinct().count(), "no variant twice: " + variants);
        assertEquals(waiting, variants.stream().filter(waiting::contains).toList(),
                "every one of them, longest waiting first");
        assertTrue(read.pages() >= 3);
    }
}
