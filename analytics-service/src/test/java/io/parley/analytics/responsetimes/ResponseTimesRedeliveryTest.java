package io.parley.analytics.responsetimes;

import io.parley.contracts.Event;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * At-least-once delivery: the response-time consumer ({@code InboxEventsConsumer}) gets the conversations' opening
 * and answer a second time, the same ids, and the figures stay as they were. Each redelivery is followed on its key
 * (its partition, read in order) by a marker conversation in a day of its own; once the markers count, the
 * redelivered events before them have been read.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class ResponseTimesRedeliveryTest {

    private static final Duration WAIT = Duration.ofMinutes(3);

    @Test
    void openingsAndAnswersDeliveredTwiceLeaveTheFiguresAsTheyWere() {
        Instant from = Instant.parse("1900-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current()
                .nextInt(0, 20_000)));
        Instant to = from.plus(Duration.ofDays(1));
        List<Event<? extends Payload>> sent = new ArrayList<>();
        long[] seconds = {90, 600, 2400};
        for (int i = 0; i < seconds.length; i++) {
            UUID id = UUID.randomUUID();
            Instant received = from.plus(Duration.ofHours(8 + i));
            Instant answered = received.plusSeconds(seconds[i]);
            sent.add(send(Event.of(UUID.randomUUID(), "inbox-service", "acme", id.toString(), received, received,
                    new ConversationOpened(id, Platform.FORUM, UUID.randomUUID(), received,
                            received.plusSeconds(900)))));
            sent.add(send(Event.of(UUID.randomUUID(), "inbox-service", "acme", id.toString(), answered, answered,
                    new ConversationAnswered(id, Platform.FORUM, received, answered, seconds[i],
                            received.plusSeconds(900), seconds[i] <= 900, "agent1"))));
        }
        await().atMost(WAIT).untilAsserted(() -> assertEquals(3, figures(from, to).get("count")));
        Map<String, Object> before = figures(from, to);
        assertEquals(600.0, ((Number) before.get("medianSeconds")).doubleValue(), 1e-9);
        assertEquals(3, before.get("opened"));

        // All again, the last first; then on each key a marker conversation answered in a day of its own.
        Instant later = from.plus(Duration.ofDays(3));
        for (int i = sent.size() - 1; i >= 0; i--) {
            Event<? extends Payload> e = sent.get(i);
            send(e);
            UUID marker = UUID.randomUUID();
            TestEvents.send(e.subject(), Event.of(UUID.randomUUID(), "inbox-service", "acme", marker.toString(), later,
                    later, new ConversationAnswered(marker, Platform.FORUM, later, later.plusSeconds(60), 60,
                            later.plusSeconds(900), true, "agent1")));
        }
        await().atMost(WAIT).untilAsserted(() -> assertEquals(sent.size(), figures(later, later.plus(
                Duration.ofDays(1))).get("count")));

        assertEquals(before, figures(from, to));
    }

    private static Event<? extends Payload> send(Event<? extends Payload> e) {
        TestEvents.send(e.subject(), e);
        return e;
    }

    private static Map<String, Object> figures(Instant from, Instant to) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser("manager1"))).pathParam("brand", "acme")
                .queryParam("platform", "forum").queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/brands/{brand}/analytics/response-times").then().statusCode(200).extract().jsonPath().getMap("$");
    }
}
