package io.parley.analytics.volumes;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.InteractionReceived;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * At-least-once delivery: the interactions consumer ({@code InteractionSignalsConsumer}) gets every interaction a
 * second time, the same ids, and the volumes, the sentiment and the timeline — whole days read from the daily rollup,
 * part-days and hours from the interactions — stay as they were, and as the interactions say. Each redelivery is
 * followed on its key (its partition, read in order) by a marker in a day of its own; once the markers count, the
 * redelivered interactions before them have been read.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class InteractionsRedeliveryTest {

    private static final Duration WAIT = Duration.ofMinutes(3);

    @Test
    void interactionsDeliveredTwiceLeaveVolumesSentimentAndTheTimelineAsTheyWere() {
        Instant day = Instant.parse("1900-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current()
                .nextInt(0, 20_000)));
        Platform channel = Platform.TIKTOK;
        List<Event<InteractionReceived>> heard = new ArrayList<>(List.of(
                VolumesTest.heard(channel, day.plus(Duration.ofHours(1)), "Paczka nie doszła", "complaint", false,
                        "negative", -0.8),
                VolumesTest.heard(channel, day.plus(Duration.ofHours(2)), "Το προϊόν χάλασε", "complaint", false,
                        "negative", -0.6),
                VolumesTest.heard(channel, day.plus(Duration.ofHours(3)), "Когда будет доставка?", "question", false,
                        "neutral", 0.1),
                VolumesTest.heard(channel, day.plus(Duration.ofHours(4)), "WIN A PRIZE", null, true, "positive", 0.9),
                VolumesTest.heard(channel, day.plus(Duration.ofHours(30)), "Uwielbiam was! 🎉", "praise", false,
                        "positive", 0.9)));
        Instant to = day.plus(Duration.ofDays(2));

        await().atMost(WAIT).untilAsserted(() -> assertEquals(5, VolumesTest.figures(VolumesTest.VOLUMES, "manager1",
                day, to, channel.id(), "day").getInt("totals.total")));
        Map<String, Object> before = answers(day, to, channel);
        JsonPath days = VolumesTest.figures(VolumesTest.VOLUMES, "manager1", day, to, channel.id(), "day");
        assertEquals(List.of(2, 0), days.getList("buckets.complaint"));
        assertEquals(List.of(1, 0), days.getList("buckets.spam"));
        assertEquals(List.of(0, 1), days.getList("buckets.praise"));
        JsonPath feelings = VolumesTest.figures(VolumesTest.SENTIMENT, "manager1", day, to, channel.id(), "day");
        assertEquals(List.of(2, 0), feelings.getList("buckets.negative"));
        assertEquals((-0.8 - 0.6 + 0.1) / 3, feelings.getDouble("buckets[0].averageScore"), 1e-6);

        // The interactions again, newest first; then a marker on each one's key, in a day of its own.
        Instant later = day.plus(Duration.ofDays(5));
        for (int i = heard.size() - 1; i >= 0; i--) {
            Event<InteractionReceived> e = heard.get(i);
            TestEvents.send(e.subject(), e);
            InteractionReceived r = e.data();
            TestEvents.send(e.subject(), Event.of(UUID.randomUUID(), "ingest-service", "acme", e.subject(), later,
                    later, new InteractionReceived(StableIds.of("t", UUID.randomUUID().toString()), r.platform(),
                            r.channelAccountId(), r.kind(), UUID.randomUUID().toString(), null, null,
                            UUID.randomUUID().toString(), r.author(), r.text(), null, later, r.signals())));
        }
        await().atMost(WAIT).untilAsserted(() -> assertEquals(5, VolumesTest.figures(VolumesTest.VOLUMES, "manager1",
                later.minus(Duration.ofDays(1)), later.plus(Duration.ofDays(2)), channel.id(), "day")
                .getInt("totals.total")));

        assertEquals(before, answers(day, to, channel));
    }

    /** Volumes and sentiment per day (whole days, and a window cut mid-day) and per hour, and the timeline. */
    private static Map<String, Object> answers(Instant day, Instant to, Platform channel) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String path : List.of(VolumesTest.VOLUMES, VolumesTest.SENTIMENT)) {
            all.put(path + " days", VolumesTest.figures(path, "manager1", day, to, channel.id(), "day").getMap("$"));
            // whole days from the rollup and the part-days around them from the interactions; part-days only
            all.put(path + " whole and part-days", VolumesTest.figures(path, "manager1", day.minus(Duration.ofHours(6)),
                    to.plus(Duration.ofHours(6)), channel.id(), "day").getMap("$"));
            all.put(path + " part-days", VolumesTest.figures(path, "manager1", day.plus(Duration.ofMinutes(90)),
                    to.minus(Duration.ofHours(6)), channel.id(), "day").getMap("$"));
            all.put(path + " hours", VolumesTest.figures(path, "manager1", day, to, channel.id(), "hour")
                    .getMap("$"));
        }
        all.put("timeline", given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1")))
                .queryParam("from", day.toString()).queryParam("to", to.toString())
                .queryParam("channel", channel.id()).get("/api/v1/brands/acme/analytics/timeline").then()
                .statusCode(200).extract().jsonPath().getMap("$"));
        return all;
    }
}
