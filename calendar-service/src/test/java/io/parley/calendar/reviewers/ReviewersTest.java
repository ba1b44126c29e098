package io.parley.calendar.reviewers;

import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.posts.ApprovalDecided;
import io.parley.contracts.posts.ReviewerInvited;
import io.parley.contracts.posts.ReviewerRevoked;
import io.parley.contracts.posts.VariantApproved;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.mail.Mailboxes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.calendar.Fixtures.STORIES;
import static io.parley.calendar.Fixtures.as;
import static io.parley.calendar.Fixtures.decide;
import static io.parley.calendar.Fixtures.oneVariant;
import static io.parley.calendar.Fixtures.submit;
import static io.parley.calendar.Fixtures.variant;
import static io.parley.calendar.Fixtures.variantPath;
import static io.parley.calendar.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An external reviewer, without an account, reviews one story through a link: sees only that story, approves the
 * client's step, comments — every action under the link's id; the link expires, is revoked, and is rate-limited.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class ReviewersTest {

    @Inject
    EntityManager em;

    static final Duration WAIT = Duration.ofSeconds(15);

    static JsonPath invite(String storyId, String email) {
        return given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("email", email, "name", "Anna Nowak (agencja)"))
                .post(STORIES + "/" + storyId + "/reviewers").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void theReviewerGetsTheLinkByEmailAndTheHistorySaysSo() {
        String title = "Χειμερινή συλλογή ❄ Zimowa <kolekcja> 🌷 Зимняя коллекция " + UUID.randomUUID().toString()
                .substring(0, 6);
        JsonPath story = given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("title", title, "variants", List.of(variant(Neighbours.FACEBOOK, "Zimowa kolekcja ❄"))))
                .post(STORIES).then().statusCode(201).extract().jsonPath();
        String address = "zofia-" + UUID.randomUUID().toString().substring(0, 8) + "@client.example";
        JsonPath reviewer = given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("email", address, "name", "Zofia Żółkiewska")).post(STORIES + "/" + story.getString("id")
                        + "/reviewers").then().statusCode(201).extract().jsonPath();
        assertTrue(reviewer.getBoolean("emailed"), "e-mailed");
        assertEquals(null, reviewer.getString("emailProblem"));

        Mailboxes.Message mail = Mailboxes.await(address, m -> m.subject().contains(title), WAIT);
        assertEquals("Please review “" + title + "” (acme)", mail.subject());
        assertTrue(mail.from().contains("no-reply@parley.local"), mail.from());
        assertTrue(mail.text().contains("Hello Zofia Żółkiewska,"), mail.text());
        assertTrue(mail.text().contains(reviewer.getString("link")), "the link in the text: " + mail.text());
        assertTrue(mail.text().contains("editor1 asks you to review “" + title + "”"), "the title as written, emoji "
                + "too: " + mail.text());
        assertTrue(mail.html().contains("href=\"" + reviewer.getString("link") + "\""), mail.html());
        assertTrue(mail.html().contains("Zimowa &lt;kolekcja&gt;"), "the title escaped in HTML: " + mail.html());
        // The link in the mail opens the review page without an account.
        given().get("/api/v1/review/" + reviewer.getString("token")).then().statusCode(200)
                .body("story.title", equalTo(title));
        given().header("Authorization", as("editor1")).get(STORIES + "/" + story.getString("id") + "/history")
                .then().statusCode(200).body("items.action", org.hamcrest.Matchers.hasItem("reviewer-emailed"));
    }

    @Test
    void aReviewerApprovesTheClientsStepThroughTheLinkAndSeesNothingElse() {
        JsonPath story = oneVariant(with(variant(Neighbours.FACEBOOK, "Zimowa kolekcja ❄"), "contentType", "story"));
        String storyId = story.getString("id");
        String v = variantPath(story, 0);
        String variantId = story.getString("variants[0].id");
        JsonPath reviewer;
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            reviewer = invite(storyId, "anna@agency.example");
            String rid = reviewer.getString("id");
            Event<ReviewerInvited> invited = posts.awaitEvent(ReviewerInvited.class,
                    e -> e.data().reviewerId().toString().equals(rid), WAIT);
            assertEquals("anna@agency.example", invited.data().email());
        }
        String token = reviewer.getString("token");
        assertEquals("http://localhost:8080/review/" + token, reviewer.getString("link"));
        Instant expires = Instant.parse(reviewer.getString("expiresAt"));
        assertTrue(Duration.between(Instant.now(), expires).toHours() >= 167);
        given().header("Authorization", as("agent1")).get(STORIES + "/" + storyId + "/reviewers").then()
                .statusCode(200).body("items[0].token", equalTo(null)).body("items[0].email",
                        equalTo("anna@agency.example"));

        // No sign-in: the link alone opens the story, and only it.
        JsonPath page = given().get("/api/v1/review/" + token).then().statusCode(200).extract().jsonPath();
        assertEquals(story.getString("title"), page.getString("story.title"));
        assertEquals("Anna Nowak (agencja)", page.getString("reviewer.name"));
        assertEquals(List.of(variantId), page.getList("variants.id"));
        assertFalse(page.getBoolean("variants[0].canDecide"));
        assertFalse(page.prettify().contains("editor1"), "the page names no one of the brand");
        assertFalse(page.prettify().contains("acme\""), "the page names no brand data beyond the story");

        submit("editor1", v).then().statusCode(200);
        // The client's step is not active yet: the reviewer may not decide before Marketing.
        given().contentType(ContentType.JSON).body(Map.of("variantId", variantId, "decision", "approve",
                "comment", "ok")).post("/api/v1/review/" + token + "/decisions").then().statusCode(403);
        decide("approver1", v, "approve", "Marketing OK").then().statusCode(200).body("approval.currentStep",
                equalTo(1));
        // Signed-in users are not the external approver.
        decide("manager1", v, "approve", "me?").then().statusCode(403);
        given().get("/api/v1/review/" + token).then().body("variants[0].canDecide", equalTo(true));
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            given().contentType(ContentType.JSON).body(Map.of("variantId", variantId, "decision", "approve",
                    "comment", "Super, puszczamy! 👍")).post("/api/v1/review/" + token + "/decisions").then()
                    .statusCode(200).body("status", equalTo("scheduled")).body("canDecide", equalTo(false));
            Event<ApprovalDecided> decided = posts.awaitEvent(ApprovalDecided.class,
                    e -> e.data().variantId().toString().equals(variantId) && e.data().byExternal(), WAIT);
            assertEquals(reviewer.getString("id"), decided.data().reviewerId().toString());
            posts.awaitEvent(VariantApproved.class, e -> e.data().variantId().toString().equals(variantId), WAIT);
        }
        // Comments: the reviewer's are external; internal ones stay hidden from the page.
        given().header("Authorization", as("editor1")).contentType(ContentType.JSON)
                .body(Map.of("text", "wewnętrzna uwaga", "visibility", "internal"))
                .post(STORIES + "/" + storyId + "/comments").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("variantId", variantId, "text", "Czy zdjęcie może być jaśniejsze?"))
                .post("/api/v1/review/" + token + "/comments").then().statusCode(201)
                .body("authorExternal", equalTo(true)).body("visibility", equalTo("external"));
        JsonPath after = given().get("/api/v1/review/" + token).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Czy zdjęcie może być jaśniejsze?"), after.getList("comments.text"));
        JsonPath history = given().header("Authorization", as("agent1")).get(STORIES + "/" + storyId + "/history")
                .then().extract().jsonPath();
        List<Map<String, Object>> external = history.getList("items.findAll { it.external }");
        assertTrue(external.size() >= 3);
        assertTrue(external.stream().allMatch(e -> reviewer.getString("id").equals(e.get("reviewerId"))));
        // Another story's variant is not reachable through this link.
        JsonPath other = oneVariant(variant(Neighbours.X, "inna"));
        given().contentType(ContentType.JSON).body(Map.of("variantId", other.getString("variants[0].id"),
                "decision", "approve", "comment", "x")).post("/api/v1/review/" + token + "/decisions").then()
                .statusCode(400);
        given().get("/api/v1/review/" + token + "/media/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aRevokedOrExpiredLinkIsGoneAndAnUnknownOneNotFound() {
        String storyId = oneVariant(variant(Neighbours.FACEBOOK, "Link")).getString("id");
        JsonPath revoked = invite(storyId, "bob@agency.example");
        try (EventTail posts = EventTail.open(Topics.POSTS)) {
            given().header("Authorization", as("editor1"))
                    .delete(STORIES + "/" + storyId + "/reviewers/" + revoked.getString("id")).then().statusCode(200)
                    .body("revokedAt", org.hamcrest.Matchers.notNullValue());
            posts.awaitEvent(ReviewerRevoked.class, e -> e.data().reviewerId().toString()
                    .equals(revoked.getString("id")), WAIT);
        }
        given().get("/api/v1/review/" + revoked.getString("token")).then().statusCode(410)
                .contentType(startsWith("application/problem+json")).body("type", equalTo("/problems/gone"));

        JsonPath expired = invite(storyId, "carol@agency.example");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE reviewer_link SET expires_at = now() - interval '1 second' WHERE id = ?1")
                .setParameter(1, UUID.fromString(expired.getString("id"))).executeUpdate());
        given().get("/api/v1/review/" + expired.getString("token")).then().statusCode(410)
                .body("detail", startsWith("this review link expired"));
        given().contentType(ContentType.JSON).body(Map.of("text", "late")).post("/api/v1/review/"
                + expired.getString("token") + "/comments").then().statusCode(410);

        given().get("/api/v1/review/" + "A".repeat(43)).then().statusCode(404);
        // The rest of the API still needs a token.
        given().get(STORIES + "/" + storyId + "/reviewers").then().statusCode(401);
        given().header("Authorization", as("agent2")).get(STORIES + "/" + storyId + "/reviewers").then()
                .statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("email", "x", "name", "y"))
                .header("Authorization", as("editor1")).post(STORIES + "/" + storyId + "/reviewers").then()
                .statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void oneLinkIsRateLimited() {
        String token = "B".repeat(43);
        int limited = 0;
        for (int i = 0; i < 61; i++) {
            int status = given().get("/api/v1/review/" + token).then().extract().statusCode();
            if (status == 429) {
                limited++;
            } else {
                assertEquals(404, status);
            }
        }
        assertEquals(1, limited);
        given().get("/api/v1/review/" + token).then().statusCode(429).body("type", equalTo("/problems/too-many-requests"));
    }
}
