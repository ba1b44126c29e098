package io.parley.inbox.replies;

import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.InboxScenarios.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A direct message is answered privately to its sender; a public comment publicly. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class DirectReplyTest {

    @Test
    void aReplyToADirectMessageNamesTheCustomerAsRecipient() {
        String thread = "dialog_" + UUID.randomUUID();
        String message = "mid." + UUID.randomUUID();
        InteractionReceived dm = new InteractionReceived(StableIds.of("facebook", "1234567890", message),
                Platform.FACEBOOK, "1234567890", InteractionKind.DIRECT_MESSAGE, message, null, null, thread,
                new Author("6543210987", "Αλέξης", null), "Πού είναι η παραγγελία μου;", null, Instant.now());
        TestEvents.send("acme:facebook:" + thread, Event.of(StableIds.of("event", dm.interactionId().toString(), "add"),
                "ingest-service", "acme", "acme:facebook:" + thread, Instant.now(), Instant.now(), dm));
        String id = StableIds.of("conversation", "acme", "facebook", "1234567890", thread).toString();
        String agent = Tokens.bearer(Tokens.forUser("agent1"));
        await().atMost(WAIT).until(() -> given().header("Authorization", agent).get("/api/v1/conversations/" + id)
                .statusCode() == 200);
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            String replyId = given().header("Authorization", agent).contentType("application/json")
                    .body(Map.of("text", "Sprawdzamy — Ελέγχουμε την παραγγελία σας."))
                    .post("/api/v1/conversations/" + id + "/replies").then().statusCode(201).extract().path("id");
            OutboundActionRequested action = outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().endsWith("/reply/" + replyId), WAIT).data();
            assertEquals("6543210987", action.recipientId());
            assertEquals(message, action.targetObjectId());
        }
    }

    @Test
    void aReplyToAPublicCommentHasNoRecipient() {
        String thread = "777_" + UUID.randomUUID();
        String id = io.parley.inbox.InboxScenarios.arrives(thread, "Gdzie jest moja paczka?");
        try (EventTail outbound = EventTail.open(Topics.OUTBOUND)) {
            String replyId = given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1")))
                    .contentType("application/json").body(Map.of("text", "Już sprawdzamy!"))
                    .post("/api/v1/conversations/" + id + "/replies").then().statusCode(201).extract().path("id");
            assertNull(outbound.awaitEvent(OutboundActionRequested.class,
                    e -> e.data().origin().endsWith("/reply/" + replyId), WAIT).data().recipientId());
        }
    }
}
