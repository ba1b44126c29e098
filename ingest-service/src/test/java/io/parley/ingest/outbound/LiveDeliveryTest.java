package io.parley.ingest.outbound;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.FakePlatform.Answer;
import io.parley.ingest.outbound.FakePlatform.Received;
import io.parley.platform.kafka.ProcessedEvents;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live channel accounts: the gateway talks real HTTP to a fake platform ({@link FakePlatform}) that rate
 * limits, refuses, stalls or cannot be reached, and reports each outcome on {@code parley.deliveries.v1}.
 * The test profile allows 3 attempts, back-off from 200 ms, waits up to 5 s and answers within 2 s.
 */
@QuarkusTest
@QuarkusTestResource(FakePlatform.class)
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class LiveDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String PAGE = "990000001";

    @Inject
    InFlightRecovery recovery;

    @Inject
    ProcessedEvents processed;

    @Test
    void aRateLimitedReplyIsSentAgainAfterRetryAfterAndDeliveredOnce() {
        String comment = uniqueId() + "_" + uniqueId();
        String path = "/graph/v23.0/" + comment + "/comments";
        FakePlatform.script(path, Answer.of(429, "").with("Retry-After", "1"),
                Answer.of(200, "{\"id\":\"" + comment + "_5001\"}"));
        String text = "Przepraszamy! Ελέγχουμε · Проверяем ❤";
        UUID actionId = UUID.randomUUID();

        DeliveryReported report = perform(action(actionId, OutboundAction.REPLY, Platform.FACEBOOK, PAGE, comment, text,
                null));

        assertEquals(DeliveryOutcome.DELIVERED, report.outcome(), report.reason());
        assertEquals(comment + "_5001", report.platformObjectId());
        assertEquals(2, report.attempt());
        assertFalse(report.sandbox());
        List<Received> received = FakePlatform.received(path);
        assertEquals(2, received.size());
        for (Received r : received) {
            assertEquals("POST", r.method());
            assertEquals("Bearer test-graph-token", r.header("Authorization"));
            assertEquals("message=" + URLEncoder.encode(text, StandardCharsets.UTF_8), r.body());
        }
        OutboundAttempt attempt = QuarkusTransaction.requiringNew().call(() -> OutboundAttempt.findById(actionId));
        assertEquals(OutboundAttempt.DELIVERED, attempt.status);
        assertEquals(2, attempt.attempts);
        assertEquals("facebook answered 429 (rate limited)", attempt.lastReason);
    }

    @Test
    void aRefusalFailsAtOnceWithThePlatformsReason() {
        String comment = uniqueId() + "_" + uniqueId();
        String path = "/graph/v23.0/" + comment + "/comments";
        FakePlatform.script(path, Answer.of(400, "{\"error\":{\"message\":\"(#100) Unsupported post request. Object "
                + "with ID '" + comment + "' does not exist\",\"type\":\"GraphMethodException\",\"code\":100,"
                + "\"error_subcode\":33,\"fbtrace_id\":\"AbC\"}}"));

        DeliveryReported report = perform(action(UUID.randomUUID(), OutboundAction.REPLY, Platform.FACEBOOK, PAGE,
                comment, "hi", null));

        assertEquals(DeliveryOutcome.FAILED, report.outcome());
        assertEquals("facebook refused (Graph API error 100/33): (#100) Unsupported post request. Object with ID '"
                + comment + "' does not exist", report.reason());
        assertEquals(1, FakePlatform.received(path).size());
    }

    @Test
    void aRepeatedRequestIsPerformedExactlyOnce() {
        String tweet = uniqueId();
        UUID actionId = UUID.randomUUID();
        FakePlatform.script("/x/2/tweets", Answer.of(201, "{\"data\":{\"id\":\"" + uniqueId() + "\",\"text\":\"hi\"}}"));
        Event<OutboundActionRequested> request = action(actionId, OutboundAction.REPLY, Platform.X, "990000002", tweet,
                "Dziękujemy!", null);
        Event<OutboundActionRequested> sameActionAgain = Event.of(UUID.randomUUID(), "inbox-service", "acme", "c",
                Instant.now(), Instant.now(), request.data());
        UUID marker = UUID.randomUUID();
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            TestEvents.send("conversation-" + tweet, request);
            TestEvents.send("conversation-" + tweet, request);               // the broker delivers it again
            TestEvents.send("other-key-" + tweet, sameActionAgain);           // the requester asks twice
            TestEvents.send("conversation-" + tweet, action(marker, OutboundAction.DELETE, Platform.FACEBOOK,
                    "no-such-page", "1_2", null, null));                    // after all of them
            assertEquals(DeliveryOutcome.DELIVERED, deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(actionId), WAIT).data().outcome());
            deliveries.awaitEvent(DeliveryReported.class, e -> e.data().actionId().equals(marker), WAIT);
            assertEquals(1, deliveries.records().stream().filter(r -> r.key().equals(actionId.toString())).count());
        }
        assertEquals(1, FakePlatform.received("/x/2/tweets").stream()
                .filter(r -> r.body().contains("\"in_reply_to_tweet_id\":\"" + tweet + "\"")).count());
    }

    @Test
    void xsRateLimitResetTelegramsRetryAfterAndVksFloodControlAreWaitedOut() {
        String tweet = uniqueId();
        String reset = String.valueOf(Instant.now().plusSeconds(1).getEpochSecond());
        FakePlatform.script("/x/2/tweets/" + tweet + "/hidden",
                Answer.of(429, "{\"title\":\"Too Many Requests\",\"status\":429}").with("x-rate-limit-reset", reset),
                Answer.of(200, "{\"data\":{\"hidden\":true}}"));
        DeliveryReported hidden = perform(action(UUID.randomUUID(), OutboundAction.HIDE, Platform.X, "990000002", tweet,
                null, null));
        assertEquals(DeliveryOutcome.DELIVERED, hidden.outcome());
        assertEquals(tweet, hidden.platformObjectId());
        Received hide = FakePlatform.received("/x/2/tweets/" + tweet + "/hidden").get(1);
        assertEquals("PUT", hide.method());
        assertEquals("{\"hidden\":true}", hide.body());

        String telegramPath = "/telegram/bot990000003:test-bot-token/sendMessage";
        long chat = -1000000000000L - ThreadLocalRandom.current().nextInt(1_000_000);
        FakePlatform.script(telegramPath, Answer.of(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many "
                        + "Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}"),
                Answer.of(200, "{\"ok\":true,\"result\":{\"message_id\":43,\"chat\":{\"id\":" + chat + "},"
                        + "\"text\":\"Спасибо\"}}"));
        DeliveryReported sent = perform(action(UUID.randomUUID(), OutboundAction.REPLY, Platform.TELEGRAM, "990000003",
                chat + "_42", "Спасибо", null));
        assertEquals(DeliveryOutcome.DELIVERED, sent.outcome());
        assertEquals(chat + "_43", sent.platformObjectId());
        assertTrue(FakePlatform.received(telegramPath).stream()
                .anyMatch(r -> r.body().equals("{\"chat_id\":" + chat + ",\"text\":\"Спасибо\",\"reply_parameters\":"
                        + "{\"message_id\":42}}")));

        String post = "wall-990000004_" + uniqueId();
        FakePlatform.script("/vk/method/wall.createComment",
                Answer.of(200, "{\"error\":{\"error_code\":6,\"error_msg\":\"Too many requests per second\"}}"),
                Answer.of(200, "{\"response\":{\"comment_id\":502}}"));
        DeliveryReported commented = perform(action(UUID.randomUUID(), OutboundAction.REPLY, Platform.VK, "990000004",
                post + "_c501", "Спасибо", null));
        assertEquals(DeliveryOutcome.DELIVERED, commented.outcome());
        assertEquals(post + "_c502", commented.platformObjectId());
        assertTrue(FakePlatform.received("/vk/method/wall.createComment").stream()
                .filter(r -> r.body().contains("post_id=" + post.substring(post.indexOf('_') + 1) + "&"))
                .allMatch(r -> r.body().endsWith("&v=5.199&access_token=test-vk-token")));

        io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("parley_ingest_delivery_retries_total{platform=\"telegram\"}"))
                .body(org.hamcrest.Matchers.containsString("parley_ingest_deliveries_total{action=\"reply\","
                        + "mode=\"live\",outcome=\"delivered\",platform=\"vk\"}"));
    }

    @Test
    void aLongRateLimitWindowParksTheActionUntilItResetsAndHoldsTheAccountsOtherActions() {
        QuarkusTransaction.requiringNew().run(() -> OutboundAttempt.getEntityManager().createNativeQuery(
                "DELETE FROM outbound_rate_hold WHERE platform = 'x' AND scope = '990000012'").executeUpdate());
        String tweet = uniqueId();
        Instant reset = Instant.ofEpochSecond(Instant.now().plusSeconds(900).getEpochSecond());
        FakePlatform.script("/x/2/tweets/" + tweet, Answer.of(429, "{\"title\":\"Too Many Requests\","
                + "\"detail\":\"Too Many Requests\",\"status\":429}").with("x-rate-limit-reset",
                String.valueOf(reset.getEpochSecond())));
        DeliveryReported report = first(action(UUID.randomUUID(), OutboundAction.DELETE, Platform.X, "990000012",
                tweet, null, null));
        assertEquals(DeliveryOutcome.DELAYED, report.outcome());
        assertEquals(FailureKind.RATE_LIMITED, report.failure());
        assertTrue(Duration.between(reset, report.retryAt()).abs().toMillis() < 1000, "retryAt " + report.retryAt());
        assertEquals(1, report.attempt());
        assertEquals("x rate limited (429): Too Many Requests", report.reason());
        assertEquals(1, FakePlatform.received("/x/2/tweets/" + tweet).size());
        assertEquals("DELETE", FakePlatform.received("/x/2/tweets/" + tweet).get(0).method());

        // The account's budget is spent: its next action waits too, without asking X.
        String other = uniqueId();
        DeliveryReported held = first(action(UUID.randomUUID(), OutboundAction.LIKE, Platform.X, "990000012", other,
                null, null));
        assertEquals(DeliveryOutcome.DELAYED, held.outcome());
        assertEquals(report.retryAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                held.retryAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertTrue(held.reason().startsWith("waiting for the account's x rate limit"), held.reason());
        assertEquals(0, FakePlatform.received("/x/2/users/990000012/likes").size());
    }

    @Test
    void aReplyWithoutAnAnswerIsLookedUpAmongThePostsCommentsAndNotSentAgainButAHideIsResent() {
        String comment = uniqueId() + "_" + uniqueId();
        String replies = "/graph/v23.0/" + comment + "/comments";
        String now = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
                .withZone(java.time.ZoneOffset.UTC).format(Instant.now());
        FakePlatform.script(replies, Answer.of(200, "{\"id\":\"late\"}").after(Duration.ofSeconds(4)),
                Answer.of(200, "{\"data\":[{\"id\":\"" + comment + "_9\",\"message\":\"Someone else: hi\","
                        + "\"created_time\":\"" + now + "\",\"from\":{\"id\":\"42\"}},{\"id\":\"" + comment
                        + "_8\",\"message\":\"hi\",\"created_time\":\"" + now + "\",\"from\":{\"id\":\"42\"}},"
                        + "{\"id\":\"" + comment + "_7\",\"message\":\"hi\",\"created_time\":\"" + now + "\","
                        + "\"from\":{\"id\":\"" + PAGE + "\"}}]}"));
        UUID actionId = UUID.randomUUID();
        List<DeliveryReported> reports = performAll(action(actionId, OutboundAction.REPLY, Platform.FACEBOOK, PAGE,
                comment, "hi", null));
        assertEquals(List.of(DeliveryOutcome.UNKNOWN, DeliveryOutcome.DELIVERED),
                reports.stream().map(DeliveryReported::outcome).toList());
        assertEquals(FailureKind.UNKNOWN_OUTCOME, reports.get(0).failure());
        assertTrue(reports.get(0).reason().startsWith("facebook did not answer within 2 s after the request was "
                + "sent"), reports.get(0).reason());
        assertEquals(comment + "_7", reports.get(1).platformObjectId(), "the page's own comment, not another's");
        assertEquals(1, reports.get(1).attempt());
        List<Received> received = FakePlatform.received(replies);
        assertEquals(List.of("POST", "GET"), received.stream().map(Received::method).toList());

        String hidePath = "/graph/v23.0/" + comment;
        FakePlatform.script(hidePath, Answer.of(200, "{\"success\":true}").after(Duration.ofSeconds(4)),
                Answer.of(200, "{\"success\":true}"));
        DeliveryReported hide = perform(action(UUID.randomUUID(), OutboundAction.HIDE, Platform.FACEBOOK, PAGE,
                comment, null, null));
        assertEquals(DeliveryOutcome.DELIVERED, hide.outcome());
        assertEquals(2, FakePlatform.received(hidePath).size());
        assertEquals("is_hidden=true", FakePlatform.received(hidePath).get(1).body());
    }

    @Test
    void anUnreachablePlatformIsTriedAFewTimesThenReported() {
        DeliveryReported report = perform(action(UUID.randomUUID(), OutboundAction.HIDE, Platform.INSTAGRAM,
                "990000005", "17858893269" + uniqueId(), null, null));
        assertEquals(DeliveryOutcome.FAILED, report.outcome());
        assertTrue(report.reason().startsWith("gave up after 3 attempts: could not connect to instagram"),
                report.reason());
    }

    @Test
    void anAccountWithoutAnAccessTokenSendsNothing() {
        String comment = uniqueId() + "_" + uniqueId();
        DeliveryReported report = perform(action(UUID.randomUUID(), OutboundAction.LIKE, Platform.FACEBOOK, "990000009",
                comment, null, null));
        assertEquals(DeliveryOutcome.FAILED, report.outcome());
        assertEquals("no access token for facebook account 990000009 (set parley.ingest.credentials."
                + "\"facebook/990000009\".access-token)", report.reason());
        assertEquals(0, FakePlatform.received("/graph/v23.0/" + comment + "/likes").size());
    }

    @Test
    void anActionLeftInFlightByAStoppedGatewayIsReportedUnknownAndNeverSent() {
        UUID actionId = UUID.randomUUID();
        String comment = uniqueId() + "_" + uniqueId();
        // What a gateway leaves behind when it stops between sending and recording the answer.
        QuarkusTransaction.requiringNew().run(() -> {
            processed.claim(OutboundDispatcher.CONSUMER, actionId);
            OutboundAttempt a = new OutboundAttempt();
            a.actionId = actionId;
            a.brand = "acme";
            a.platform = "facebook";
            a.channelAccountId = PAGE;
            a.action = "reply";
            a.origin = "conversation/c/reply/stopped";
            a.method = "POST";
            a.url = "http://fake/graph/v23.0/" + comment + "/comments";
            a.status = OutboundAttempt.IN_FLIGHT;
            a.attempts = 1;
            a.startedAt = Instant.now().minus(Duration.ofHours(1));
            a.persist();
        });
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            assertTrue(recovery.reportStale() >= 1);
            DeliveryReported report = deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(actionId), WAIT).data();
            assertEquals(DeliveryOutcome.FAILED, report.outcome());
            assertEquals(InFlightRecovery.REASON, report.reason());
            assertTrue(report.reason().startsWith("outcome unknown after restart"));
            assertEquals("conversation/c/reply/stopped", report.origin());

            // The request is redelivered after the restart: nothing is sent.
            UUID marker = UUID.randomUUID();
            TestEvents.send("c", action(actionId, OutboundAction.REPLY, Platform.FACEBOOK, PAGE, comment, "hi", null));
            TestEvents.send("c", action(marker, OutboundAction.DELETE, Platform.FACEBOOK, "no-such-page", "1_2", null,
                    null));
            deliveries.awaitEvent(DeliveryReported.class, e -> e.data().actionId().equals(marker), WAIT);
        }
        assertEquals(0, FakePlatform.received("/graph/v23.0/" + comment + "/comments").size());
        assertEquals(OutboundAttempt.FAILED, QuarkusTransaction.requiringNew().call(
                () -> OutboundAttempt.<OutboundAttempt>findById(actionId).status));
    }

    /** The action's final report (delivered or failed). */
    static DeliveryReported perform(Event<OutboundActionRequested> request) {
        List<DeliveryReported> all = performAll(request);
        return all.get(all.size() - 1);
    }

    /** The action's first report, whatever it is. */
    static DeliveryReported first(Event<OutboundActionRequested> request) {
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            TestEvents.send("conversation-" + request.data().actionId(), request);
            return deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(request.data().actionId()), WAIT).data();
        }
    }

    /** Every report of the action, in order, up to its final one. */
    static List<DeliveryReported> performAll(Event<OutboundActionRequested> request) {
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES)) {
            TestEvents.send("conversation-" + request.data().actionId(), request);
            return untilFinal(deliveries, request.data().actionId());
        }
    }

    static List<DeliveryReported> untilFinal(EventTail deliveries, UUID actionId) {
        List<DeliveryReported> seen = new java.util.ArrayList<>();
        deliveries.awaitEvent(DeliveryReported.class, e -> {
            if (e.data().actionId().equals(actionId)) {
                seen.add(e.data());
                return e.data().outcome().isFinal();
            }
            return false;
        }, WAIT);
        return seen;
    }

    static Event<OutboundActionRequested> action(UUID actionId, OutboundAction action, Platform platform,
            String account, String target, String text, String recipient) {
        Instant now = Instant.now();
        return Event.of(UUID.randomUUID(), "inbox-service", "acme", "c", now, now, new OutboundActionRequested(
                actionId, action, platform, account, target, text, "agent1", "conversation/c/reply/r", recipient));
    }

    private static String uniqueId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    }
}
