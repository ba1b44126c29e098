package io.parley.inbox;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;

/** Scenario helpers of the authority features: comments as enrichment read them, requests as a given user. */
public final class AuthorityScenarios {

    private AuthorityScenarios() {
    }

    public static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user)));
    }

    /** A top-level comment on acme's Facebook page, by the given author, with what enrichment read in it. */
    public static String arrivesWith(String thread, String authorId, String authorName, String text, String language,
            String moment, String sentiment) {
        InteractionReceived received = new InteractionReceived(StableIds.of("facebook", "1234567890", thread),
                Platform.FACEBOOK, "1234567890", InteractionKind.COMMENT, thread, "1234567890_1", "1234567890_1",
                thread, new Author(authorId, authorName, "https://www.facebook.com/" + authorId), text,
                "https://www.facebook.com/" + thread, Instant.now(),
                new InteractionSignals(language, 0.95, moment, 0.9, false, 0.01, false, 0.01, sentiment,
                        "negative".equals(sentiment) ? -0.8 : "positive".equals(sentiment) ? 0.8 : 0, "test/1",
                        List.of()));
        TestEvents.send("acme:facebook:" + thread, Event.of(StableIds.of("event", thread), "ingest-service", "acme",
                "acme:facebook:" + thread, received.platformTime(), Instant.now(), received));
        return InboxScenarios.awaitConversationOf(thread);
    }

    /** A message on another platform (X, Instagram...) to acme's account there; returns its conversation id. */
    public static String arrivesOn(Platform platform, String thread, String authorId, String authorName, String text,
            String moment, String sentiment) {
        InteractionReceived received = new InteractionReceived(StableIds.of(platform.id(), "acme-account", thread),
                platform, "acme-account", InteractionKind.MENTION, thread, null, null, thread,
                new Author(authorId, authorName, null), text, null, Instant.now(),
                new InteractionSignals("en", 0.95, moment, 0.9, false, 0.01, false, 0.01, sentiment, 0.8, "test/1",
                        List.of()));
        TestEvents.send("acme:" + platform.id() + ":" + thread, Event.of(StableIds.of("event", thread), "ingest-service",
                "acme", "acme:" + platform.id() + ":" + thread, received.platformTime(), Instant.now(), received));
        String id = StableIds.of("conversation", "acme", platform.id(), "acme-account", thread).toString();
        org.awaitility.Awaitility.await().atMost(InboxScenarios.WAIT).until(() -> as("agent1")
                .get("/api/v1/conversations/" + id).statusCode() == 200);
        return id;
    }

    /** A complaint by Zofia in the language given. */
    public static String complaint(String thread, String text, String language) {
        return arrivesWith(thread, "42", "Zofia Nowak", text, language, "complaint", "negative");
    }
}
