package io.parley.inbox.incidents;

import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.alerts.SpikeDetected;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AuthorityScenarios.arrivesWith;
import static io.parley.inbox.AuthorityScenarios.as;
import static io.parley.inbox.IdempotencyScenarios.outboundActions;
import static io.parley.inbox.AuthorityScenarios.complaint;
import static io.parley.inbox.InboxScenarios.WAIT;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A spike or a manager opens an incident; it gathers the crisis' conversations and acts on them in bulk. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class IncidentsTest {

    /** An incident left open would gather the next tests' complaints: each test closes what it opened. */
    @org.junit.jupiter.api.AfterEach
    void closeOpenIncidents() {
        for (String id : as("manager1").queryParam("state", "open").get("/api/v1/brands/acme/incidents").jsonPath()
                .<String>getList("items.id")) {
            as("manager1").contentType(ContentType.JSON).body(Map.of("resolution", "test over"))
                    .post("/api/v1/brands/acme/incidents/" + id + "/close").then().statusCode(200);
        }
    }

    @Test
    void anOpenIncidentGathersWhatArrivesAfterItOpenedAndMakesItUrgentUntilItCloses() {
        String marker = "zx" + UUID.randomUUID().toString().substring(0, 6);
        String incident = as("manager1").contentType(ContentType.JSON)
                .body(Map.of("title", "Δεν λειτουργεί η εφαρμογή 📱", "signal", "complaint", "terms", List.of(marker)))
                .post("/api/v1/brands/acme/incidents").then().statusCode(201).extract().path("id");
        assertEquals(List.of(), as("agent1").get("/api/v1/brands/acme/incidents/" + incident + "/conversations?limit=200")
                .jsonPath().getList("items.id"));

        String later = complaint("t_" + UUID.randomUUID(), "Η εφαρμογή κόλλησε ξανά " + marker, "el");
        String praise = arrivesWith("t_" + UUID.randomUUID(), "78", "Eva", "Η εφαρμογή " + marker + " είναι τέλεια!",
                "el", "praise", "positive");
        String unrelated = complaint("t_" + UUID.randomUUID(), "Zła obsługa w sklepie", "pl");
        await().atMost(WAIT).until(() -> as("agent1").get("/api/v1/brands/acme/incidents/" + incident
                + "/conversations?limit=200").jsonPath().<String>getList("items.id").contains(later));
        List<String> ids = as("agent1").get("/api/v1/brands/acme/incidents/" + incident + "/conversations?limit=200")
                .jsonPath().getList("items.id");
        assertFalse(ids.contains(praise), "not the incident's signal");
        assertFalse(ids.contains(unrelated), "not the incident's terms");
        assertEquals("urgent", as("agent1").get("/api/v1/conversations/" + later + "/priority").jsonPath()
                .getString("priority"));
        assertEquals("high", as("agent1").get("/api/v1/conversations/" + unrelated + "/priority").jsonPath()
                .getString("priority"));
        as("agent1").get("/api/v1/conversations/" + later + "/audit").then().statusCode(200)
                .body("items.find { it.action == 'gathered_into_incident' }.details.incidentId", equalTo(incident));

        as("manager1").contentType(ContentType.JSON).body(Map.of("resolution", "Naprawione"))
                .post("/api/v1/brands/acme/incidents/" + incident + "/close").then().statusCode(200);
        String afterClose = complaint("t_" + UUID.randomUUID(), "Znowu nie działa " + marker, "pl");
        assertFalse(as("agent1").get("/api/v1/brands/acme/incidents/" + incident + "/conversations?limit=200").jsonPath()
                .<String>getList("items.id").contains(afterClose), "a closed incident gathers nothing");
        assertEquals(null, conversation(afterClose).incidentId);
    }

    @Transactional
    Conversation conversation(String id) {
        return Conversation.findById(UUID.fromString(id));
    }

    @Test
    void aSpikeAlertOpensAnIncidentOnTheBannerWithTheComplaintsOfItsWindow() {
        Instant start = Instant.now().minusSeconds(5);
        String angry = complaint("t_" + UUID.randomUUID(), "Aplikacja nie działa, awaria płatności!", "pl");
        String angryToo = complaint("t_" + UUID.randomUUID(), "Приложение не работает!", "ru");
        String happy = arrivesWith("t_" + UUID.randomUUID(), "77", "Sam Lee", "Love the new app!", "en", "praise",
                "positive");
        String marker = "spike" + UUID.randomUUID().toString().substring(0, 8);
        UUID spikeId = UUID.randomUUID();
        Instant end = Instant.now().plusSeconds(1);
        Event<SpikeDetected> alert = Event.of(UUID.randomUUID(), "analytics-service", "acme", "acme", end, end,
                new SpikeDetected(spikeId, "complaint", start, end, 42, 1.5, 28, List.of(marker, "awaria")));
        TestEvents.send("acme", alert);
        TestEvents.send("acme", alert); // redelivered: still one incident

        String incident = await().atMost(WAIT).until(() -> as("agent1").queryParam("state", "open")
                .get("/api/v1/brands/acme/incidents").then().statusCode(200).extract().jsonPath()
                .<String>getString("items.find { it.title.contains('" + marker + "') }.id"), id -> id != null);
        JsonPath banner = as("agent1").queryParam("state", "open").get("/api/v1/brands/acme/incidents").jsonPath();
        assertEquals(1, banner.getList("items.findAll { it.title.contains('" + marker + "') }").size());
        assertEquals("spike", banner.getString("items.find { it.id == '" + incident + "' }.source"));

        List<String> ids = as("agent1").get("/api/v1/brands/acme/incidents/" + incident + "/conversations?limit=200")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(ids.containsAll(List.of(angry, angryToo)), ids.toString());
        assertFalse(ids.contains(happy), "praise is not part of a complaint spike");
        assertEquals(UUID.fromString(incident), conversation(angry).incidentId);

        // A spike names no words: a complaint after it opened stays free for a topical incident (gather by hand).
        String later = complaint("t_" + UUID.randomUUID(), "Znowu awaria " + marker, "pl");
        assertEquals(null, conversation(later).incidentId);
    }

    @Test
    void anIncidentAboutNamedWordsTakesItsConversationsFromASpikesIncident() {
        String marker = "mv" + UUID.randomUUID().toString().substring(0, 6);
        Instant start = Instant.now().minusSeconds(5);
        String payment = complaint("t_" + UUID.randomUUID(), "Płatności kartą nie przechodzą od rana! 😡 " + marker,
                "pl");
        String delivery = complaint("t_" + UUID.randomUUID(), "Где моя посылка? " + marker, "ru");
        Instant end = Instant.now().plusSeconds(1);
        UUID spikeId = UUID.randomUUID();
        TestEvents.send("acme", Event.of(UUID.randomUUID(), "analytics-service", "acme", "acme", end, end,
                new SpikeDetected(spikeId, "complaint", start, end, 12, 1.5, 4, List.of(marker))));
        String spike = await().atMost(WAIT).until(() -> as("agent1").queryParam("state", "open")
                .get("/api/v1/brands/acme/incidents").jsonPath()
                .<String>getString("items.find { it.title.contains('" + marker + "') }.id"), id -> id != null);
        assertTrue(as("agent1").get("/api/v1/brands/acme/incidents/" + spike + "/conversations?limit=200").jsonPath()
                .<String>getList("items.id").containsAll(List.of(payment, delivery)));

        // The manager names what the crisis is about: its conversations move to that incident; the rest stay.
        String topical = as("manager1").contentType(ContentType.JSON)
                .body(Map.of("title", "Awaria płatności 💳 " + marker, "terms", List.of("płatność")))
                .post("/api/v1/brands/acme/incidents").then().statusCode(201).extract().path("id");
        List<String> gathered = as("agent1").get("/api/v1/brands/acme/incidents/" + topical + "/conversations?limit=200")
                .jsonPath().getList("items.id");
        assertTrue(gathered.contains(payment), gathered.toString());
        assertFalse(gathered.contains(delivery), "not about payments");
        List<String> left = as("agent1").get("/api/v1/brands/acme/incidents/" + spike + "/conversations?limit=200")
                .jsonPath().getList("items.id");
        assertFalse(left.contains(payment), "moved, not in two incidents");
        assertTrue(left.contains(delivery));
        as("agent1").get("/api/v1/conversations/" + payment + "/audit").then().statusCode(200)
                .body("items.findAll { it.action == 'gathered_into_incident' }.details.incidentId", equalTo(List.of(spike,
                        topical)))
                .body("items.find { it.details.incidentId == '" + topical + "' }.details.movedFrom", equalTo(spike));

        // An incident about other words does not take them from the topical one.
        String other = as("manager1").contentType(ContentType.JSON)
                .body(Map.of("title", "Karty ✳ " + marker, "terms", List.of("kartą")))
                .post("/api/v1/brands/acme/incidents").then().statusCode(201).extract().path("id");
        assertFalse(as("agent1").get("/api/v1/brands/acme/incidents/" + other + "/conversations?limit=200").jsonPath()
                .<String>getList("items.id").contains(payment));
    }

    @Test
    void aManagerOpensOneByTermsAssignsHidesAndClosesIt() {
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            opensAssignsHidesAndCloses(inbox);
        }
    }

    private void opensAssignsHidesAndCloses(EventTail inbox) {
        String marker = "qx" + UUID.randomUUID().toString().substring(0, 6);
        String payment = arrivesWith("t_" + UUID.randomUUID(), "51", "Ola", "Płatności nie przechodzą " + marker, "pl",
                "question", "neutral");
        String other = arrivesWith("t_" + UUID.randomUUID(), "52", "Ela", "Kiedy nowa kolekcja?", "pl", "question",
                "neutral");
        JsonPath opened = as("manager1").contentType(ContentType.JSON)
                .body(Map.of("title", "Awaria płatności 💳", "terms", List.of("płatność " + marker)))
                .post("/api/v1/brands/acme/incidents").then().statusCode(201).extract().jsonPath();
        String incident = opened.getString("id");
        assertEquals("Awaria płatności 💳", opened.getString("title"));
        assertEquals("manual", opened.getString("source"));
        List<String> ids = as("agent1").get("/api/v1/brands/acme/incidents/" + incident + "/conversations?limit=200")
                .jsonPath().getList("items.id");
        assertTrue(ids.contains(payment), ids.toString());
        assertFalse(ids.contains(other));
        // The same conversations through the listing, with their summaries, soonest due first.
        JsonPath listed = as("agent1").queryParam("incident", incident).get("/api/v1/conversations").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(ids, listed.getList("items.id"));
        assertEquals("Płatności nie przechodzą " + marker,
                listed.getString("items.find { it.id == '" + payment + "' }.preview"));
        as("agent1").queryParam("incident", "nie-uuid").get("/api/v1/conversations").then().statusCode(400)
                .body("errors[0].field", equalTo("incident"));

        as("manager1").contentType(ContentType.JSON).body(Map.of("team", "crisis", "assignee", "manager1"))
                .post("/api/v1/brands/acme/incidents/" + incident + "/assign").then().statusCode(200)
                .body("action", equalTo("assign")).body("affected", equalTo(ids.size()))
                .body("doneBy", equalTo("manager1"));
        assertEquals("crisis", conversation(payment).team);
        assertEquals("manager1", conversation(payment).assignee);
        // Every conversation has an owner from the assignment rules; the one outside the incident keeps its own.
        org.junit.jupiter.api.Assertions.assertNotEquals("crisis", conversation(other).team);
        org.junit.jupiter.api.Assertions.assertNotEquals("manager1", conversation(other).assignee);

        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            as("manager1").contentType(ContentType.JSON).body(Map.of("reason", "legal", "all", true))
                    .post("/api/v1/brands/acme/incidents/" + incident + "/hide").then().statusCode(200)
                    .body("detail", org.hamcrest.Matchers.containsString("reason=legal"));
            var hide = outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().startsWith("incident/" + incident + "/hide/"), WAIT);
            assertEquals(OutboundAction.HIDE, hide.data().action());
            assertEquals("manager1", hide.data().requestedBy());
        }
        as("manager1").contentType(ContentType.JSON).body(Map.of("resolution", "Płatności działają od 10:40."))
                .post("/api/v1/brands/acme/incidents/" + incident + "/close").then().statusCode(200)
                .body("state", equalTo("closed")).body("closedBy", equalTo("manager1"));
        as("agent1").queryParam("state", "open").get("/api/v1/brands/acme/incidents").then().statusCode(200)
                .body("items.id", not(hasItem(incident)));
        as("manager1").contentType(ContentType.JSON).body(Map.of("team", "care"))
                .post("/api/v1/brands/acme/incidents/" + incident + "/assign").then().statusCode(409);
        as("agent1").get("/api/v1/brands/acme/incidents/" + incident + "/actions").then().statusCode(200)
                .body("items.action", equalTo(List.of("gather", "assign", "hide", "close")));
        // Opening and closing are announced for the timeline (analytics).
        var announced = inbox.awaitEvent(io.parley.contracts.inbox.IncidentOpened.class,
                e -> e.data().incidentId().toString().equals(incident), WAIT);
        assertEquals(List.of("Awaria płatności 💳", "manual", "manager1"), List.of(announced.data().title(),
                announced.data().source(), announced.data().openedBy()));
        var closed = inbox.awaitEvent(io.parley.contracts.inbox.IncidentClosed.class,
                e -> e.data().incidentId().toString().equals(incident), WAIT);
        assertEquals("Płatności działają od 10:40.", closed.data().resolution());
    }

    @Test
    void everyRoleOfTheBrandSeesTheOpenIncidentForTheBannerButOnlyTheCareTeamItsConversations() {
        String incident = as("manager1").contentType(ContentType.JSON)
                .body(Map.of("title", "Awaria płatności 💳", "signal", "complaint"))
                .post("/api/v1/brands/acme/incidents").then().statusCode(201).extract().path("id");
        for (String who : List.of("agent1", "editor1", "approver1", "manager1")) {
            as(who).queryParam("state", "open").get("/api/v1/brands/acme/incidents").then().statusCode(200)
                    .body("items.id", hasItem(incident));
            as(who).get("/api/v1/brands/acme/incidents/" + incident).then().statusCode(200)
                    .body("title", equalTo("Awaria płatności 💳"));
        }
        as("editor1").get("/api/v1/brands/acme/incidents/" + incident + "/conversations?limit=200").then().statusCode(403);
        as("approver1").get("/api/v1/brands/acme/incidents/" + incident + "/actions").then().statusCode(403);
        as("agent2").queryParam("state", "open").get("/api/v1/brands/acme/incidents").then().statusCode(404);
    }

    @Test
    void badRequestsAreNamedAndOtherBrandsSeeNothing() {
        as("agent1").contentType(ContentType.JSON).body(Map.of("title", "x", "signal", "complaint"))
                .post("/api/v1/brands/acme/incidents").then().statusCode(403);
        as("manager1").contentType(ContentType.JSON).body(Map.of("title", "x"))
                .post("/api/v1/brands/acme/incidents").then().statusCode(400).body("errors[0].field", equalTo("terms"));
        as("manager1").contentType(ContentType.JSON).body(Map.of("title", "x", "signal", "angry"))
                .post("/api/v1/brands/acme/incidents").then().statusCode(400).body("errors[0].field", equalTo("signal"));
        as("manager1").contentType(ContentType.JSON).body(Map.of("title", "x", "signal", "negative", "from",
                        "2026-11-23T10:00:00Z", "to", "2026-11-23T09:00:00Z"))
                .post("/api/v1/brands/acme/incidents").then().statusCode(400).body("errors[0].field", equalTo("from"));
        as("agent1").queryParam("state", "burning").get("/api/v1/brands/acme/incidents").then().statusCode(400);
        as("agent2").get("/api/v1/brands/acme/incidents").then().statusCode(404);
        as("agent1").get("/api/v1/brands/acme/incidents/" + UUID.randomUUID()).then().statusCode(404);
        String incident = as("manager1").contentType(ContentType.JSON).body(Map.of("title", "x", "signal", "negative"))
                .post("/api/v1/brands/acme/incidents").then().statusCode(201).extract().path("id");
        as("admin1").get("/api/v1/brands/globex/incidents/" + incident).then().statusCode(404);
        as("manager1").contentType(ContentType.JSON).body(Map.of("reason", "boring"))
                .post("/api/v1/brands/acme/incidents/" + incident + "/hide").then().statusCode(400);
        as("manager1").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/brands/acme/incidents/" + incident + "/close").then().statusCode(200);
    }

    /**
     * An incident's conversations come as the queue lists them: summaries (who wrote, the first words, status, due
     * time, owner) in pages with a cursor, the first page with the total (issue 16, item 7).
     */
    @Test
    void anIncidentsConversationsAreSummariesPagedLikeTheQueue() {
        String marker = "pg" + UUID.randomUUID().toString().substring(0, 6);
        String incident = as("manager1").contentType(ContentType.JSON)
                .body(Map.of("title", "Awaria dostaw 🚚 " + marker, "signal", "complaint", "terms", List.of(marker)))
                .post("/api/v1/brands/acme/incidents").then().statusCode(201).extract().path("id");
        String first = arrivesWith("t_" + UUID.randomUUID(), "51", "Анна Смирнова", "Доставка " + marker
                + " не работает", "ru", "complaint", "negative");
        String second = complaint("t_" + UUID.randomUUID(), "Dostawa " + marker + " znowu stoi", "pl");
        String base = "/api/v1/brands/acme/incidents/" + incident + "/conversations";
        await().atMost(WAIT).until(() -> as("agent1").get(base).jsonPath().<String>getList("items.id").size() == 2);

        io.restassured.path.json.JsonPath page1 = as("agent1").queryParam("limit", 1).get(base).then().statusCode(200)
                .body("sort", equalTo("due")).body("total", equalTo(2)).body("totalIsEstimate", equalTo(false))
                .extract().jsonPath();
        assertEquals(first, page1.getString("items[0].id"), "soonest due first: the first to arrive");
        assertEquals("Анна Смирнова", page1.getString("items[0].author.name"));
        assertEquals("Доставка " + marker + " не работает", page1.getString("items[0].preview"));
        assertEquals("new", page1.getString("items[0].status"));
        assertEquals("urgent", page1.getString("items[0].priority"), "gathered into an incident");
        assertTrue(page1.getString("items[0].dueAt") != null && page1.getString("items[0].team") != null);
        String cursor = page1.getString("nextCursor");
        assertTrue(cursor != null, "a second page follows");
        io.restassured.path.json.JsonPath page2 = as("agent1").queryParam("limit", 1).queryParam("cursor", cursor)
                .get(base).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(second), page2.getList("items.id"));
        assertNull(page2.getString("nextCursor"), "the last page");
        assertNull(page2.get("total"), "the total on the first page only");

        as("agent1").queryParam("limit", 500).get(base).then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("limit"));
        as("agent1").queryParam("cursor", "nonsense").get(base).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as("agent1").get("/api/v1/brands/acme/incidents/" + UUID.randomUUID() + "/conversations").then()
                .statusCode(404);
        as("agent2").get(base).then().statusCode(404);
    }

    @Test
    void aRetriedHideWithTheSameKeyAsksThePlatformOnce() {
        String marker = "qk" + UUID.randomUUID().toString().substring(0, 6);
        arrivesWith("t_" + UUID.randomUUID(), "61", "Ola", "Dostawa nie dotarła " + marker, "pl", "complaint",
                "negative");
        String incident = as("manager1").contentType(ContentType.JSON)
                .body(Map.of("title", "Opóźnione dostawy 📦", "terms", List.of("dostawa " + marker)))
                .post("/api/v1/brands/acme/incidents").then().statusCode(201).extract().path("id");
        String key = "incident-hide-" + UUID.randomUUID();
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            int affected = as("manager1").header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("reason", "legal", "all", true))
                    .post("/api/v1/brands/acme/incidents/" + incident + "/hide").then().statusCode(200)
                    .extract().path("affected");
            assertTrue(affected >= 1, "the incident's comment is asked to hide");
            as("manager1").header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("reason", "legal", "all", true))
                    .post("/api/v1/brands/acme/incidents/" + incident + "/hide").then().statusCode(200)
                    .header("Idempotent-Replayed", equalTo("true")).body("affected", equalTo(affected));
            as("manager1").header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("reason", "spam", "all", true))
                    .post("/api/v1/brands/acme/incidents/" + incident + "/hide").then().statusCode(422)
                    .body("errors[0].field", equalTo("Idempotency-Key"));
            assertEquals(affected, outboundActions(outbound, o -> o.origin().startsWith("incident/" + incident
                    + "/hide/")), "each interaction asked once");
        }
        as("manager1").get("/api/v1/brands/acme/incidents/" + incident + "/actions").then().statusCode(200)
                .body("items.action", equalTo(List.of("gather", "hide")));
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    /**
     * A crisis of thousands: a manager's incident over a window of 5,200 conversations whose customers all wrote its
     * word gathers every one of them — read in pages of interactions and joined in chunks, more than one of each —
     * and the gather's record counts them all.
     */
    @Test
    void anIncidentOverThousandsOfConversationsGathersEveryOne() {
        String marker = "gx" + UUID.randomUUID().toString().substring(0, 6);
        int many = IncidentService.GATHER_PAGE + 200;
        Instant from = Instant.parse("2021-03-01T00:00:00Z");
        crowd(marker, from, many);
        try {
            String incident = as("manager1").contentType(ContentType.JSON)
                    .body(Map.of("title", "Awaria " + marker, "terms", List.of(marker), "from", from.toString(),
                            "to", from.plusSeconds(many + 1).toString()))
                    .post("/api/v1/brands/acme/incidents").then().statusCode(201).extract().jsonPath().getString("id");
            assertEquals(many, joined(incident, marker), "every conversation of the window that wrote the word");
            assertEquals(List.of(many), gatherRecords(incident), "the gather's record");
        } finally {
            removeCrowd(marker);
        }
    }

    /**
     * A spike over thousands of conversations: its incident gathers every one, a chunk per transaction (one
     * transaction for all of them outlived the timeout), and the spike read again gathers nothing twice.
     */
    @Test
    void aSpikeOverThousandsOfConversationsGathersEveryOneOnce() {
        String marker = "sx" + UUID.randomUUID().toString().substring(0, 6);
        int many = 3 * IncidentService.GATHER_CHUNK + 70;
        Instant from = Instant.parse("2021-04-01T00:00:00Z");
        crowd(marker, from, many);
        try {
            Instant to = from.plusSeconds(many + 1);
            Event<SpikeDetected> alert = Event.of(UUID.randomUUID(), "analytics-service", "acme", "acme", to, to,
                    new SpikeDetected(UUID.randomUUID(), "complaint", from, to, many, 1.5, 28, List.of(marker)));
            TestEvents.send("acme", alert);
            String incident = await().atMost(WAIT).until(() -> as("agent1").queryParam("state", "open")
                    .get("/api/v1/brands/acme/incidents").then().statusCode(200).extract().jsonPath()
                    .<String>getString("items.find { it.title.contains('" + marker + "') }.id"), id -> id != null);
            await().atMost(WAIT).until(() -> gatherRecords(incident).size() == 1);
            assertEquals(many, joined(incident, marker), "every complaint of the spike's window");
            assertEquals(List.of(many), gatherRecords(incident));
            TestEvents.send("acme", alert); // redelivered: the gather is recorded, nothing is gathered again
            TestEvents.send("acme", Event.of(UUID.randomUUID(), "analytics-service", "acme", "acme", to, to,
                    new SpikeDetected(UUID.randomUUID(), "complaint", from, to, 1, 1.5, 28, List.of("after" + marker))));
            await().atMost(WAIT).until(() -> as("agent1").get("/api/v1/brands/acme/incidents").jsonPath()
                    .getList("items.findAll { it.title.contains('after" + marker + "') }").size() > 0);
            assertEquals(List.of(many), gatherRecords(incident), "one gather, once");
        } finally {
            removeCrowd(marker);
        }
    }

    /** Conversations of acme's past, one complaint each with the marker in its text, one a second from {@code from}. */
    private void crowd(String marker, Instant from, int many) {
        String rows = "FROM generate_series(1, " + many + ") n";
        String at = "CAST(:from AS timestamptz) + n * interval '1 second'";
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    INSERT INTO conversation (id, brand, platform, channel_account_id, thread_id, status, received_at,
                        due_at, last_interaction_at, reply_target_id, preview, interaction_count, priority)
                    SELECT md5(:m || '-c-' || n)::uuid, 'acme', 'facebook', :m, :m || '-' || n, 'resolved', %s,
                        %s + interval '30 minutes', %s, :m || '-' || n, 'Awaria ' || :m, 1, 'normal' %s
                    """.formatted(at, at, at, rows)).setParameter("m", marker).setParameter("from", from.toString())
                    .executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO interaction (id, conversation_id, brand, platform, channel_account_id, thread_id, kind,
                        platform_object_id, text, platform_time, observed_at, language, moment, sentiment)
                    SELECT md5(:m || '-i-' || n)::uuid, md5(:m || '-c-' || n)::uuid, 'acme', 'facebook', :m,
                        :m || '-' || n, 'comment', :m || '-' || n, 'Awaria płatności ' || :m, %s, %s, 'pl',
                        'complaint', 'negative' %s
                    """.formatted(at, at, rows)).setParameter("m", marker).setParameter("from", from.toString())
                    .executeUpdate();
        });
    }

    private long joined(String incident, String marker) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM conversation WHERE incident_id = CAST(?1 AS uuid) AND channel_account_id = ?2")
                .setParameter(1, incident).setParameter(2, marker).getSingleResult()).longValue());
    }

    private List<Integer> gatherRecords(String incident) {
        // on the test's thread or awaitility's: a transaction of its own either way
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> affected = em.createNativeQuery("SELECT affected FROM incident_action WHERE incident_id = "
                    + "CAST(?1 AS uuid) AND action = 'gather'").setParameter(1, incident).getResultList();
            return affected.stream().map(a -> ((Number) a).intValue()).toList();
        });
    }

    private void removeCrowd(String marker) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM interaction WHERE channel_account_id = ?1").setParameter(1, marker)
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM conversation WHERE channel_account_id = ?1").setParameter(1, marker)
                    .executeUpdate();
        });
    }
}
