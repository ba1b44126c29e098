package io.parley.calendar.publishing;

import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.posts.VariantPublishFailed;
import io.parley.contracts.posts.VariantPublished;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.parley.calendar.Fixtures.as;
import static io.parley.calendar.publishing.Publishing.WAIT;
import static io.parley.calendar.publishing.Publishing.awaitRequest;
import static io.parley.calendar.publishing.Publishing.delivered;
import static io.parley.calendar.publishing.Publishing.makeDue;
import static io.parley.calendar.publishing.Publishing.path;
import static io.parley.calendar.publishing.Publishing.read;
import static io.parley.calendar.publishing.Publishing.report;
import static io.parley.calendar.publishing.Publishing.scheduled;
import static io.parley.calendar.publishing.Publishing.variantId;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scheduled variants go out when their time comes, once each, and what the gateway reports is what the calendar
 * shows: published with the post's id, permalink and delay (then its first comment), failed with what to do, delayed
 * or of unknown outcome on the way. The gateway is played by the test: it reads the requests on parley.outbound.v1
 * and answers on parley.deliveries.v1 as ingest-service does.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class PublishingTest {

    @Inject
    EntityManager em;

    @Inject
    PublishScheduler scheduler;

    @Test
    void dueVariantsArePublishedExactlyOnceWhileTwoSchedulersRace() throws Exception {
        List<JsonPath> stories = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            stories.add(scheduled(i % 2 == 0 ? Neighbours.FACEBOOK : Neighbours.LINKEDIN, "Wyścig " + i + " ❄",
                    Map.of()));
        }
        List<UUID> ids = Publishing.ids(stories);
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            ExecutorService replicas = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> claimed = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                claimed.add(replicas.submit(() -> {
                    go.await();
                    int total = 0;
                    for (int pass = 0; pass < 5; pass++) {
                        total += scheduler.pass(); // a second replica's scheduler, racing the service's own
                    }
                    return total;
                }));
            }
            makeDue(em, ids);
            go.countDown();
            for (Future<Integer> f : claimed) {
                f.get();
            }
            replicas.shutdown();
            Map<UUID, Integer> requests = new HashMap<>();
            await().atMost(WAIT).until(() -> {
                requests.clear();
                outbound.records().forEach(rec -> {
                    Event<?> e = io.parley.contracts.EventJson.fromBytes(rec.value());
                    if (e.data() instanceof OutboundActionRequested a && a.action() == OutboundAction.PUBLISH_POST) {
                        ids.stream().filter(id -> a.origin().contains("/variant/" + id + "/"))
                                .forEach(id -> requests.merge(id, 1, Integer::sum));
                    }
                });
                return requests.size() == ids.size();
            });
            assertTrue(requests.values().stream().allMatch(n -> n == 1), "each variant asked for once: " + requests);
        }
        for (JsonPath story : stories) {
            JsonPath v = read(path(story));
            assertEquals("publishing", v.getString("status"));
            assertEquals("publishing", v.getString("publication.state"));
        }
        Number ledgerRows = (Number) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT count(*) FROM publication_action WHERE variant_id IN (:ids)")
                        .setParameter("ids", ids).getSingleResult());
        assertEquals(ids.size(), ledgerRows.intValue(), "one ledger row per variant");
    }

    @Test
    void aDeliveredPostIsPublishedWithItsIdPermalinkAndDelayAndItsFirstCommentFollows() {
        JsonPath story = scheduled(Neighbours.FACEBOOK, "Zimowa kolekcja już jest ❄ Καλό χειμώνα",
                Map.of("link", "https://acme.example/zima", "firstComment", Map.of("text", "Link do sklepu 👇",
                        "delayMinutes", 5)));
        UUID id = variantId(story);
        String trackedLink = story.getString("variants[0].trackedLink");
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND); EventTail posts = EventTail.open(Topics.POSTS)) {
            makeDue(em, List.of(id));
            Event<OutboundActionRequested> request = awaitRequest(outbound, OutboundAction.PUBLISH_POST, id);
            OutboundActionRequested a = request.data();
            assertEquals("Zimowa kolekcja już jest ❄ Καλό χειμώνα", a.text());
            assertTrue(a.link().matches(".*/api/v1/public/links/[A-Za-z0-9_-]{12}"),
                    "the link goes out as Parley's tracked redirect (to " + trackedLink + "): " + a.link());
            assertEquals("fb01", a.channelAccountId(), "the account as the gateway knows it: its id on the platform");
            assertEquals(OutboundRequests.actionId("publish", id, 1), a.actionId(), "a stable id of variant and round");
            assertNull(a.targetObjectId());

            delivered(request, "1234567890_555");
            Event<VariantPublished> published = posts.awaitEvent(VariantPublished.class,
                    e -> e.data().variantId().equals(id), WAIT);
            assertEquals("1234567890_555", published.data().platformPostId());
            assertEquals("https://sandbox.parley.local/facebook/1234567890_555", published.data().permalink());
            assertTrue(published.data().delaySeconds() >= 60, "due a minute ago: " + published.data().delaySeconds());
            assertTrue(published.data().sandbox());

            Event<OutboundActionRequested> comment = awaitRequest(outbound, OutboundAction.REPLY, id);
            assertEquals("1234567890_555", comment.data().targetObjectId(), "the first comment answers the post");
            assertEquals("Link do sklepu 👇", comment.data().text());
            assertEquals(published.data().publishedAt().plus(Duration.ofMinutes(5)), comment.data().notBefore());
            JsonPath v = read(path(story));
            assertEquals("published", v.getString("status"));
            assertEquals("published", v.getString("publication.state"));
            assertEquals("1234567890_555", v.getString("publication.platformPostId"));
            assertEquals(published.data().delaySeconds(), v.getLong("publication.delaySeconds"));
            assertEquals("requested", v.getString("firstComment.state"));
            assertEquals(5, v.getInt("firstComment.delayMinutes"));

            delivered(comment, "1234567890_555_777");
            await().atMost(WAIT).until(() -> "published".equals(read(path(story)).getString("firstComment.state")));
            assertEquals("1234567890_555_777", read(path(story)).getString("firstComment.platformCommentId"));
        }
        JsonPath ledger = given().header("Authorization", as("agent1")).get(path(story) + "/publications").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("publish", "first_comment"), ledger.getList("items.kind"));
        assertEquals(List.of("delivered", "delivered"), ledger.getList("items.state"));
        // A published post changes through a correction or a deletion, not an edit or a cancellation.
        io.parley.calendar.Fixtures.change("editor1", path(story), Map.of("text", "Inny tekst")).then().statusCode(409);
        given().header("Authorization", as("editor1")).contentType("application/json").body(Map.of("reason", "x"))
                .post(path(story) + "/cancel").then().statusCode(409);
    }

    @Test
    void aRefusedPostFailsWithTheReasonAndWhatToDo() {
        JsonPath story = scheduled(Neighbours.LINKEDIN, "Duplicate ❄", Map.of("firstComment", "Więcej 👇"));
        assertEquals("Więcej 👇", story.getString("variants[0].firstComment.text"), "a string is the comment's text");
        assertEquals(2, story.getInt("variants[0].firstComment.delayMinutes"), "with the default delay");
        assertEquals("pending", story.getString("variants[0].firstComment.state"));
        assertNull(story.get("variants[0].publication"), "nothing sent yet");
        UUID id = variantId(story);
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND); EventTail posts = EventTail.open(Topics.POSTS)) {
            makeDue(em, List.of(id));
            Event<OutboundActionRequested> request = awaitRequest(outbound, OutboundAction.PUBLISH_POST, id);
            report(request, DeliveryOutcome.FAILED, 1, null, FailureKind.CONTENT_REFUSED,
                    "Content is a duplicate of a recent share.", null);
            Event<VariantPublishFailed> failed = posts.awaitEvent(VariantPublishFailed.class,
                    e -> e.data().variantId().equals(id), WAIT);
            assertEquals(FailureKind.CONTENT_REFUSED, failed.data().failure());
            assertEquals("Content is a duplicate of a recent share.", failed.data().reason());
            assertNotNull(failed.data().whatToDo());
        }
        JsonPath v = read(path(story));
        assertEquals("failed", v.getString("status"));
        assertEquals("failed", v.getString("publication.state"));
        assertEquals("content_refused", v.getString("publication.failure"));
        assertTrue(v.getString("publication.whatToDo").contains("change the text"), v.getString("publication.whatToDo"));
        // Rescheduled after a failure, it is scheduled again (its approval kept) and goes out in a new round.
        io.parley.calendar.Fixtures.change("editor1", path(story), Map.of("scheduledFor",
                io.parley.calendar.Fixtures.later().toString())).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("scheduled"))
                .body("publication", org.hamcrest.Matchers.nullValue()); // the failure stays in the ledger
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            makeDue(em, List.of(id));
            Event<OutboundActionRequested> again = awaitRequest(outbound, OutboundAction.PUBLISH_POST, id);
            assertEquals(OutboundRequests.actionId("publish", id, 2), again.data().actionId());
        }
        JsonPath ledger = given().header("Authorization", as("editor1")).get(path(story) + "/publications").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 2), ledger.getList("items.round"));
        assertEquals(List.of("failed", "requested"), ledger.getList("items.state"));
        assertTrue(ledger.getString("items[0].whatToDo").contains("change the text"));
    }

    @Test
    void delayedAndUnknownShowWhileTheyLastAndTheFinalReportSettlesItOnce() {
        JsonPath story = scheduled(Neighbours.X, "Rate limited ❄", Map.of());
        UUID id = variantId(story);
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND); EventTail posts = EventTail.open(Topics.POSTS)) {
            makeDue(em, List.of(id));
            Event<OutboundActionRequested> request = awaitRequest(outbound, OutboundAction.PUBLISH_POST, id);
            Instant retryAt = Instant.now().plusSeconds(900).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            report(request, DeliveryOutcome.DELAYED, 1, null, FailureKind.RATE_LIMITED, "429", retryAt);
            await().atMost(WAIT).until(() -> "delayed".equals(read(path(story)).getString("publication.state")));
            JsonPath delayed = read(path(story));
            assertEquals("publishing", delayed.getString("status"));
            assertEquals(retryAt, Instant.parse(delayed.getString("publication.retryAt")));
            assertEquals("rate_limited", delayed.getString("publication.failure"));
            assertNotNull(delayed.getString("publication.whatToDo"));

            report(request, DeliveryOutcome.UNKNOWN, 2, null, FailureKind.UNKNOWN_OUTCOME, "timeout", null);
            await().atMost(WAIT).until(() -> "unknown".equals(read(path(story)).getString("publication.state")));

            report(request, DeliveryOutcome.DELIVERED, 2, "1800000000000000001", null, null, null);
            report(request, DeliveryOutcome.DELIVERED, 2, "1800000000000000001", null, null, null); // repeated
            posts.awaitEvent(VariantPublished.class, e -> e.data().variantId().equals(id), WAIT);
        }
        await().atMost(WAIT).until(() -> read(path(story)).getList("publication.attempts").size() == 3);
        JsonPath v = read(path(story));
        assertEquals("published", v.getString("status"));
        assertEquals(List.of("delayed", "unknown", "delivered"), v.getList("publication.attempts.outcome"));
        assertEquals("1800000000000000001", v.getString("publication.platformPostId"));
        JsonPath ledger = given().header("Authorization", as("editor1")).get(path(story) + "/publications").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(3, ledger.getList("items[0].reports").size(), "the repeated report is kept once");
        // A failure reported after the action was settled is kept in the ledger and changes nothing.
    }

    @Test
    void reportsOfOtherServicesActionsAreNotTheCalendars() {
        Set<String> before = reportedActions();
        UUID action = UUID.randomUUID();
        io.parley.testsupport.TestEvents.sendRaw(Publishing.REPORTS, action.toString(), io.parley.contracts.EventJson
                .toBytes(Event.of(UUID.randomUUID(), "ingest-service", "acme", action.toString(), Instant.now(),
                        Instant.now(), new io.parley.contracts.deliveries.DeliveryReported(action, OutboundAction.REPLY,
                                io.parley.contracts.Platform.FACEBOOK, DeliveryOutcome.DELIVERED, "x", null, true,
                                "conversation/" + UUID.randomUUID() + "/reply/" + UUID.randomUUID(), Instant.now()))));
        // Nothing to wait for but nothing happening: the next of our own reports is processed after it, in order.
        JsonPath story = scheduled(Neighbours.TELEGRAM, "Po kolei", Map.of());
        UUID id = variantId(story);
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            makeDue(em, List.of(id));
            delivered(awaitRequest(outbound, OutboundAction.PUBLISH_POST, id), "42");
        }
        await().atMost(WAIT).until(() -> "published".equals(read(path(story)).getString("status")));
        Set<String> after = reportedActions();
        assertTrue(!after.contains(action.toString()) && after.size() == before.size() + 1, "only our own report kept");
    }

    private Set<String> reportedActions() {
        List<?> rows = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT CAST(action_id AS text) FROM publication_report").getResultList());
        return rows.stream().map(Object::toString).collect(Collectors.toSet());
    }
}
