package io.parley.inbox.advocates;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.Topics;
import io.parley.contracts.inbox.AdvocateGained;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.Pages;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AuthorityScenarios.arrivesOn;
import static io.parley.inbox.AuthorityScenarios.arrivesWith;
import static io.parley.inbox.AuthorityScenarios.as;
import static io.parley.inbox.IdempotencyScenarios.outboundActions;
import static io.parley.inbox.InboxScenarios.WAIT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Authors who are repeatedly positive are marked; they can be asked for a recommendation, once per period. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class AdvocatesTest {

    static final String TEXT = "Dziękujemy za miłe słowa! Polecisz nas znajomym? 🙏";

    @Test
    void threePositiveConversationsMakeAnAdvocateAskedAsATaskOnFacebookAndNeverTwice() {
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            advocateAskedAsATask(inbox);
        }
    }

    @Test
    void theRankingComesWholeAcrossPages() {
        List<String> fans = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            String fan = "paged" + f + "-" + UUID.randomUUID();
            fans.add(fan);
            for (int i = 0; i < 3; i++) {
                arrivesWith("t_" + UUID.randomUUID(), fan, "Fan " + f, "Great, thanks!", "en", "praise", "positive");
            }
        }
        List<Object> paged = advocates(2).values("authorId");
        assertEquals(advocates(200).values("authorId"), paged, "the ranking in pages of two is the ranking in one");
        assertEquals(paged.size(), paged.stream().distinct().count(), "no advocate twice: " + paged);
        assertEquals(3, paged.stream().filter(fans::contains).count(), paged.toString());
    }

    private static Pages.Read advocates(int limit) {
        return Pages.readAll(limit, cursor -> {
            var request = as("agent1").queryParam("limit", limit);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            return request.get("/api/v1/brands/acme/advocates").then().statusCode(200).extract().as(Map.class);
        });
    }

    private void advocateAskedAsATask(EventTail inbox) {
        String fan = "fan" + UUID.randomUUID();
        String almost = "almost" + UUID.randomUUID();
        arrivesWith("t_" + UUID.randomUUID(), fan, "Анна Смирнова", "Спасибо, всё отлично!", "ru", "praise", "positive");
        arrivesWith("t_" + UUID.randomUUID(), fan, "Анна Смирнова", "Great service again", "en", "question", "positive");
        arrivesWith("t_" + UUID.randomUUID(), fan, "Анна Смирнова", "Love it ❤", "en", "praise", "neutral");
        arrivesWith("t_" + UUID.randomUUID(), fan, "Анна Смирнова", "Where is my parcel?", "en", "complaint", "negative");
        arrivesWith("t_" + UUID.randomUUID(), almost, "Jonas", "Super!", "en", "praise", "positive");
        arrivesWith("t_" + UUID.randomUUID(), almost, "Jonas", "Toll!", "en", "praise", "positive");

        JsonPath list = as("agent1").queryParam("limit", 200).get("/api/v1/brands/acme/advocates").then()
                .statusCode(200).body("threshold", equalTo(3)).extract().jsonPath();
        Map<String, Object> a = list.getMap("items.find { it.authorId == '" + fan + "' }");
        assertEquals(3, a.get("positiveConversations"));
        assertEquals("Анна Смирнова", a.get("authorName"));
        assertEquals(true, a.get("advocate"));
        as("agent1").queryParam("limit", 200).get("/api/v1/brands/acme/advocates").then()
                .body("items.authorId", not(hasItem(almost)));
        as("agent1").get("/api/v1/brands/acme/advocates/facebook/" + almost).then().statusCode(200)
                .body("advocate", equalTo(false)).body("positiveConversations", equalTo(2));

        as("agent1").contentType(ContentType.JSON).body(Map.of("text", TEXT))
                .post("/api/v1/brands/acme/advocates/facebook/" + fan + "/recommendation-requests").then()
                .statusCode(201).body("channel", equalTo("task")).body("text", equalTo(TEXT))
                .body("requestedBy", equalTo("agent1"));
        as("manager1").contentType(ContentType.JSON).body(Map.of("text", TEXT))
                .post("/api/v1/brands/acme/advocates/facebook/" + fan + "/recommendation-requests").then()
                .statusCode(409).body("detail", containsString("may be asked again from"));
        as("agent1").get("/api/v1/brands/acme/advocates/facebook/" + fan).then().statusCode(200)
                .body("mayAskAgainAt", org.hamcrest.Matchers.notNullValue());
        as("agent1").contentType(ContentType.JSON).body(Map.of("text", TEXT))
                .post("/api/v1/brands/acme/advocates/facebook/" + almost + "/recommendation-requests").then()
                .statusCode(409).body("detail", containsString("needs 3"));
        // Both are announced for the meaningful contacts (analytics): the advocate gained, once, and the request.
        var gained = inbox.awaitEvent(io.parley.contracts.inbox.AdvocateGained.class,
                e -> e.data().authorId().equals(fan), WAIT);
        assertEquals(3, gained.data().positiveConversations());
        assertEquals("facebook:" + fan, gained.subject());
        var asked = inbox.awaitEvent(io.parley.contracts.inbox.RecommendationRequested.class,
                e -> e.data().authorId().equals(fan), WAIT);
        assertEquals("task", asked.data().channel());
        assertEquals("agent1", asked.data().requestedBy());
    }

    /**
     * Interactions that reach the inbox in one batch are counted as if they had come one by one: the interaction
     * that brings its author to the threshold is the one announced, once, and positive messages in a conversation
     * already counted, or negative ones in a new conversation, bring nobody there.
     */
    @Test
    void positiveInteractionsArrivingTogetherMakeEachAdvocateOnceAtTheInteractionThatReachesTheThreshold() {
        String fan = "batchfan" + UUID.randomUUID();
        String newcomer = "newcomer" + UUID.randomUUID();
        String first = "t_" + UUID.randomUUID();
        arrivesWith(first, fan, "Ewa Kowalska", "Dziękuję, super obsługa!", "pl", "praise", "positive");
        arrivesWith("t_" + UUID.randomUUID(), fan, "Ewa Kowalska", "Πολύ καλό ❤", "el", "question", "positive");
        String[] threads = new String[6];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = "t_" + UUID.randomUUID();
        }
        List<byte[]> batch = List.of(
                received(first + "_again", first, fan, "Ewa Kowalska", "Jeszcze raz dziękuję!", "praise", "positive"),
                received(threads[0], threads[0], fan, "Ewa Kowalska", "Paczka nie doszła", "complaint", "negative"),
                received(threads[1], threads[1], newcomer, "Ирина", "Спасибо!", "praise", "positive"),
                received(threads[2], threads[2], fan, "Ewa Kowalska", "Polecam wszystkim", "praise", "positive"),
                received(threads[3], threads[3], newcomer, "Ирина", "Отлично", "praise", "positive"),
                received(threads[4], threads[4], fan, "Ewa Kowalska", "Znowu świetnie", "praise", "positive"),
                received(threads[5], threads[5], newcomer, "Ирина", "Всё супер ❤", "question", "positive"));
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            TestEvents.sendAllRaw(Topics.INTERACTIONS, "acme:facebook:batch-" + fan, batch); // one partition, together
            var fanGained = inbox.awaitEvent(AdvocateGained.class, e -> e.data().authorId().equals(fan), WAIT);
            var newcomerGained = inbox.awaitEvent(AdvocateGained.class, e -> e.data().authorId().equals(newcomer),
                    WAIT);
            assertEquals(conversationOf(threads[2]), fanGained.data().conversationId(),
                    "the fan's third positive conversation is the one that made them an advocate");
            assertEquals(3, fanGained.data().positiveConversations());
            assertEquals(conversationOf(threads[5]), newcomerGained.data().conversationId(),
                    "three positive conversations within one batch: the third one counts");
            assertEquals(3, newcomerGained.data().positiveConversations());
            as("agent1").get("/api/v1/brands/acme/advocates/facebook/" + fan).then().statusCode(200)
                    .body("positiveConversations", equalTo(4)).body("advocate", equalTo(true));
            long announced = inbox.records().stream().map(r -> EventJson.fromBytes(r.value()))
                    .filter(e -> e.data() instanceof AdvocateGained g
                            && (g.authorId().equals(fan) || g.authorId().equals(newcomer)))
                    .count();
            assertEquals(2, announced, "each author announced once: " + inbox.records().size() + " events seen");
        }
    }

    private static byte[] received(String thread, String conversationThread, String authorId, String authorName,
            String text, String moment, String sentiment) {
        InteractionReceived r = new InteractionReceived(StableIds.of("facebook", "1234567890", thread),
                Platform.FACEBOOK, "1234567890", InteractionKind.COMMENT, thread, "1234567890_1", conversationThread,
                conversationThread, new Author(authorId, authorName, null), text, null, Instant.now(),
                new InteractionSignals("pl", 0.95, moment, 0.9, false, 0.01, false, 0.01, sentiment,
                        "negative".equals(sentiment) ? -0.8 : 0.8, "test/1", List.of()));
        return EventJson.toBytes(Event.of(StableIds.of("event", thread), "ingest-service", "acme",
                "acme:facebook:" + conversationThread, r.platformTime(), Instant.now(), r));
    }

    private static UUID conversationOf(String thread) {
        return StableIds.of("conversation", "acme", "facebook", "1234567890", thread);
    }

    @Test
    void onXTheAdvocateGetsADirectMessageThroughTheGateway() {
        String fan = "x" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            arrivesOn(Platform.X, "x_" + UUID.randomUUID(), fan, "Olivia Brown", "Best shop ever!", "praise",
                    "positive");
        }
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            String id = as("agent1").contentType(ContentType.JSON).body(Map.of("text", TEXT))
                    .post("/api/v1/brands/acme/advocates/x/" + fan + "/recommendation-requests").then()
                    .statusCode(201).body("channel", equalTo("direct_message")).extract().path("id");
            var dm = outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().equals("advocate/" + id), WAIT);
            assertEquals(fan, dm.data().recipientId());
            assertEquals(TEXT, dm.data().text());
            assertEquals(Platform.X, dm.data().platform());
        }
        as("agent1").get("/api/v1/brands/acme/advocates/x/" + fan + "/recommendation-requests").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("nextCursor", equalTo(null));
    }

    @Test
    void badRequestsAndOtherBrands() {
        as("agent2").get("/api/v1/brands/acme/advocates").then().statusCode(404);
        as("agent1").get("/api/v1/brands/acme/advocates/myspace/1").then().statusCode(400)
                .body("errors[0].field", equalTo("platform"));
        as("agent1").get("/api/v1/brands/acme/advocates/facebook/nobody-" + UUID.randomUUID()).then().statusCode(404);
        as("agent1").contentType(ContentType.JSON).body(Map.of("text", " "))
                .post("/api/v1/brands/acme/advocates/facebook/x/recommendation-requests").then().statusCode(400);
        as("agent1").queryParam("limit", 0).get("/api/v1/brands/acme/advocates").then().statusCode(400);
        as("approver1").get("/api/v1/brands/acme/advocates").then().statusCode(403);
    }

    @Test
    void aRetriedRequestWithTheSameKeySendsOneDirectMessage() {
        String fan = "x" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            arrivesOn(Platform.X, "x_" + UUID.randomUUID(), fan, "Olivia Brown", "Best shop ever!", "praise",
                    "positive");
        }
        String key = "ask-" + UUID.randomUUID();
        String path = "/api/v1/brands/acme/advocates/x/" + fan + "/recommendation-requests";
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            String id = as("agent1").header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("text", TEXT)).post(path).then().statusCode(201).extract().path("id");
            // Without the key this retry would be a 409 (asked within the period); with it, the first answer.
            as("agent1").header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of("text", TEXT))
                    .post(path).then().statusCode(200).header("Idempotent-Replayed", equalTo("true"))
                    .body("id", equalTo(id)).body("channel", equalTo("direct_message"));
            as("agent1").header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("text", TEXT + " 🙏")).post(path).then().statusCode(422)
                    .body("errors[0].field", equalTo("Idempotency-Key"));
            assertEquals(1, outboundActions(outbound, o -> fan.equals(o.recipientId())));
        }
        as("agent1").get(path).then().statusCode(200).body("items.size()", equalTo(1));
    }
}
