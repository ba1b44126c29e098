package io.parley.ingest.outbound;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.outbound.OutboundMedia;
import io.parley.ingest.outbound.FakePlatform.Answer;
import io.parley.ingest.outbound.FakePlatform.Received;
import io.parley.platform.kafka.ProcessedEvents;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishing through live channel accounts against the fake platform, exactly once: a post whose answer never came is
 * found among the account's recent posts rather than posted twice; one that is not there is sent once more; a rate
 * limit parks the post until the platform's time; a revoked token parks it until the channel is reconnected; refused
 * content fails with the platform's words.
 */
@QuarkusTest
@QuarkusTestResource(FakePlatform.class)
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class PublishingLiveTest {

    private static final String PAGE = "990000001";
    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);

    @Inject
    InFlightRecovery recovery;

    @Inject
    ProcessedEvents processed;

    @Test
    void aPostWhoseAnswerNeverCameIsFoundAmongThePagesPostsAndNotPostedTwice() {
        String text = "Zimowa kolekcja ❄ " + unique();
        String marker = "trk" + unique();
        FakePlatform.script("/graph/v23.0/" + PAGE + "/feed", Answer.of(200, "{\"id\":\"" + PAGE + "_777\"}")
                .after(Duration.ofSeconds(4)));
        FakePlatform.script("/graph/v23.0/" + PAGE + "/published_posts", Answer.of(200, "{\"data\":["
                + "{\"id\":\"" + PAGE + "_776\",\"message\":\"An older post\",\"created_time\":\""
                + GRAPH_TIME.format(Instant.now().minusSeconds(60)) + "\"},"
                + "{\"id\":\"" + PAGE + "_777\",\"message\":\"" + text + "\\n\\nhttps://acme.example/z?pid=" + marker
                + "\",\"created_time\":\"" + GRAPH_TIME.format(Instant.now()) + "\",\"permalink_url\":"
                + "\"https://www.facebook.com/" + PAGE + "/posts/777\"}]}"));
        long before = FakePlatform.received("/graph/v23.0/" + PAGE + "/feed").size();

        List<DeliveryReported> reports = LiveDeliveryTest.performAll(publish(Platform.FACEBOOK, PAGE, text,
                "https://acme.example/z?pid=" + marker, marker));

        assertEquals(List.of(DeliveryOutcome.UNKNOWN, DeliveryOutcome.DELIVERED), outcomes(reports));
        assertEquals(FailureKind.UNKNOWN_OUTCOME, reports.get(0).failure());
        DeliveryReported delivered = reports.get(1);
        assertEquals(PAGE + "_777", delivered.platformObjectId());
        assertEquals("https://www.facebook.com/" + PAGE + "/posts/777", delivered.permalink());
        assertEquals(1, delivered.attempt());
        assertNull(delivered.failure());
        assertEquals(1, FakePlatform.received("/graph/v23.0/" + PAGE + "/feed").size() - before,
                "exactly one post request reached the page");
    }

    @Test
    void aPostPushedOffTheFirstPageByABurstIsFoundOnTheNextPageAndNotPostedTwice() {
        String text = "Seria postów ❄ " + unique();
        String posts = "/graph/v23.0/" + PAGE + "/published_posts";
        FakePlatform.script("/graph/v23.0/" + PAGE + "/feed", Answer.of(200, "{\"id\":\"" + PAGE + "_880\"}")
                .after(Duration.ofSeconds(4)));
        StringBuilder newer = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            newer.append(i == 0 ? "" : ",").append("{\"id\":\"").append(PAGE).append("_9").append(i)
                    .append("\",\"message\":\"Another post of the burst ").append(i).append("\",\"created_time\":\"")
                    .append(GRAPH_TIME.format(Instant.now())).append("\"}");
        }
        FakePlatform.script(posts,
                Answer.of(200, "{\"data\":[" + newer + "],\"paging\":{\"cursors\":{\"before\":\"QVFIUa\","
                        + "\"after\":\"QVFIUb\"},\"next\":\"https://graph.facebook.com/v23.0/" + PAGE
                        + "/published_posts?after=QVFIUb\"}}"),
                Answer.of(200, "{\"data\":[{\"id\":\"" + PAGE + "_880\",\"message\":\"" + text + "\","
                        + "\"created_time\":\"" + GRAPH_TIME.format(Instant.now()) + "\"}],\"paging\":{\"cursors\":"
                        + "{\"before\":\"QVFIUc\",\"after\":\"QVFIUd\"}}}"));
        long before = FakePlatform.received("/graph/v23.0/" + PAGE + "/feed").size();
        long reads = FakePlatform.received(posts).size();

        List<DeliveryReported> reports = LiveDeliveryTest.performAll(publish(Platform.FACEBOOK, PAGE, text, null,
                null));

        assertEquals(List.of(DeliveryOutcome.UNKNOWN, DeliveryOutcome.DELIVERED), outcomes(reports));
        assertEquals(PAGE + "_880", reports.get(1).platformObjectId());
        assertEquals("https://www.facebook.com/" + PAGE + "/posts/880", reports.get(1).permalink());
        assertEquals(1, FakePlatform.received("/graph/v23.0/" + PAGE + "/feed").size() - before,
                "exactly one post request reached the page");
        List<Received> read = FakePlatform.received(posts);
        assertEquals(2, read.size() - reads, "the first page, then the next");
        assertTrue(read.get(read.size() - 1).query().endsWith("&after=QVFIUb"), read.get(read.size() - 1).query());
    }

    @Test
    void aPostNotFoundAfterTheVisibilityDelayIsSentOnceMore() {
        String text = "Nowość " + unique();
        FakePlatform.script("/x/2/tweets", Answer.of(503, "{\"title\":\"Service Unavailable\",\"status\":503}"),
                Answer.of(201, "{\"data\":{\"id\":\"1880000000000000777\",\"text\":\"" + text + "\"}}"));
        FakePlatform.script("/x/2/users/990000002/tweets", Answer.of(200, "{\"data\":[{\"id\":\"1880000000000000001\","
                + "\"text\":\"Something else\",\"created_at\":\"" + Instant.now() + "\"}],\"meta\":{\"result_count\":1}}"));
        UUID actionId = UUID.randomUUID();
        Event<OutboundActionRequested> request = publish(Platform.X, "990000002", text, null, null, actionId);

        List<DeliveryReported> reports = LiveDeliveryTest.performAll(request);

        assertEquals(List.of(DeliveryOutcome.UNKNOWN, DeliveryOutcome.DELIVERED), outcomes(reports));
        assertEquals(List.of(1, 2), reports.stream().map(DeliveryReported::attempt).toList());
        assertEquals("1880000000000000777", reports.get(1).platformObjectId());
        assertEquals("https://x.com/i/web/status/1880000000000000777", reports.get(1).permalink());
        long sent = FakePlatform.received("/x/2/tweets").stream().filter(r -> r.body().contains(text)).count();
        assertEquals(2, sent, "sent once, not found, sent once more — and no more");
        OutboundAttempt row = QuarkusTransaction.requiringNew().call(() -> OutboundAttempt.findById(actionId));
        assertTrue(row.resent);
        assertEquals(OutboundAttempt.DELIVERED, row.status);
    }

    @Test
    void aRateLimitedPostIsDelayedUntilRetryAfterAndTheAccountsNextPostWaitsToo() {
        String text = "Rate " + unique();
        FakePlatform.script("/graph/v23.0/" + PAGE + "/feed", Answer.of(429, "").with("Retry-After", "2"),
                Answer.of(200, "{\"id\":\"" + PAGE + "_801\"}"), Answer.of(200, "{\"id\":\"" + PAGE + "_802\"}"));
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            Event<OutboundActionRequested> first = publish(Platform.FACEBOOK, PAGE, text, null, null);
            TestEvents.send("story-1", first);
            DeliveryReported delayed = deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(first.data().actionId()), Duration.ofSeconds(40)).data();
            assertEquals(DeliveryOutcome.DELAYED, delayed.outcome());
            assertEquals(FailureKind.RATE_LIMITED, delayed.failure());
            assertTrue(delayed.retryAt().isAfter(Instant.now()), "retryAt is when it will be tried: " + delayed.retryAt());

            Event<OutboundActionRequested> second = publish(Platform.FACEBOOK, PAGE, text + " (2)", null, null);
            TestEvents.send("story-2", second);
            List<DeliveryReported> secondReports = LiveDeliveryTest.untilFinal(deliveries, second.data().actionId());
            List<DeliveryReported> firstReports = LiveDeliveryTest.untilFinal(deliveries, first.data().actionId());
            assertEquals(DeliveryOutcome.DELIVERED, firstReports.get(firstReports.size() - 1).outcome());
            assertEquals(2, firstReports.get(firstReports.size() - 1).attempt());
            assertEquals(DeliveryOutcome.DELAYED, secondReports.get(0).outcome(), "the page's budget holds it too");
            assertTrue(secondReports.get(0).reason().startsWith("waiting for the account's facebook rate limit"));
            assertEquals(DeliveryOutcome.DELIVERED, secondReports.get(secondReports.size() - 1).outcome());
        }
        List<Received> posts = FakePlatform.received("/graph/v23.0/" + PAGE + "/feed").stream()
                .filter(r -> r.body().contains(URLEncoder.encode("Rate", StandardCharsets.UTF_8))).toList();
        assertEquals(3, posts.size(), "the refused one, then each post once");
    }

    @Test
    void anAppNearItsGraphLimitPausesEveryPagesNextPost() {
        FakePlatform.script("/graph/v23.0/" + PAGE + "/feed", Answer.of(200, "{\"id\":\"" + PAGE + "_950\"}")
                .with("X-App-Usage", "{\"call_count\":97,\"total_cputime\":20,\"total_time\":30}"));
        assertEquals(DeliveryOutcome.DELIVERED, LiveDeliveryTest.perform(publish(Platform.FACEBOOK, PAGE,
                "Usage " + unique(), null, null)).outcome());
        // Another page of the same app: held by the app's budget, without a request.
        List<DeliveryReported> other = LiveDeliveryTest.performAll(publish(Platform.FACEBOOK, "990000009",
                "Other page " + unique(), null, null));
        assertEquals(DeliveryOutcome.DELAYED, other.get(0).outcome());
        assertEquals(FailureKind.RATE_LIMITED, other.get(0).failure());
        assertTrue(other.get(0).reason().startsWith("waiting for the app's facebook rate limit (the app's usage "
                + "reached 95% of its limit"), other.get(0).reason());
        assertEquals(FailureKind.AUTHORIZATION, last(other).failure(), "then tried: that page has no token");
        assertEquals(0, FakePlatform.received("/graph/v23.0/990000009/feed").size());
    }

    @Test
    void refusedContentFailsWithThePlatformsMessage() {
        FakePlatform.script("/vk/method/wall.post", Answer.of(200, "{\"error\":{\"error_code\":214,\"error_msg\":"
                + "\"Access to adding post denied: a post is already scheduled for the same time\"}}"));
        DeliveryReported report = LiveDeliveryTest.perform(publish(Platform.VK, "990000004", "Зима " + unique(), null,
                null));
        assertEquals(DeliveryOutcome.FAILED, report.outcome());
        assertEquals(FailureKind.CONTENT_REFUSED, report.failure());
        assertEquals("vk refused (error 214): Access to adding post denied: a post is already scheduled for the same "
                + "time", report.reason());
    }

    @Test
    void aRevokedTokenParksThePostsMarksTheChannelAndTheyGoOutOnceItIsReconnected() {
        String account = String.valueOf(ThreadLocalRandom.current().nextLong(3_000_000_000L, 3_900_000_000L));
        String id = given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "facebook", "accountId", account, "name", "Reconnect test",
                        "mode", "live", "secrets", Map.of("accessToken",
                                "config:parley.channel-secrets.test.revoked-page-token")))
                .post("/api/v1/channels").then().statusCode(201).extract().path("id");
        String feed = "/graph/v23.0/" + account + "/feed";
        FakePlatform.script(feed, Answer.of(400, "{\"error\":{\"message\":\"Error validating access token: The user "
                        + "has not authorized application 1.\",\"type\":\"OAuthException\",\"code\":190,"
                        + "\"error_subcode\":460,\"fbtrace_id\":\"B\"}}"),
                Answer.of(200, "{\"id\":\"" + account + "_1\"}"), Answer.of(200, "{\"id\":\"" + account + "_2\"}"));
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            Event<OutboundActionRequested> first = publish(Platform.FACEBOOK, account, "Jeden " + unique(), null, null);
            TestEvents.send("story-a", first);
            DeliveryReported parked = deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(first.data().actionId()), Duration.ofSeconds(40)).data();
            assertEquals(DeliveryOutcome.DELAYED, parked.outcome());
            assertEquals(FailureKind.AUTHORIZATION, parked.failure());
            assertNull(parked.retryAt(), "it waits for a person, not for a time");
            assertTrue(parked.reason().contains("Graph API error 190/460"), parked.reason());
            given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then().statusCode(200)
                    .body("health.state", equalTo("token_revoked")).body("health.whatToDo", equalTo("reconnect"))
                    .body("health.reason", org.hamcrest.Matchers.containsString("Graph API error 190/460"));

            Event<OutboundActionRequested> second = publish(Platform.FACEBOOK, account, "Dwa " + unique(), null, null);
            TestEvents.send("story-b", second);
            DeliveryReported waits = deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(second.data().actionId()), Duration.ofSeconds(40)).data();
            assertEquals(FailureKind.AUTHORIZATION, waits.failure());
            assertEquals(1, FakePlatform.received(feed).size(), "nothing is sent with a token known to be refused");

            String version = given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then()
                    .extract().header("ETag");
            given().header("Authorization", MANAGER).contentType("application/json").header("If-Match", version)
                    .body(Map.of("name", "Reconnect test", "mode", "live", "secrets", Map.of("accessToken",
                            "config:parley.channel-secrets.test.fresh-page-token")))
                    .put("/api/v1/channels/" + id).then().statusCode(200).body("health.state", equalTo("healthy"));

            assertEquals(DeliveryOutcome.DELIVERED, last(LiveDeliveryTest.untilFinal(deliveries,
                    first.data().actionId())).outcome());
            assertEquals(DeliveryOutcome.DELIVERED, last(LiveDeliveryTest.untilFinal(deliveries,
                    second.data().actionId())).outcome());
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id);
        }
        List<Received> sent = FakePlatform.received(feed);
        assertEquals(3, sent.size());
        assertEquals("Bearer revoked-page-token", sent.get(0).header("Authorization"));
        assertEquals("Bearer fresh-page-token", sent.get(1).header("Authorization"));
        assertEquals("Bearer fresh-page-token", sent.get(2).header("Authorization"));
    }

    @Test
    void aPublishLeftInFlightByAKilledGatewayIsReconciledNotFailed() {
        UUID actionId = UUID.randomUUID();
        String text = "Po restarcie " + unique();
        Event<OutboundActionRequested> request = publish(Platform.FACEBOOK, PAGE, text, null, null, actionId);
        QuarkusTransaction.requiringNew().run(() -> {
            processed.claim(OutboundDispatcher.CONSUMER, actionId);
            OutboundAttempt a = new OutboundAttempt();
            a.actionId = actionId;
            a.brand = "acme";
            a.platform = "facebook";
            a.channelAccountId = PAGE;
            a.action = "publish_post";
            a.origin = "variant/v/publish/1";
            a.method = "POST";
            a.url = "http://fake/graph/v23.0/" + PAGE + "/feed";
            a.status = OutboundAttempt.IN_FLIGHT;
            a.attempts = 1;
            a.request = io.parley.contracts.EventJson.toJson(request);
            a.startedAt = Instant.now().minus(Duration.ofHours(1));
            a.sentAt = Instant.now().minusSeconds(30);
            a.persist();
        });
        FakePlatform.script("/graph/v23.0/" + PAGE + "/published_posts", Answer.of(200, "{\"data\":[{\"id\":\"" + PAGE
                + "_901\",\"message\":\"" + text + "\",\"created_time\":\"" + GRAPH_TIME.format(Instant.now()
                .minusSeconds(20)) + "\"}]}"));
        long before = FakePlatform.received("/graph/v23.0/" + PAGE + "/feed").size();
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            assertTrue(recovery.reportStale() >= 1);
            List<DeliveryReported> reports = LiveDeliveryTest.untilFinal(deliveries, actionId);
            assertEquals(List.of(DeliveryOutcome.UNKNOWN, DeliveryOutcome.DELIVERED), outcomes(reports));
            assertEquals(PAGE + "_901", reports.get(1).platformObjectId());
            assertEquals("https://www.facebook.com/" + PAGE + "/posts/901", reports.get(1).permalink());
        }
        assertEquals(before, FakePlatform.received("/graph/v23.0/" + PAGE + "/feed").size(), "never sent again");
    }

    @Test
    void anEditOnXFailsAsUnsupportedAndAFirstCommentWaitsForItsTime() {
        DeliveryReported edit = LiveDeliveryTest.perform(LiveDeliveryTest.action(UUID.randomUUID(),
                OutboundAction.EDIT_POST, Platform.X, "990000002", "1880000000000000777", "fixed", null));
        assertEquals(DeliveryOutcome.FAILED, edit.outcome());
        assertEquals(FailureKind.UNSUPPORTED, edit.failure());

        String post = PAGE + "_" + unique();
        FakePlatform.script("/graph/v23.0/" + post + "/comments", Answer.of(200, "{\"id\":\"" + post + "_1\"}"));
        Instant notBefore = Instant.now().plusSeconds(3);
        Instant now = Instant.now();
        Event<OutboundActionRequested> comment = Event.of(UUID.randomUUID(), "calendar-service", "acme", "v", now, now,
                new OutboundActionRequested(UUID.randomUUID(), OutboundAction.REPLY, Platform.FACEBOOK, PAGE, post,
                        "Link w komentarzu 👇", "editor1", "variant/v/first-comment", null, null, List.of(), null,
                        notBefore));
        List<DeliveryReported> reports = LiveDeliveryTest.performAll(comment);
        assertEquals(List.of(DeliveryOutcome.DELIVERED), outcomes(reports), "no report while it waits for its time");
        Received sent = FakePlatform.received("/graph/v23.0/" + post + "/comments").get(0);
        assertEquals("message=" + URLEncoder.encode("Link w komentarzu 👇", StandardCharsets.UTF_8), sent.body());
        assertTrue(!reports.get(0).completedAt().isBefore(notBefore), "not sent before notBefore");
    }

    private static List<DeliveryOutcome> outcomes(List<DeliveryReported> reports) {
        return reports.stream().map(DeliveryReported::outcome).toList();
    }

    private static DeliveryReported last(List<DeliveryReported> reports) {
        return reports.get(reports.size() - 1);
    }

    static Event<OutboundActionRequested> publish(Platform platform, String account, String text, String link,
            String marker) {
        return publish(platform, account, text, link, marker, UUID.randomUUID());
    }

    static Event<OutboundActionRequested> publish(Platform platform, String account, String text, String link,
            String marker, UUID actionId) {
        Instant now = Instant.now();
        return Event.of(UUID.randomUUID(), "calendar-service", "acme", "variant-" + actionId, now, now,
                new OutboundActionRequested(actionId, OutboundAction.PUBLISH_POST, platform, account, null, text,
                        "editor1", "variant/" + actionId + "/publish/1", null, link, List.<OutboundMedia>of(), marker,
                        null));
    }

    private static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000L, 9_000_000L));
    }
}
