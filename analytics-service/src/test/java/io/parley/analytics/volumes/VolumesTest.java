package io.parley.analytics.volumes;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Interactions heard on parley.interactions.v1 become the brand's volumes by moment of truth and its sentiment. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class VolumesTest {

    static final String VOLUMES = "/api/v1/brands/{brand}/analytics/volumes";
    static final String SENTIMENT = "/api/v1/brands/{brand}/analytics/sentiment";

    /** Publishes one interaction as the gateway does, with what enrichment read in it; returns the event. */
    static Event<InteractionReceived> heard(Platform platform, Instant writtenAt, String text, String moment,
            boolean spam, String sentiment, double score) {
        String id = UUID.randomUUID().toString();
        InteractionReceived received = new InteractionReceived(StableIds.of("t", id), platform, "p",
                InteractionKind.COMMENT, id, null, null, id, new Author("a" + id, "Zoë", null), text, null, writtenAt,
                new InteractionSignals("pl", 0.9, moment, 0.8, false, 0, spam, spam ? 0.95 : 0.01, sentiment, score,
                        "test", List.of()));
        String subject = "acme:" + platform.id() + ":" + id;
        Event<InteractionReceived> event = Event.of(UUID.randomUUID(), "ingest-service", "acme", subject, writtenAt,
                Instant.now(), received);
        TestEvents.send(subject, event);
        return event;
    }

    static JsonPath figures(String path, String user, Instant from, Instant to, String platform, String bucket) {
        var request = given().header("Authorization", Tokens.bearer(Tokens.forUser(user)))
                .pathParam("brand", "acme").queryParam("from", from.toString()).queryParam("to", to.toString());
        if (platform != null) {
            request = request.queryParam("platform", platform);
        }
        if (bucket != null) {
            request = request.queryParam("bucket", bucket);
        }
        return request.get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Two days of their own, long ago, so that no other test's interactions fall into them. */
    static Instant quietDay() {
        return Instant.parse("1980-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(0, 7000)));
    }

    @Test
    void momentsAreCountedPerDayWithSpamApartAndARedeliveryCountedOnce() {
        Instant day = quietDay();
        Instant to = day.plus(Duration.ofDays(2));
        Event<InteractionReceived> complaint = heard(Platform.FACEBOOK, day.plusSeconds(3600),
                "Zamówienie nie dotarło 😡", "complaint", false, "negative", -0.8);
        heard(Platform.FACEBOOK, day.plusSeconds(7200), "Το προϊόν χάλασε", "complaint", false, "negative", -0.6);
        heard(Platform.INSTAGRAM, day.plusSeconds(9000), "Когда будет доставка?", "question", false, "neutral", 0.0);
        heard(Platform.FACEBOOK, day.plus(Duration.ofHours(30)), "Uwielbiam was! 🎉", "praise", false, "positive", 0.9);
        heard(Platform.FACEBOOK, day.plus(Duration.ofHours(31)), "Cheap followers here", "complaint", true,
                "neutral", 0.0);
        TestEvents.send(complaint.subject(), complaint); // a redelivery changes nothing

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath all = figures(VOLUMES, "manager1", day, to, null, null);
            assertEquals(5, all.getInt("totals.total"));
        });
        JsonPath all = figures(VOLUMES, "agent1", day, to, null, null);
        assertEquals("day", all.getString("bucket"));
        assertEquals(2, all.getInt("totals.complaint"));
        assertEquals(1, all.getInt("totals.question"));
        assertEquals(1, all.getInt("totals.praise"));
        assertEquals(0, all.getInt("totals.suggestion"));
        assertEquals(1, all.getInt("totals.spam"), "spam is in no moment");
        assertEquals(2, all.getList("buckets").size());
        assertEquals(day.toString(), all.getString("buckets[0].start"));
        assertEquals(2, all.getInt("buckets[0].complaint"));
        assertEquals(1, all.getInt("buckets[0].question"));
        assertEquals(3, all.getInt("buckets[0].total"));
        assertEquals(1, all.getInt("buckets[1].praise"));
        assertEquals(1, all.getInt("buckets[1].spam"));
        assertEquals(0, all.getInt("buckets[1].complaint"));

        JsonPath instagram = figures(VOLUMES, "manager1", day, to, "instagram", null);
        assertEquals("instagram", instagram.getString("platform"));
        assertEquals(1, instagram.getInt("totals.total"));
        assertEquals(1, instagram.getInt("totals.question"));

        JsonPath hourly = figures(VOLUMES, "manager1", day, day.plus(Duration.ofHours(4)), "facebook", "hour");
        assertEquals(4, hourly.getList("buckets").size(), "every hour listed, empty ones included");
        assertEquals(0, hourly.getInt("buckets[0].total"));
        assertEquals(1, hourly.getInt("buckets[1].complaint"));
        assertEquals(1, hourly.getInt("buckets[2].complaint"));
    }

    @Test
    void sentimentIsCountedPerDayWithTheMeanScoreAndSpamLeftOut() {
        Instant day = quietDay();
        Instant to = day.plus(Duration.ofDays(2));
        heard(Platform.X, day.plusSeconds(60), "Świetna obsługa", "praise", false, "positive", 0.8);
        heard(Platform.X, day.plusSeconds(120), "Ужасно", "complaint", false, "negative", -0.6);
        heard(Platform.X, day.plusSeconds(180), "Ok", "question", false, "neutral", 0.1);
        heard(Platform.X, day.plusSeconds(240), "Free crypto", "question", true, "positive", 1.0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(3, figures(SENTIMENT, "manager1", day, to, "x", null).getInt("totals.positive")
                        + figures(SENTIMENT, "manager1", day, to, "x", null).getInt("totals.negative")
                        + figures(SENTIMENT, "manager1", day, to, "x", null).getInt("totals.neutral")));
        JsonPath s = figures(SENTIMENT, "manager1", day, to, "x", "day");
        assertEquals(1, s.getInt("buckets[0].positive"), "the spam's positive is left out");
        assertEquals(1, s.getInt("buckets[0].negative"));
        assertEquals(1, s.getInt("buckets[0].neutral"));
        assertEquals(0.1, s.getDouble("buckets[0].averageScore"), 1e-9); // (0.8 - 0.6 + 0.1) / 3
        assertEquals(0.1, s.getDouble("totals.averageScore"), 1e-9);
        assertEquals(0, s.getInt("buckets[1].positive"));
        assertNull(s.get("buckets[1].averageScore"), "an empty day has no mean");
    }

    @Test
    void badRequestsAreProblems() {
        String token = Tokens.bearer(Tokens.forUser("manager1"));
        given().header("Authorization", token).pathParam("brand", "acme").queryParam("bucket", "week")
                .get(SENTIMENT).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("bucket"));
        given().header("Authorization", token).pathParam("brand", "acme").queryParam("bucket", "hour")
                .queryParam("from", "2026-01-01T00:00:00Z").queryParam("to", "2026-03-01T00:00:00Z")
                .get(VOLUMES).then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().header("Authorization", token).pathParam("brand", "acme")
                .queryParam("from", "2026-03-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .get(VOLUMES).then().statusCode(400).body("detail", equalTo("from: must be before to"));
        given().header("Authorization", token).pathParam("brand", "not-my-brand").get(VOLUMES)
                .then().statusCode(404);
        given().pathParam("brand", "acme").get(SENTIMENT).then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.forUser("editor1"))).pathParam("brand", "acme")
                .get(VOLUMES).then().statusCode(403);
    }
}
