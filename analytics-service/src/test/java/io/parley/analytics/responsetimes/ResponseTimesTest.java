package io.parley.analytics.responsetimes;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Answered conversations become the brand's response-time figures. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class ResponseTimesTest {

    private static final String PATH = "/api/v1/brands/{brand}/analytics/response-times";

    @Test
    void medianAndP90AreComputedFromTheAnsweredConversations() {
        // A window of its own, long ago, so no other test's samples fall into it.
        Instant from = Instant.parse("2001-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current()
                .nextInt(0, 6000)));
        Instant to = from.plus(Duration.ofDays(1));
        List<Long> seconds = List.of(60L, 120L, 180L, 240L, 600L);
        Event<ConversationAnswered> first = null;
        for (long s : seconds) {
            Event<ConversationAnswered> e = answered(from.plusSeconds(3600), s, s <= 180);
            first = first == null ? e : first;
            TestEvents.send(e.subject(), e);
        }
        TestEvents.send(first.subject(), first); // a redelivery changes nothing
        ConversationAnswered again = first.data();  // nor does the same answer re-published under a new event id
        TestEvents.send(first.subject(), Event.of(UUID.randomUUID(), "inbox-service", "acme", first.subject(),
                first.time(), first.observedTime(), new ConversationAnswered(again.conversationId(), Platform.VK,
                        again.receivedAt(), again.answeredAt().plusSeconds(5000), 5000, again.dueAt(), false,
                        "agent1")));
        String token = Tokens.bearer(Tokens.forUser("manager1"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath figures = given().header("Authorization", token)
                    .pathParam("brand", "acme").queryParam("platform", "vk")
                    .queryParam("from", from.toString()).queryParam("to", to.toString())
                    .get(PATH).then().statusCode(200).extract().jsonPath();
            assertEquals(5, figures.getInt("count"));
            assertEquals(180.0, figures.getDouble("medianSeconds"), 1e-9);
            assertEquals(456.0, figures.getDouble("p90Seconds"), 1e-9); // 240 + 0.6 * (600 - 240)
            assertEquals(0.6, figures.getDouble("withinTargetRate"), 1e-9);
            assertEquals("vk", figures.getString("platform"));
        });
    }

    @Test
    void openedConversationsAreCountedAndAnEmptyWindowHasNoPercentiles() {
        Instant from = Instant.parse("1990-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current()
                .nextInt(0, 3000)));
        UUID id = UUID.randomUUID();
        TestEvents.send(id.toString(), Event.of(UUID.randomUUID(), "inbox-service", "acme", id.toString(),
                from.plusSeconds(10), from.plusSeconds(10), new ConversationOpened(id, Platform.TELEGRAM,
                        UUID.randomUUID(), from.plusSeconds(10), from.plusSeconds(3610))));
        String token = Tokens.bearer(Tokens.forUser("agent1"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", token)
                .pathParam("brand", "acme").queryParam("platform", "telegram")
                .queryParam("from", from.toString()).queryParam("to", from.plus(Duration.ofDays(1)).toString())
                .get(PATH).then().statusCode(200)
                .body("opened", equalTo(1))
                .body("count", equalTo(0))
                .body("medianSeconds", nullValue())
                .body("p90Seconds", nullValue()));
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextOneIsStillCounted() {
        String key = "poison-" + UUID.randomUUID();
        Instant from = Instant.parse("1980-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current()
                .nextInt(0, 3000)));
        Event<ConversationAnswered> after = answered(from.plusSeconds(60), 30, true);
        try (EventTail deadLetters = EventTail.open(Topics.DEAD_LETTER)) {
            TestEvents.sendRaw(Topics.INBOX, key, "{\"not\": \"a cloud event\"".getBytes(StandardCharsets.UTF_8));
            TestEvents.send(after.subject(), after);
            await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters.records().stream()
                    .anyMatch(r -> key.equals(r.key())));
        }
        String token = Tokens.bearer(Tokens.forUser("manager1"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", token)
                .pathParam("brand", "acme").queryParam("platform", "vk")
                .queryParam("from", from.toString()).queryParam("to", from.plus(Duration.ofDays(1)).toString())
                .get(PATH).then().statusCode(200)
                .body("count", equalTo(1))
                .body("medianSeconds", equalTo(30.0f)));
    }

    @Test
    void badQueriesAreProblemsAndOtherBrandsAreNotFound() {
        String token = Tokens.bearer(Tokens.forUser("manager1"));
        given().header("Authorization", token).pathParam("brand", "acme").queryParam("from", "yesterday")
                .get(PATH).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("from"));
        given().header("Authorization", token).pathParam("brand", "acme")
                .queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .get(PATH).then().statusCode(400).body("detail", equalTo("from: must be before to"));
        given().header("Authorization", token).pathParam("brand", "acme").queryParam("platform", "orkut")
                .get(PATH).then().statusCode(400).body("errors[0].field", equalTo("platform"));
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2"))).pathParam("brand", "acme")
                .get(PATH).then().statusCode(404);
        // the brand in the path is checked before the query: another brand's caller learns nothing from a 400
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2"))).pathParam("brand", "acme")
                .queryParam("from", "yesterday").get(PATH).then().statusCode(404);
        given().header("Authorization", token).pathParam("brand", "acme")
                .queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .get(PATH).then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().header("Authorization", Tokens.bearer(Tokens.forUser("editor1"))).pathParam("brand", "acme")
                .get(PATH).then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().pathParam("brand", "acme").get(PATH).then().statusCode(401);
    }

    private static Event<ConversationAnswered> answered(Instant receivedAt, long seconds, boolean withinTarget) {
        UUID id = UUID.randomUUID();
        Instant answeredAt = receivedAt.plusSeconds(seconds);
        return Event.of(UUID.randomUUID(), "inbox-service", "acme", id.toString(), answeredAt, answeredAt,
                new ConversationAnswered(id, Platform.VK, receivedAt, answeredAt, seconds,
                        receivedAt.plusSeconds(180), withinTarget, "agent1"));
    }
}
