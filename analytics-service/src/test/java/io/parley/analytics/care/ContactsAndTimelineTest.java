package io.parley.analytics.care;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.AdvocateGained;
import io.parley.contracts.inbox.ComplaintSettled;
import io.parley.contracts.inbox.IncidentClosed;
import io.parley.contracts.inbox.IncidentOpened;
import io.parley.contracts.inbox.NoteAdded;
import io.parley.contracts.inbox.RecommendationRequested;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Meaningful contacts and the timeline, from known events, each in a window of its own. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class ContactsAndTimelineTest {

    /**
     * Awaiting, not sleeping: the inbox topic on a shared test broker carries every module's traffic, which the care
     * consumer group reads too, so a scenario's events may queue behind a few thousand others.
     */
    private static final Duration WAIT = Duration.ofMinutes(3);

    private static Instant day() {
        return LocalDate.of(ThreadLocalRandom.current().nextInt(1981, 2020), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(0, 360)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static void inbox(String brand, String key, Instant at, io.parley.contracts.Payload payload) {
        TestEvents.send(key, Event.of(UUID.randomUUID(), "inbox-service", brand, key, at, at, payload));
    }

    @Test
    void meaningfulContactsCountWhatHappenedInTheWindowOnce() {
        Instant start = day();
        Instant t = start.plus(Duration.ofHours(9));
        // A question answered in the window; another answered only after it (counts in the window of its answer).
        CareEvents question = CareEvents.opened("acme", Platform.X, t, "care", "question", "en", Duration.ofHours(1),
                60);
        question.answered("agent1", t.plus(Duration.ofMinutes(5)), t.plus(Duration.ofHours(1)));
        CareEvents late = CareEvents.opened("acme", Platform.X, t, "care", "question", "en", Duration.ofHours(1), 60);
        late.answered("agent1", start.plus(Duration.ofDays(2)), t.plus(Duration.ofHours(1)));
        // A complaint settled, announced twice (a redelivery under a new id): counted once.
        CareEvents complaint = CareEvents.opened("acme", Platform.X, t, "care", "complaint", "en",
                Duration.ofHours(1), 60);
        for (int i = 0; i < 2; i++) {
            inbox("acme", complaint.id.toString(), t.plus(Duration.ofHours(2)), new ComplaintSettled(UUID.randomUUID(),
                    complaint.id, "delivery", null, "agent1", t.plus(Duration.ofHours(2))));
        }
        // A suggestion passed on by a note mentioning a colleague (twice: the first counts); a note without a
        // mention, and a mention on a complaint, pass nothing on.
        CareEvents suggestion = CareEvents.opened("acme", Platform.X, t, "care", "suggestion", "en",
                Duration.ofHours(1), 60);
        for (String who : List.of("agent1", "agent2")) {
            inbox("acme", suggestion.id.toString(), t.plus(Duration.ofHours(1)), new NoteAdded(suggestion.id,
                    UUID.randomUUID(), who, List.of("manager1"), "@manager1 for the product team",
                    t.plus(Duration.ofHours(1))));
        }
        CareEvents quiet = CareEvents.opened("acme", Platform.X, t, "care", "suggestion", "en", Duration.ofHours(1),
                60);
        inbox("acme", quiet.id.toString(), t, new NoteAdded(quiet.id, UUID.randomUUID(), "agent1", List.of(),
                "nice idea", t));
        inbox("acme", complaint.id.toString(), t, new NoteAdded(complaint.id, UUID.randomUUID(), "agent1",
                List.of("manager1"), "@manager1 look", t));
        // An advocate gained (announced twice: once), a recommendation requested; and globex's, which acme never sees.
        for (int i = 0; i < 2; i++) {
            inbox("acme", "instagram:fan-" + start, t, new AdvocateGained(Platform.INSTAGRAM, "fan-" + start, "Fan",
                    suggestion.id, 3, t));
        }
        inbox("acme", "instagram:fan-" + start, t, new RecommendationRequested(UUID.randomUUID(), Platform.INSTAGRAM,
                "fan-" + start, "direct_message", suggestion.id, "manager1", t.plus(Duration.ofHours(3))));
        inbox("globex", "instagram:other-" + start, t, new AdvocateGained(Platform.INSTAGRAM, "other-" + start,
                "Other", UUID.randomUUID(), 3, t));

        String token = Tokens.bearer(Tokens.forUser("manager1"));
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath c = given().header("Authorization", token).queryParam("from", start.toString())
                    .queryParam("to", start.plus(Duration.ofDays(1)).toString())
                    .get("/api/v1/brands/acme/analytics/contacts").then().statusCode(200).extract().jsonPath();
            assertEquals(1, c.getInt("questionsAnswered"));
            assertEquals(1, c.getInt("complaintsSettled"));
            assertEquals(1, c.getInt("suggestionsPassedOn"));
            assertEquals(1, c.getInt("advocatesGained"));
            assertEquals(1, c.getInt("recommendationsRequested"));
        });
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2"))).queryParam("from", start.toString())
                .queryParam("to", start.plus(Duration.ofDays(1)).toString())
                .get("/api/v1/brands/globex/analytics/contacts").then().statusCode(200)
                .body("advocatesGained", org.hamcrest.Matchers.equalTo(1))
                .body("complaintsSettled", org.hamcrest.Matchers.equalTo(0));
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2")))
                .get("/api/v1/brands/acme/analytics/contacts").then().statusCode(404);
    }

    @Test
    void aRecommendationIsObtainedByTheAdvocatesFirstPraiseWrittenAfterItWasAsked() {
        Instant start = day();
        Instant t = start.plus(Duration.ofHours(9));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String early = "early-" + run;
        String late = "late-" + run;
        String silent = "silent-" + run;
        UUID conversation = UUID.randomUUID();
        // early: praise before being asked (obtains nothing), asked, then praise twice (the first obtains it) and
        // the same praise redelivered.
        wrote("acme", early, t.plus(Duration.ofHours(1)), "praise", "positive", UUID.randomUUID());
        ask(early, conversation, t.plus(Duration.ofHours(2)));
        UUID praised = UUID.randomUUID();
        wrote("acme", early, t.plus(Duration.ofHours(4)), "praise", "positive", praised);
        wrote("acme", early, t.plus(Duration.ofHours(4)), "praise", "positive", praised);
        wrote("acme", early, t.plus(Duration.ofHours(5)), "question", "positive", UUID.randomUUID());
        // late: the positive interaction is sent before the request it answers (two topics, either order).
        wrote("acme", late, t.plus(Duration.ofHours(6)), "question", "positive", UUID.randomUUID());
        ask(late, conversation, t.plus(Duration.ofHours(3)));
        // silent: asked; writes only a complaint, and praise only after the window; another brand's praise by the
        // same author obtains nothing for acme.
        ask(silent, conversation, t.plus(Duration.ofHours(3)));
        wrote("acme", silent, t.plus(Duration.ofHours(5)), "complaint", "negative", UUID.randomUUID());
        wrote("acme", silent, t.plus(Duration.ofDays(40)), "praise", "positive", UUID.randomUUID());
        wrote("globex", silent, t.plus(Duration.ofHours(6)), "praise", "positive", UUID.randomUUID());

        String token = Tokens.bearer(Tokens.forUser("manager1"));
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath c = given().header("Authorization", token).queryParam("from", start.toString())
                    .queryParam("to", start.plus(Duration.ofDays(1)).toString())
                    .get("/api/v1/brands/acme/analytics/contacts").then().statusCode(200).extract().jsonPath();
            assertEquals(3, c.getInt("recommendationsRequested"));
            assertEquals(2, c.getInt("recommendationsObtained"));
        });
        // Nothing more arrives for the silent author in the window after the complaint: the praise 40 days on is
        // past the 30-day window, counted in no window.
        given().header("Authorization", token).queryParam("from", start.toString())
                .queryParam("to", start.plus(Duration.ofDays(60)).toString())
                .get("/api/v1/brands/acme/analytics/contacts").then().statusCode(200)
                .body("recommendationsObtained", org.hamcrest.Matchers.equalTo(2));
    }

    private static void ask(String author, UUID conversation, Instant at) {
        inbox("acme", "instagram:" + author, at, new RecommendationRequested(UUID.randomUUID(), Platform.INSTAGRAM,
                author, "direct_message", conversation, "manager1", at));
    }

    /** An interaction by an Instagram author, as ingest-service announces it (the event id given: redeliveries). */
    private static void wrote(String brand, String author, Instant at, String moment, String sentiment, UUID eventId) {
        String thread = "rec-" + UUID.randomUUID();
        InteractionReceived received = new InteractionReceived(StableIds.of("instagram", "acct", thread),
                Platform.INSTAGRAM, "acct", InteractionKind.COMMENT, thread, "post", "post", thread,
                new Author(author, "Fan", null), "text", null, at, new InteractionSignals("en", 0.9, moment, 0.9, false,
                0, false, 0, sentiment, "positive".equals(sentiment) ? 0.8 : -0.6, "test", List.of()));
        String key = brand + ":instagram:" + author;
        TestEvents.send(key, Event.of(eventId, "ingest-service", brand, key, at, at, received));
    }

    @Test
    void theTimelineShowsMomentsAndSentimentPerDayWithTheIncidentsMarked() {
        Instant start = day();
        Platform channel = Platform.YOUTUBE;
        String thread = "timeline-" + UUID.randomUUID();
        heard(channel, thread + "-1", start.plus(Duration.ofHours(8)), "complaint", "negative", -0.8);
        heard(channel, thread + "-2", start.plus(Duration.ofHours(9)), "complaint", "negative", -0.6);
        heard(channel, thread + "-3", start.plus(Duration.ofHours(30)), "praise", "positive", 0.9);
        UUID incident = UUID.randomUUID();
        inbox("acme", incident.toString(), start.plus(Duration.ofHours(10)), new IncidentOpened(incident,
                "Spike: complaints", "spike", "complaint", "analytics-service", start.plus(Duration.ofHours(10))));
        inbox("acme", incident.toString(), start.plus(Duration.ofHours(26)), new IncidentClosed(incident, "manager1",
                start.plus(Duration.ofHours(26)), "The depot reopened."));

        String token = Tokens.bearer(Tokens.forUser("agent1"));
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath t = given().header("Authorization", token).queryParam("from", start.toString())
                    .queryParam("to", start.plus(Duration.ofDays(3)).toString()).queryParam("channel", channel.id())
                    .get("/api/v1/brands/acme/analytics/timeline").then().statusCode(200).extract().jsonPath();
            assertEquals(3, t.getList("days").size());
            assertEquals(List.of(2, 0, 0), t.getList("days.complaint"));
            assertEquals(List.of(0, 1, 0), t.getList("days.praise"));
            assertEquals(List.of(2, 0, 0), t.getList("days.negative"));
            assertEquals(-0.7, t.getDouble("days[0].averageScore"), 1e-6);
            // only this scenario's incident: another test's incident left open before this window is open here too
            assertEquals(List.of(incident.toString()), ours(t.getList("days[0].incidents"), incident));
            assertEquals(List.of(incident.toString()), ours(t.getList("days[1].incidents"), incident),
                    "closed on the second day");
            assertEquals(List.of(), ours(t.getList("days[2].incidents"), incident));
            assertEquals("The depot reopened.", t.getString("incidents.find { it.incidentId == '" + incident
                    + "' }.resolution"));
        });
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2"))).queryParam("from", start.toString())
                .queryParam("to", start.plus(Duration.ofDays(3)).toString())
                .get("/api/v1/brands/globex/analytics/timeline").then().statusCode(200)
                .body("incidents", org.hamcrest.Matchers.empty());
        given().header("Authorization", token).queryParam("channel", "orkut")
                .get("/api/v1/brands/acme/analytics/timeline").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("channel"));
    }

    private static List<String> ours(List<String> incidents, UUID incident) {
        return incidents.stream().filter(incident.toString()::equals).toList();
    }

    private static void heard(Platform channel, String thread, Instant at, String moment, String sentiment,
            double score) {
        InteractionReceived received = new InteractionReceived(StableIds.of(channel.id(), "acct", thread), channel,
                "acct", InteractionKind.COMMENT, thread, "post", "post", thread, new Author("a", "A", null), "text",
                null, at, new InteractionSignals("en", 0.9, moment, 0.9, false, 0, false, 0, sentiment, score, "test",
                List.of()));
        String key = "acme:" + channel.id() + ":timeline"; // one partition: the interactions are read in order
        TestEvents.send(key, Event.of(UUID.randomUUID(), "ingest-service", "acme", key, at, at, received));
    }
}
