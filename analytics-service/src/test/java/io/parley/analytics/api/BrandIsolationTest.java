package io.parley.analytics.api;

import io.parley.contracts.Event;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.ComplaintSettled;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.inbox.IncidentOpened;
import io.parley.contracts.insights.FollowerCountObserved;
import io.parley.contracts.insights.PostMetricsObserved;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.contracts.posts.LinkClicked;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Brand isolation on every figure (issue 15): acme's events of every kind — an interaction, a conversation opened
 * and answered, a complaint settled, an incident, a post's reading, a click, a follower count — count in acme's
 * figures on every analytics endpoint and in none of globex's for the same window (asked by admin1, who is in both);
 * a user of globex alone asking for acme is refused on every endpoint: 404 where the role may read the figure (the
 * brand is not theirs to know of), 403 where it may not (agents and the publishing figures).
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class BrandIsolationTest {

    private static final Duration WAIT = Duration.ofMinutes(3);

    @Test
    void everyEndpointShowsOnlyTheBrandsOwnFiguresAndRefusesAnotherBrand() {
        Instant day = LocalDate.of(ThreadLocalRandom.current().nextInt(2021, 2025), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(0, 360)).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plus(Duration.ofDays(365L * 100)); // a day a century ahead, of its own
        Instant t = day.plus(Duration.ofHours(10));
        Instant to = day.plus(Duration.ofDays(1));
        Platform channel = Platform.GENERIC;
        String thread = UUID.randomUUID().toString();
        send("acme:" + thread, "ingest-service", new InteractionReceived(StableIds.of("iso", thread), channel, "p",
                InteractionKind.COMMENT, thread, null, null, thread, new Author("a", "Zoë", null), "Gdzie paczka?",
                null, t, new InteractionSignals("pl", 0.9, "complaint", 0.9, false, 0, false, 0, "negative", -0.5,
                        "test", List.of())), t);
        UUID conversation = UUID.randomUUID();
        send(conversation.toString(), "inbox-service", new ConversationOpened(conversation, channel,
                UUID.randomUUID(), t, t.plus(Duration.ofHours(1)), "care", "pl", "question", 60L), t);
        send(conversation.toString(), "inbox-service", new ConversationAnswered(conversation, channel, t,
                t.plus(Duration.ofMinutes(10)), 600, t.plus(Duration.ofHours(1)), true, "agent1"), t);
        send(conversation.toString(), "inbox-service", new ComplaintSettled(UUID.randomUUID(), conversation,
                "delivery", null, "agent1", t.plus(Duration.ofMinutes(20))), t);
        UUID incident = UUID.randomUUID();
        send(incident.toString(), "inbox-service", new IncidentOpened(incident, "Spike", "spike", "complaint",
                "analytics-service", t), t);
        UUID story = UUID.randomUUID();
        UUID variant = UUID.randomUUID();
        String account = UUID.randomUUID().toString();
        send(account, "ingest-service", new PostMetricsObserved(story, variant, account, "acct", Platform.LINKEDIN,
                "post-" + variant, null, t, t.plus(Duration.ofHours(2)), 100L, 80L, 5L, 1L, 1L, null, false), t);
        send(story.toString(), "calendar-service", new LinkClicked(story, variant, account, Platform.LINKEDIN,
                "https://acme.example/", t.plus(Duration.ofHours(3))), t);
        send(account, "ingest-service", new FollowerCountObserved(account, "acct", Platform.LINKEDIN,
                LocalDate.ofInstant(t, ZoneOffset.UTC), 1234, t, false), t);

        Map<String, String> window = Map.of("from", day.toString(), "to", to.toString());
        await().atMost(WAIT).untilAsserted(() -> {
            assertEquals(1, get("manager1", "/api/v1/brands/acme/analytics/volumes", window).getInt("totals.total"));
            assertEquals(1, get("manager1", "/api/v1/brands/acme/analytics/sentiment", window)
                    .getInt("totals.negative"));
            assertEquals(1, get("manager1", "/api/v1/brands/acme/analytics/response-times", window).getInt("count"));
            assertEquals(1, get("manager1", "/api/v1/brands/acme/analytics/care", window)
                    .getInt("total.conversations"));
            assertEquals(1, get("manager1", "/api/v1/brands/acme/analytics/care/conversations", window)
                    .getList("items").size());
            assertEquals(1, get("manager1", "/api/v1/brands/acme/analytics/contacts", window)
                    .getInt("complaintsSettled"));
            // (another test's incident left open before this window is open in it too: only this one is looked for)
            assertTrue(get("manager1", "/api/v1/brands/acme/analytics/timeline", window)
                    .getList("incidents.incidentId").contains(incident.toString()));
            assertEquals(1, get("manager1", "/api/v1/brands/acme/analytics/publishing", window)
                    .getInt("totals.clickThroughs"));
            assertEquals(1, get("manager1", "/api/v1/brands/acme/analytics/publishing/posts", window)
                    .getList("items").size());
        });

        // globex's figures for the same window hold none of it
        assertEquals(0, get("admin1", "/api/v1/brands/globex/analytics/volumes", window).getInt("totals.total"));
        assertEquals(0, get("admin1", "/api/v1/brands/globex/analytics/sentiment", window).getInt("totals.negative"));
        assertEquals(0, get("admin1", "/api/v1/brands/globex/analytics/response-times", window).getInt("count"));
        assertEquals(0, get("admin1", "/api/v1/brands/globex/analytics/care", window).getInt("total.conversations"));
        assertEquals(List.of(), get("admin1", "/api/v1/brands/globex/analytics/care/conversations", window)
                .getList("items"));
        assertEquals(0, get("admin1", "/api/v1/brands/globex/analytics/contacts", window)
                .getInt("complaintsSettled"));
        assertFalse(get("admin1", "/api/v1/brands/globex/analytics/timeline", window)
                .getList("incidents.incidentId").contains(incident.toString()));
        assertEquals(0, get("admin1", "/api/v1/brands/globex/analytics/timeline", window).getInt("days[0].complaint"));
        JsonPath globexPublishing = get("admin1", "/api/v1/brands/globex/analytics/publishing", window);
        assertEquals(0, globexPublishing.getInt("totals.posts"));
        assertEquals(List.of(), globexPublishing.getList("channels"));
        assertEquals(List.of(), get("admin1", "/api/v1/brands/globex/analytics/publishing/posts", window)
                .getList("items"));

        // globex's agent asking for acme: refused everywhere, as a problem document
        for (String path : List.of("/api/v1/brands/acme/analytics/volumes", "/api/v1/brands/acme/analytics/sentiment",
                "/api/v1/brands/acme/analytics/response-times", "/api/v1/brands/acme/analytics/care",
                "/api/v1/brands/acme/analytics/care/conversations", "/api/v1/brands/acme/analytics/contacts",
                "/api/v1/brands/acme/analytics/timeline")) {
            given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2"))).queryParams(window).get(path)
                    .then().statusCode(404).contentType(startsWith("application/problem+json"));
        }
        for (String path : List.of("/api/v1/brands/acme/analytics/publishing",
                "/api/v1/brands/acme/analytics/publishing/posts")) {
            given().header("Authorization", Tokens.bearer(Tokens.forUser("agent2"))).queryParams(window).get(path)
                    .then().statusCode(403).contentType(startsWith("application/problem+json"));
        }
    }

    private static void send(String key, String source, Payload payload, Instant at) {
        TestEvents.send(key, Event.of(UUID.randomUUID(), source, "acme", key, at, at, payload));
    }

    private static JsonPath get(String user, String path, Map<String, String> params) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user))).queryParams(params).get(path)
                .then().statusCode(200).extract().jsonPath();
    }
}
