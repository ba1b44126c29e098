package io.parley.inbox;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Helpers that let the tests read as scenarios: a comment arrives, the gateway reports a delivery. */
public final class InboxScenarios {

    public static final Duration WAIT = Duration.ofSeconds(20);

    private InboxScenarios() {
    }

    /** A Facebook comment for the brand, as ingest-service publishes it. */
    public static Event<InteractionReceived> comment(String brand, String thread, String commentId, String text) {
        InteractionReceived received = new InteractionReceived(StableIds.of("facebook", "1234567890", commentId),
                Platform.FACEBOOK, "1234567890", thread.equals(commentId) ? InteractionKind.COMMENT : InteractionKind.REPLY,
                commentId, "1234567890_1", thread.equals(commentId) ? "1234567890_1" : thread, thread,
                new Author("42", "Zofia Nowak", "https://www.facebook.com/42"), text,
                "https://www.facebook.com/" + commentId, Instant.now());
        return Event.of(StableIds.of("event", received.interactionId().toString(), "add"), "ingest-service", brand,
                brand + ":facebook:" + thread, received.platformTime(), Instant.now(), received);
    }

    /** Publishes a new top-level comment and waits until its conversation exists; returns its id. */
    public static String arrives(String thread, String text) {
        TestEvents.send("acme:facebook:" + thread, comment("acme", thread, thread, text));
        return awaitConversationOf(thread);
    }

    public static String awaitConversationOf(String thread) {
        String id = StableIds.of("conversation", "acme", "facebook", "1234567890", thread).toString();
        String token = Tokens.bearer(Tokens.forUser("agent1"));
        await().atMost(WAIT).until(() -> given().header("Authorization", token)
                .get("/api/v1/conversations/" + id).statusCode() == 200);
        return id;
    }

    public static JsonPath conversation(String id) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1")))
                .get("/api/v1/conversations/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** A customer writes again in the thread (a reply to the first comment). */
    public static void customerWritesAgain(String thread, String commentId, String text) {
        TestEvents.send("acme:facebook:" + thread, comment("acme", thread, commentId, text));
    }

    /** agent1 answers in public; returns the action id the channel gateway was asked to perform. */
    public static UUID agentReplies(String conversationId, String text) {
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            String replyId = given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1")))
                    .contentType(ContentType.JSON).body(Map.of("text", text))
                    .post("/api/v1/conversations/" + conversationId + "/replies")
                    .then().statusCode(201).extract().path("id");
            return outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().equals("conversation/" + conversationId + "/reply/" + replyId), WAIT)
                    .data().actionId();
        }
    }

    /** The gateway reports an outbound action's outcome. */
    public static void gatewayReports(UUID actionId, DeliveryOutcome outcome, String reason) {
        gatewayReports(StableIds.of("delivery", actionId.toString()), actionId, outcome, reason);
    }

    /** The gateway reports an outbound action's outcome in an event with the given id. */
    public static void gatewayReports(UUID eventId, UUID actionId, DeliveryOutcome outcome, String reason) {
        Instant now = Instant.now();
        TestEvents.send(actionId.toString(), Event.of(eventId, "ingest-service",
                "acme", actionId.toString(), now, now, new DeliveryReported(actionId, OutboundAction.REPLY,
                        Platform.FACEBOOK, outcome, outcome == DeliveryOutcome.DELIVERED ? "reply_" + actionId : null,
                        reason, true, "conversation", now)));
    }
}
