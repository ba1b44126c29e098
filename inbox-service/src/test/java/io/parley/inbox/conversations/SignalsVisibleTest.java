package io.parley.inbox.conversations;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.testsupport.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AnsweringScenarios.bearer;
import static io.parley.inbox.AnsweringScenarios.listed;
import static io.parley.inbox.InboxScenarios.WAIT;
import static io.parley.inbox.InboxScenarios.conversation;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enrichment's abusive and spam flags and scores, sent through Kafka as ingest-service publishes them, appear on each
 * message of a conversation and on its queue row, and narrow the queue and a saved view (issue 16, item 6).
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class SignalsVisibleTest {

    private final String account = "signals_" + UUID.randomUUID().toString().substring(0, 8);

    /** A comment (or a reply in the thread) on acme's page with what enrichment read in it; null signals: off. */
    private String hear(String thread, String commentId, String text, InteractionSignals signals) {
        boolean top = thread.equals(commentId);
        InteractionReceived received = new InteractionReceived(StableIds.of("facebook", account, commentId),
                Platform.FACEBOOK, account, top ? InteractionKind.COMMENT : InteractionKind.REPLY, commentId,
                "post_" + thread, top ? "post_" + thread : thread, thread, new Author("a_" + thread, "Олег Петров",
                null), text, null, Instant.now());
        if (signals != null) {
            received = received.withSignals(signals);
        }
        TestEvents.send("acme:facebook:" + thread, Event.of(UUID.randomUUID(), "ingest-service", "acme",
                "acme:facebook:" + thread, Instant.now(), Instant.now(), received));
        String id = StableIds.of("conversation", "acme", "facebook", account, thread).toString();
        await().atMost(WAIT).until(() -> given().header("Authorization", bearer("agent1"))
                .get("/api/v1/conversations/" + id).statusCode() == 200);
        return id;
    }

    private static InteractionSignals read(String language, boolean abusive, double abusiveScore, boolean spam,
            double spamScore) {
        return new InteractionSignals(language, 0.9, spam ? "question" : "complaint", 0.7, abusive, abusiveScore, spam,
                spamScore, "negative", -0.6, "test", List.of());
    }

    private List<String> queue(Map<String, String> filters) {
        Map<String, String> query = new java.util.HashMap<>(filters);
        query.put("channelAccount", account);
        return listed(query);
    }

    @Test
    void anAbusiveMessageShowsItsFlagAndScoreAndTheQueueFindsItAndLeavesSpamOut() {
        String abusive = hear("t_abuse_" + account, "t_abuse_" + account, "Вы идиоты, верните мои деньги!",
                read("ru", true, 0.93, false, 0.04));
        String spam = hear("t_spam_" + account, "t_spam_" + account, "Zarabiaj 5000 zł dziennie! Kliknij link 👉",
                read("pl", false, 0.02, true, 0.97));
        String plain = hear("t_plain_" + account, "t_plain_" + account, "Πού είναι το δέμα μου;", null);

        JsonPath detail = conversation(abusive);
        assertTrue(detail.getBoolean("abusive"), "the conversation says a message of it was abusive");
        assertFalse(detail.getBoolean("spam"));
        assertEquals("Вы идиоты, верните мои деньги!", detail.getString("interactions[0].text"));
        assertTrue(detail.getBoolean("interactions[0].abusive"));
        assertEquals(0.93, detail.getDouble("interactions[0].abusiveScore"), 1e-9);
        assertFalse(detail.getBoolean("interactions[0].spam"));
        assertEquals(0.04, detail.getDouble("interactions[0].spamScore"), 1e-9);

        JsonPath spamDetail = conversation(spam);
        assertTrue(spamDetail.getBoolean("spam"));
        assertEquals(0.97, spamDetail.getDouble("interactions[0].spamScore"), 1e-9);
        JsonPath plainDetail = conversation(plain);
        assertFalse(plainDetail.getBoolean("interactions[0].abusive"), "enrichment off: no flag");
        assertNull(plainDetail.get("interactions[0].abusiveScore"), "enrichment off: no score");

        // The queue's rows carry the flags, and the filters narrow the queue to them or leave them out.
        List<Map<String, Object>> rows = given().header("Authorization", bearer("agent1"))
                .queryParam("channelAccount", account).get("/api/v1/conversations").then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Object> abusiveRow = rows.stream().filter(r -> abusive.equals(r.get("id"))).findFirst()
                .orElseThrow();
        assertEquals(true, abusiveRow.get("abusive"));
        assertEquals(false, abusiveRow.get("spam"));
        assertEquals(true, rows.stream().filter(r -> spam.equals(r.get("id"))).findFirst().orElseThrow().get("spam"));

        assertEquals(List.of(abusive), queue(Map.of("abusive", "true")));
        assertEquals(List.of(abusive), queue(Map.of("abusive", "true", "status", "new,open")),
                "the open queue's abusive ones (their own index)");
        assertEquals(List.of(spam), queue(Map.of("spam", "true")));
        List<String> noSpam = queue(Map.of("spam", "false"));
        assertEquals(2, noSpam.size(), noSpam.toString());
        assertTrue(noSpam.containsAll(List.of(abusive, plain)), "spam=false leaves the spam out");
        assertFalse(queue(Map.of("abusive", "false")).contains(abusive));

        // A saved view keeps the filter, and counts what it holds.
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Obraźliwe " + account, "filters", Map.of("channelAccount", account,
                        "abusive", "true")))
                .post("/api/v1/brands/acme/views").then().statusCode(201).body("total", equalTo(1))
                .body("filters.abusive", equalTo("true"));

        given().header("Authorization", bearer("agent1")).queryParam("abusive", "yes").get("/api/v1/conversations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("abusive"));
        given().header("Authorization", bearer("agent1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Spam? " + account, "filters", Map.of("spam", "maybe")))
                .post("/api/v1/brands/acme/views").then().statusCode(400)
                .body("errors[0].field", equalTo("filters.spam"));
    }

    @Test
    void aThreadIsSpamOnlyWhileEveryMessageIsAndAbusiveOnceAnyMessageIs() {
        String thread = "t_mixed_" + account;
        String id = hear(thread, thread, "Follow me for free followers!!! bit.ly/x", read("en", false, 0.1, true,
                0.9));
        assertTrue(conversation(id).getBoolean("spam"));
        hear(thread, "c2_" + account, "Seriously, where is my order? You clowns.", read("en", true, 0.81, false,
                0.03));
        await().atMost(WAIT).until(() -> conversation(id).getList("interactions").size() == 2);
        JsonPath detail = conversation(id);
        assertFalse(detail.getBoolean("spam"), "a genuine message makes the thread no spam");
        assertTrue(detail.getBoolean("abusive"));
        assertEquals(List.of(true, false), detail.getList("interactions.spam"));
        assertEquals(List.of(false, true), detail.getList("interactions.abusive"));
        assertEquals(List.of(id), queue(Map.of("abusive", "true", "spam", "false")));
    }
}
