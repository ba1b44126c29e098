package io.parley.e2e;

import io.parley.devstack.Signatures;
import io.parley.devstack.Tokens;
import io.parley.devstack.stack.DemoData;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.devstack.stack.ParleyService.ANALYTICS;
import static io.parley.devstack.stack.ParleyService.CALENDAR;
import static io.parley.devstack.stack.ParleyService.INBOX;
import static io.parley.devstack.stack.ParleyService.INGEST;
import static io.parley.devstack.stack.ParleyService.STANDARDS;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first care slice across the running services, with real Keycloak tokens: a manager sets a
 * response-time target; comments arrive by signed Facebook webhook; they wait in the inbox, due by
 * that target; an agent answers one in public; the sandbox connector records the Graph API call;
 * the conversation is answered and analytics counts its time to first response.
 */
@ExtendWith(RunningStack.class)
class CareSliceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aCommentArrivesAnAgentAnswersAndTheBrandSeesItsResponseTime() {
        String manager = Tokens.forUser("manager1");
        String agent = Tokens.forUser("agent1");
        Instant start = Instant.now();

        // A manager sets the Facebook first-response target to 20 minutes.
        given().spec(as(manager)).contentType(ContentType.JSON)
                .body(Map.of("defaultMinutes", 90, "targets", List.of(Map.of("platform", "facebook",
                        "firstResponseMinutes", 20))))
                .put(RunningStack.url(STANDARDS) + "/api/v1/brands/acme/response-targets")
                .then().statusCode(200);

        // Comments arrive; the inbox dates them by the target once it has heard of it.
        String run = UUID.randomUUID().toString().substring(0, 8);
        await().atMost(PATIENCE).untilAsserted(() -> {
            String probe = run + "-probe-" + System.nanoTime();
            JsonPath conversation = deliverAndFind(probe, "probe " + probe);
            Duration due = Duration.between(Instant.parse(conversation.getString("receivedAt")),
                    Instant.parse(conversation.getString("dueAt")));
            assertEquals(Duration.ofMinutes(20), due);
        });

        Map<String, String> texts = Map.of(
                run + "-heart", "❤",
                run + "-el", "Καλησπέρα, πού είναι η παραγγελία μου;",
                run + "-pl", "Zażółć gęślą jaźń — gdzie moja przesyłka?",
                run + "-ru", "Где мой заказ? Жду уже неделю.");
        String heartConversation = null;
        for (Map.Entry<String, String> comment : texts.entrySet()) {
            JsonPath conversation = deliverAndFind(comment.getKey(), comment.getValue());
            String id = conversation.getString("id");
            JsonPath detail = given().spec(as(agent)).get(RunningStack.url(INBOX) + "/api/v1/conversations/" + id)
                    .then().statusCode(200).extract().jsonPath();
            String stored = detail.getString("interactions[0].text");
            assertArrayEquals(comment.getValue().getBytes(StandardCharsets.UTF_8),
                    stored.getBytes(StandardCharsets.UTF_8), "text of " + comment.getKey());
            if (comment.getKey().endsWith("-heart")) {
                heartConversation = id;
            }
        }
        assertNotNull(heartConversation);

        // An agent answers the heart in public.
        String reply = "Dziękujemy! ❤ Thank you for being here.";
        given().spec(as(agent)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "e2e-" + run)
                .body(Map.of("text", reply))
                .post(RunningStack.url(INBOX) + "/api/v1/conversations/" + heartConversation + "/replies")
                .then().statusCode(201);

