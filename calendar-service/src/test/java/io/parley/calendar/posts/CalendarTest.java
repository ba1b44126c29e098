package io.parley.calendar.posts;

import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.posts.PostDrafted;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Editors plan posts per channel; everyone of the brand sees the calendar. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class CalendarTest {

    private static String as(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    /** A week of its own, so that other tests' posts do not fall into it. */
    private static Instant aFreeWeek() {
        return Instant.parse("2030-01-01T00:00:00Z").plus(Duration.ofDays(7L * ThreadLocalRandom.current()
                .nextInt(0, 5000)));
    }

    private static Map<String, Object> post(String platform, String title, String text, Instant at) {
        Map<String, Object> body = new HashMap<>();
        body.put("brand", "acme");
        body.put("platform", platform);
        body.put("title", title);
        body.put("text", text);
        body.put("plannedFor", at.toString());
        return body;
    }

    @Test
    void anEditorsDraftsAppearOnTheCalendarInTimeOrderAndByChannel() {
        Instant week = aFreeWeek();
        String greek = "Χειμερινή συλλογή ❄";
        String polishRussian = "Zażółć gęślą jaźń — и по-русски тоже";
        String late;
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            late = given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                    .body(post("facebook", greek, "❤", week.plus(Duration.ofDays(3))))
                    .post("/api/v1/posts").then().statusCode(201)
                    .header("Location", containsString("/api/v1/posts/"))
                    .body("status", equalTo("draft")).body("author", equalTo("editor1"))
                    .extract().path("id");
            Event<PostDrafted> drafted = posts.awaitEvent(PostDrafted.class,
                    e -> e.data().postId().toString().equals(late), Duration.ofSeconds(15));
            assertEquals(Platform.FACEBOOK, drafted.data().platform());
            assertEquals(greek, drafted.data().title());
        }
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(post("linkedin", "Hiring", polishRussian, week.plus(Duration.ofDays(1))))
                .post("/api/v1/posts").then().statusCode(201);

        JsonPath calendar = given().header("Authorization", as("agent1")).pathParam("brand", "acme")
                .queryParam("from", week.toString()).queryParam("to", week.plus(Duration.ofDays(7)).toString())
                .get("/api/v1/brands/{brand}/calendar").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("linkedin", "facebook"), calendar.getList("posts.platform"));
        assertArrayEquals(polishRussian.getBytes(StandardCharsets.UTF_8),
                calendar.getString("posts[0].text").getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(greek.getBytes(StandardCharsets.UTF_8),
                calendar.getString("byPlatform.facebook[0].title").getBytes(StandardCharsets.UTF_8));
        assertEquals(late, calendar.getString("byPlatform.facebook[0].id"));

        given().header("Authorization", as("agent1")).pathParam("brand", "acme").queryParam("platform", "linkedin")
                .queryParam("from", week.toString()).queryParam("to", week.plus(Duration.ofDays(7)).toString())
                .get("/api/v1/brands/{brand}/calendar").then().statusCode(200).body("posts.size()", equalTo(1));
        given().header("Authorization", as("agent1")).get("/api/v1/posts/" + late).then().statusCode(200)
                .body("title", equalTo(greek));
        given().header("Authorization", as("agent2")).get("/api/v1/posts/" + late).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void invalidDraftsAreRefusedWithTheFieldAndStoreNothing() {
        Instant week = aFreeWeek();
        Map<String, Object> noTitle = post("facebook", "", "text", week);
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON).body(noTitle)
                .post("/api/v1/posts").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("title"));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(post("myspace", "t", "x", week)).post("/api/v1/posts").then().statusCode(400)
                .body("detail", equalTo("platform: unknown platform 'myspace'"));
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body("{\"brand\":\"acme\",\"platform\":\"x\",\"title\":\"t\",\"text\":\"x\",\"plannedFor\":\"soon\"}")
                .post("/api/v1/posts").then().statusCode(400).body("type", equalTo("/problems/bad-request"));
        given().header("Authorization", as("agent1")).pathParam("brand", "acme")
                .queryParam("from", week.toString()).queryParam("to", week.plus(Duration.ofDays(7)).toString())
                .get("/api/v1/brands/{brand}/calendar").then().statusCode(200).body("posts.size()", equalTo(0));
    }

    @Test
    void badRangesAndOtherBrandsAreProblems() {
        Instant week = aFreeWeek();
        given().header("Authorization", as("agent1")).pathParam("brand", "acme")
                .queryParam("from", week.toString()).queryParam("to", week.toString())
                .get("/api/v1/brands/{brand}/calendar").then().statusCode(400).body("detail", equalTo("from: must be before to"));
        given().header("Authorization", as("agent1")).pathParam("brand", "acme")
                .queryParam("from", week.toString()).queryParam("to", week.plus(Duration.ofDays(400)).toString())
                .get("/api/v1/brands/{brand}/calendar").then().statusCode(400)
                .body("detail", equalTo("from: the window may span at most 366 days"));
        given().header("Authorization", as("agent1")).pathParam("brand", "acme")
                .queryParam("from", week.toString()).queryParam("to", week.plus(Duration.ofDays(366)).toString())
                .get("/api/v1/brands/{brand}/calendar").then().statusCode(200);
        given().header("Authorization", as("agent1")).pathParam("brand", "acme").queryParam("to", week.toString())
                .get("/api/v1/brands/{brand}/calendar").then().statusCode(400).body("detail", equalTo("from: is required"));
        given().header("Authorization", as("agent2")).pathParam("brand", "acme")
                .queryParam("from", week.toString()).queryParam("to", week.plus(Duration.ofDays(1)).toString())
                .get("/api/v1/brands/{brand}/calendar").then().statusCode(404);
        given().header("Authorization", as("agent1")).contentType(ContentType.JSON)
                .body(post("facebook", "t", "x", week)).post("/api/v1/posts").then().statusCode(403);
        given().header("Authorization", as("agent2")).get("/api/v1/posts/" + UUID.randomUUID()).then().statusCode(404);
        given().pathParam("brand", "acme").queryParam("from", week.toString())
                .queryParam("to", week.plus(Duration.ofDays(1)).toString())
                .get("/api/v1/brands/{brand}/calendar").then().statusCode(401);
    }
}
