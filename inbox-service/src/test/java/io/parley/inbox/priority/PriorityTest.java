package io.parley.inbox.priority;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AuthorityScenarios.arrivesWith;
import static io.parley.inbox.AuthorityScenarios.as;
import static io.parley.inbox.InboxScenarios.WAIT;
import static io.parley.inbox.ownership.OwnershipScenarios.AROUND_THE_CLOCK;
import static io.parley.inbox.ownership.OwnershipScenarios.publishTargets;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The inbox sets each conversation's priority from what enrichment read in it, and the priority picks the
 * catalogue's target: a negative complaint is due sooner than a question, praise later; a person may set it.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class PriorityTest {

    /** Facebook first responses: 120 minutes at low, 60 at normal, 30 at high, 10 at urgent. */
    static final String BY_PRIORITY = """
            {"defaultMinutes":60,"timeZone":"Europe/Warsaw","hours":{"mode":"always","days":[]},"holidays":[],
             "targets":[{"channel":"facebook","momentOfTruth":"first-response","priority":"low","minutes":120},
              {"channel":"facebook","momentOfTruth":"first-response","priority":"normal","minutes":60},
              {"channel":"facebook","momentOfTruth":"first-response","priority":"high","minutes":30},
              {"channel":"facebook","momentOfTruth":"first-response","priority":"urgent","minutes":10}]}""";

    @Inject
    EntityManager em;

    @BeforeEach
    void targetsByPriority() {
        publishTargets(BY_PRIORITY, em);
    }

    @AfterEach
    void backToAroundTheClock() {
        publishTargets(AROUND_THE_CLOCK, em);
    }

    private static JsonPath priority(String conversation) {
        return as("agent1").get("/api/v1/conversations/" + conversation + "/priority").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long minutesToDue(JsonPath p, String received) {
        return Duration.between(Instant.parse(received), Instant.parse(p.getString("dueAt"))).toMinutes();
    }

    private static String receivedAt(String conversation) {
        return as("agent1").get("/api/v1/conversations/" + conversation).then().statusCode(200).extract()
                .path("receivedAt");
    }

    @Test
    void anAngryComplaintIsDueSoonerThanAQuestionAndPraiseLater() {
        String marker = "pq" + UUID.randomUUID().toString().substring(0, 6);
        String praise = arrivesWith("p_" + UUID.randomUUID(), "63", "Аня", "Спасибо, всё супер ❤ " + marker, "ru",
                "praise", "positive");
        String question = arrivesWith("p_" + UUID.randomUUID(), "62", "Piotr", "Czy macie rozmiar XL? " + marker, "pl",
                "question", "neutral");
        String angry = arrivesWith("p_" + UUID.randomUUID(), "61", "Ζωή", "Απαράδεκτο! Η παραγγελία χάθηκε 😡 " + marker,
                "el", "complaint", "negative");

        JsonPath a = priority(angry);
        assertEquals("high", a.getString("priority"));
        assertNull(a.getString("setBy"));
        assertEquals(30, minutesToDue(a, receivedAt(angry)));
        assertEquals("normal", priority(question).getString("priority"));
        assertEquals(60, minutesToDue(priority(question), receivedAt(question)));
        assertEquals("low", priority(praise).getString("priority"));
        assertEquals(120, minutesToDue(priority(praise), receivedAt(praise)));

        // The queue, ordered by due time, puts the angry complaint (the last to arrive) before the question and
        // the praise.
        List<String> queue = as("agent1").queryParam("status", "new").queryParam("q", marker)
                .get("/api/v1/conversations").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(List.of(angry, question, praise), queue);
    }

    /** The customer writes again in the thread, with what enrichment read in the new message. */
    private static void writesAgain(String thread, String text, String moment, String sentiment) {
        String commentId = thread + "_" + UUID.randomUUID().toString().substring(0, 6);
        InteractionReceived received = new InteractionReceived(StableIds.of("facebook", "1234567890", commentId),
                Platform.FACEBOOK, "1234567890", InteractionKind.REPLY, commentId, "1234567890_1", thread, thread,
                new Author("64", "Ola", null), text, null, Instant.now(),
                new InteractionSignals("pl", 0.95, moment, 0.9, false, 0.01, false, 0.01, sentiment, -0.8, "test/1",
                        List.of()));
        TestEvents.send("acme:facebook:" + thread, Event.of(StableIds.of("event", commentId), "ingest-service", "acme",
                "acme:facebook:" + thread, received.platformTime(), Instant.now(), received));
    }

    @Test
    void praiseThatTurnsIntoAComplaintIsRaisedAndTheDueTimeComesForward() {
        String thread = "p_" + UUID.randomUUID();
        String conversation = arrivesWith(thread, "64", "Ola", "Super sklep!", "pl", "praise", "positive");
        String received = receivedAt(conversation);
        assertEquals("low", priority(conversation).getString("priority"));
        assertEquals(120, minutesToDue(priority(conversation), received));

        writesAgain(thread, "Ale paczka przyszła zniszczona! 😠", "complaint", "negative");
        await().atMost(WAIT).until(() -> "high".equals(priority(conversation).getString("priority")));
        // Still the first response owed, on the same clock: due 30 minutes after the first message now.
        assertEquals(30, minutesToDue(priority(conversation), received));
        as("agent1").get("/api/v1/conversations/" + conversation + "/audit").then().statusCode(200)
                .body("items.find { it.action == 'priority_changed' }.actor", equalTo("system"))
                .body("items.find { it.action == 'priority_changed' }.details.from", equalTo("low"))
                .body("items.find { it.action == 'priority_changed' }.details.to", equalTo("high"));

        // Calmer again: the inbox does not lower it by itself.
        writesAgain(thread, "Dobrze, czekam na odpowiedź.", "question", "neutral");
        await().atMost(WAIT).until(() -> as("agent1").get("/api/v1/conversations/" + conversation).jsonPath()
                .getInt("interactions.size()") == 3);
        assertEquals("high", priority(conversation).getString("priority"));
    }

    @Test
    void aPersonSetsItWithAReasonTheDueTimeMovesAndTheInboxLeavesItAlone() {
        String conversation = arrivesWith("p_" + UUID.randomUUID(), "65", "Kasia", "Gdzie jest moja przesyłka?", "pl",
                "question", "neutral");
        String received = receivedAt(conversation);
        as("agent1").contentType(ContentType.JSON).body(Map.of("priority", "urgent",
                        "reason", "Dziennikarka — odpowiadamy od razu"))
                .put("/api/v1/conversations/" + conversation + "/priority").then().statusCode(200)
                .body("priority", equalTo("urgent")).body("automatic", equalTo("normal"))
                .body("setBy", equalTo("agent1"));
        assertEquals(10, minutesToDue(priority(conversation), received), "the clock keeps its start");
        as("agent1").get("/api/v1/conversations/" + conversation + "/audit").then().statusCode(200)
                .body("items.find { it.action == 'priority_changed' }.actor", equalTo("agent1"))
                .body("items.find { it.action == 'priority_changed' }.details.to", equalTo("urgent"))
                .body("items.find { it.action == 'priority_changed' }.details.because",
                        equalTo("Dziennikarka — odpowiadamy od razu"));

        // Handed back: what the signals call for, lower this time.
        as("agent1").delete("/api/v1/conversations/" + conversation + "/priority").then().statusCode(200)
                .body("priority", equalTo("normal")).body("setBy", equalTo(null));
        assertEquals(60, minutesToDue(priority(conversation), received));
    }

    @Test
    void badRequestsAreNamedAndOtherBrandsSeeNothing() {
        String conversation = arrivesWith("p_" + UUID.randomUUID(), "66", "Jan", "Hello?", "en", "question", "neutral");
        as("agent1").contentType(ContentType.JSON).body(Map.of("priority", "critical"))
                .put("/api/v1/conversations/" + conversation + "/priority").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("priority"))
                .body("detail", equalTo("priority: must be one of low, normal, high, urgent, was 'critical'"));
        as("agent1").contentType(ContentType.JSON).put("/api/v1/conversations/" + conversation + "/priority")
                .then().statusCode(400);
        as("agent2").get("/api/v1/conversations/" + conversation + "/priority").then().statusCode(404);
        as("agent2").contentType(ContentType.JSON).body(Map.of("priority", "low"))
                .put("/api/v1/conversations/" + conversation + "/priority").then().statusCode(404);
        as("agent1").get("/api/v1/conversations/" + UUID.randomUUID() + "/priority").then().statusCode(404);
        as("editor1").contentType(ContentType.JSON).body(Map.of("priority", "low"))
                .put("/api/v1/conversations/" + conversation + "/priority").then().statusCode(403);
        assertEquals("normal", priority(conversation).getString("priority"), "nothing changed");
    }
}
