package io.parley.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.parley.e2e.PostWorkflow.approve;
import static io.parley.e2e.PostWorkflow.bearer;
import static io.parley.e2e.PostWorkflow.calendar;
import static io.parley.e2e.PostWorkflow.channelAccount;
import static io.parley.e2e.PostWorkflow.dueInAFewSeconds;
import static io.parley.e2e.PostWorkflow.read;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishing across the packaged services (issue 14): an approved story's Facebook variant falls due, the calendar's
 * scheduler hands it to the gateway, the sandbox channel records the Graph API call exactly once, and the variant
 * shows it published with its permalink and delay; a correction goes through approval again and is applied as an edit
 * of the post, the history keeping both texts; a deletion needs an approver and a reason.
 */
@ExtendWith(RunningStack.class)
class PublishingPipelineTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void anApprovedPostGoesOutOnceIsCorrectedInTheOpenAndIsDeletedOnlyWithAReason() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String facebook = channelAccount("facebook");
        String text = "Zimowa wyprzedaż rusza w piątek ❄ Χειμερινές εκπτώσεις " + run;
        Instant due = Instant.now().plusSeconds(40);
        JsonPath story = given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON)
                .body(Map.of("title", "Wyprzedaż " + run, "variants", List.of(Map.of("channelAccount", facebook,
                        "text", text, "scheduledFor", due.toString()))))
                .post(calendar("/stories")).then().statusCode(201).extract().jsonPath();
        String variant = "/stories/" + story.getString("id") + "/variants/" + story.getString("variants[0].id");
        given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON).body("{}")
                .post(calendar(variant + "/submit")).then().statusCode(200);
        approve(variant);
        assertEquals("scheduled", read(variant).getString("status"), "approved before its time");
        dueInAFewSeconds(variant); // the rest of the approval's margin is not waited for

        // Its time comes: published through the gateway's sandbox, with the post's id, permalink and delay.
        await().atMost(PATIENCE.plusSeconds(40)).pollInterval(Duration.ofSeconds(1)).until(() ->
                "published".equals(read(variant).getString("status")));
        JsonPath published = read(variant);
        String postId = published.getString("publication.platformPostId");
        assertEquals("published", published.getString("publication.state"));
        assertTrue(published.getString("publication.permalink").startsWith("https://sandbox.parley.local/facebook/"),
                published.getString("publication.permalink"));
        long delay = published.getLong("publication.delaySeconds");
        assertTrue(delay >= 0 && delay < 60, "went out at its time: " + delay + " s late");

        // The sandbox recorded the Graph API call once, with the text exactly as written.
        JsonPath ledger = read(variant + "/publications");
        String actionId = ledger.getString("items.find { it.kind == 'publish' }.actionId");
        List<Map<String, Object>> requests = given().header("Authorization", bearer("manager1"))
                .pathParam("brand", "acme").queryParam("actionId", actionId)
                .get(RunningStack.url(INGEST) + "/api/v1/brands/{brand}/sandbox/requests").then().statusCode(200).extract()
                .jsonPath().getList("items");
        assertEquals(1, requests.size(), "one request for one post: " + requests);
        assertTrue(String.valueOf(requests.get(0)).contains("/feed"), requests.get(0).toString());
        assertTrue(String.valueOf(requests.get(0)).contains(run), "the text as written: " + requests.get(0));

        // A correction, through approval again, applied as an edit of the same post.
        String corrected = "Zimowa wyprzedaż rusza w sobotę ❄ (poprawka: nie w piątek) " + run;
        JsonPath correction = given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON)
                .body(Map.of("text", corrected, "reason", "Zły dzień w pierwszej wersji."))
                .post(calendar(variant + "/corrections")).then().statusCode(201).extract().jsonPath();
        assertEquals("edit", correction.getString("kind"));
        String correctionPath = "/stories/" + story.getString("id") + "/variants/"
                + correction.getString("variant.id");
        approve(correctionPath);
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() ->
                corrected.equals(read(variant).getString("text")));
        JsonPath after = read(variant);
        assertEquals(postId, after.getString("publication.platformPostId"), "the same post, edited");
        String history = read(variant + "/history").prettify();
        assertTrue(history.contains(text) && history.contains(corrected), "both texts in the history: " + history);

        // Deleting needs an approver and a reason; nothing is reposted.
        given().header("Authorization", bearer("editor1")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Wyprzedaż odwołana.")).post(calendar(variant + "/deletion"))
                .then().statusCode(403);
        given().header("Authorization", bearer("approver1")).contentType(ContentType.JSON).body(Map.of())
                .post(calendar(variant + "/deletion")).then().statusCode(422);
        given().header("Authorization", bearer("approver1")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Wyprzedaż odwołana.")).post(calendar(variant + "/deletion"))
                .then().statusCode(202);
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() ->
                "deleted".equals(read(variant).getString("status")));
        assertEquals("approver1", read(variant).getString("deletion.by"));
    }
}