        // The gateway's sandbox connector records the exact Graph API request it would have made.
        String commentId = "777000111_" + run + "-heart";
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<Map<String, Object>> requests = given().spec(as(agent))
                    .pathParam("brand", "acme").queryParam("limit", 200)
                    .get(RunningStack.url(INGEST) + "/api/v1/brands/{brand}/sandbox/requests")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            assertTrue(requests.stream().anyMatch(r -> String.valueOf(r.get("url"))
                            .equals("https://graph.facebook.com/v23.0/" + commentId + "/comments")
                            && String.valueOf(r.get("body")).contains("message=")),
                    "no sandbox request for " + commentId + " in " + requests);
        });

        // The conversation is answered, with its time to first response, and leaves the open queue.
        String answered = heartConversation;
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath detail = given().spec(as(agent)).get(RunningStack.url(INBOX) + "/api/v1/conversations/"
                    + answered).then().statusCode(200).extract().jsonPath();
            assertEquals("answered", detail.getString("status"));
            assertTrue(detail.getLong("timeToFirstResponseSeconds") >= 0);
        });
        List<String> open = openConversationIds(agent);
        assertFalse(open.contains(answered), "an answered conversation is still in the open queue");

        // Analytics counts it: the only conversation answered since this scenario started.
        await().atMost(PATIENCE).untilAsserted(() -> given().spec(as(manager))
                .pathParam("brand", "acme").queryParam("platform", "facebook")
                .queryParam("from", start.toString())
                .get(RunningStack.url(ANALYTICS) + "/api/v1/brands/{brand}/analytics/response-times")
                .then().statusCode(200)
                .body("count", equalTo(1))
                .body("medianSeconds", org.hamcrest.Matchers.notNullValue())
                .body("withinTargetRate", org.hamcrest.Matchers.equalTo(1.0f)));
    }

    @Test
    void theOpenQueueIsOrderedByDueTimeAndReadableByTheIntegrator() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        deliverAndFind(run + "-q1", "first in the queue");
        deliverAndFind(run + "-q2", "second in the queue");
        List<String> dueTimes = given().spec(as(Tokens.forIntegrator()))
                .queryParam("status", "new,open").queryParam("limit", 200)
                .get(RunningStack.url(INBOX) + "/api/v1/conversations")
                .then().statusCode(200).extract().jsonPath().getList("items.dueAt");
        assertFalse(dueTimes.isEmpty());
        for (int i = 1; i < dueTimes.size(); i++) {
            assertFalse(Instant.parse(dueTimes.get(i)).isBefore(Instant.parse(dueTimes.get(i - 1))),
                    "queue not ordered by due time at " + i + ": " + dueTimes);
        }
    }

    @Test
    void aForgedWebhookIsRefusedAndNothingReachesTheInbox() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String body = DemoData.feedComment(run + "-forged", "Mallory", "forged " + run,
                Instant.now().getEpochSecond());
        given().contentType(ContentType.JSON).header("X-Hub-Signature-256", Signatures.metaSha256("wrong-secret", body))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(RunningStack.url(INGEST) + "/webhooks/meta")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        // A genuine comment sent afterwards arrives; the forged one, sent before it, never does.
        deliverAndFind(run + "-genuine", "genuine " + run);
        String agent = Tokens.forUser("agent1");
        List<String> previews = given().spec(as(agent)).queryParam("status", "new,open").queryParam("limit", 200)
                .get(RunningStack.url(INBOX) + "/api/v1/conversations")
                .then().statusCode(200).extract().jsonPath().getList("items.preview");
        assertFalse(previews.contains("forged " + run));
    }

    @Test
    void theMetaHandshakeAnswersOnlyTheRightVerifyToken() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "demo-verify-token")
                .queryParam("hub.challenge", "1158201444")
                .get(RunningStack.url(INGEST) + "/webhooks/meta")
                .then().statusCode(200).body(equalTo("1158201444"));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guess")
                .queryParam("hub.challenge", "1158201444")
                .get(RunningStack.url(INGEST) + "/webhooks/meta")
                .then().statusCode(403);
    }

    @Test
    void aUserSeesOnlyTheirBrandsData() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String id = deliverAndFind(run + "-private", "only for acme").getString("id");
        String otherBrand = Tokens.forUser("agent2");
        given().spec(as(otherBrand)).get(RunningStack.url(INBOX) + "/api/v1/conversations/" + id)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().spec(as(otherBrand)).pathParam("brand", "acme")
                .get(RunningStack.url(ANALYTICS) + "/api/v1/brands/{brand}/analytics/response-times")
                .then().statusCode(404);
        given().get(RunningStack.url(INBOX) + "/api/v1/conversations").then().statusCode(401);
    }

    @Test
    void anEditorPlansADraftAndFindsItOnTheCalendar() {
        String editor = Tokens.forUser("editor1");
        Instant planned = Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String title = "Χειμερινή συλλογή " + UUID.randomUUID().toString().substring(0, 6);
        String id = given().spec(as(editor)).contentType(ContentType.JSON)
                .body(Map.of("brand", "acme", "platform", "instagram", "title", title,
                        "text", "Nowa kolekcja ❄ уже здесь", "plannedFor", planned.toString()))
                .post(RunningStack.url(CALENDAR) + "/api/v1/posts")
                .then().statusCode(201).extract().jsonPath().getString("id");
        List<Map<String, Object>> posts = given().spec(as(editor))
                .queryParam("from", planned.minus(Duration.ofDays(1)).toString())
                .queryParam("to", planned.plus(Duration.ofDays(1)).toString())
                .get(RunningStack.url(CALENDAR) + "/api/v1/brands/acme/calendar")
                .then().statusCode(200).extract().jsonPath().getList("posts");
        assertTrue(posts.stream().anyMatch(p -> id.equals(p.get("id")) && title.equals(p.get("title"))
                && "Nowa kolekcja ❄ уже здесь".equals(p.get("text"))), "draft not on the calendar: " + posts);
    }

    /** Sends a signed comment webhook and waits until the inbox lists its conversation. */
    private static JsonPath deliverAndFind(String commentSuffix, String text) {
        String body = DemoData.feedComment(commentSuffix, "E2E Customer", text, Instant.now().getEpochSecond());
        given().contentType(ContentType.JSON)
                .header("X-Hub-Signature-256", Signatures.metaSha256(DemoData.META_APP_SECRET, body))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(RunningStack.url(INGEST) + "/webhooks/meta")
                .then().statusCode(200);
        String agent = Tokens.forUser("agent1");
        return await().atMost(PATIENCE).until(() -> {
            String json = given().spec(as(agent)).queryParam("status", "new,open").queryParam("limit", 200)
                    .get(RunningStack.url(INBOX) + "/api/v1/conversations")
                    .then().statusCode(200).extract().asString();
            List<Map<String, Object>> items = JsonPath.from(json).getList("items");
            for (int i = 0; i < items.size(); i++) {
                if (text.equals(items.get(i).get("preview"))) {
                    return JsonPath.from(json).setRootPath("items[" + i + "]");
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    private static List<String> openConversationIds(String token) {
        return given().spec(as(token)).queryParam("status", "new,open").queryParam("limit", 200)
                .get(RunningStack.url(INBOX) + "/api/v1/conversations")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token)).config(io.restassured.RestAssured.config()
                .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")));
    }
}
