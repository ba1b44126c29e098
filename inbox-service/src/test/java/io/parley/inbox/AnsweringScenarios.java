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
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Scenario helpers of the answering features: comments with what enrichment read, and calls as a user. */
public final class AnsweringScenarios {

    private AnsweringScenarios() {
    }

    /** What a comment says and what enrichment read in it. */
    public record Heard(String brand, Platform platform, String account, String thread, String authorId,
            String authorName, String text, String language, String moment, String sentiment, boolean abusive) {
    }

    /** A top-level comment on the thread by the author, with signals; waits for its conversation and returns it. */
    public static String arrives(Heard h) {
        InteractionReceived received = new InteractionReceived(StableIds.of(h.platform().id(), h.account(),
                h.thread()), h.platform(), h.account(), InteractionKind.COMMENT, h.thread(), "post_1", "post_1",
                h.thread(), new Author(h.authorId(), h.authorName(), null), h.text(), null, Instant.now())
                .withSignals(new InteractionSignals(h.language(), 0.9, h.moment(), 0.8, h.abusive(),
                        h.abusive() ? 0.9 : 0.01, false, 0.01, h.sentiment(), "negative".equals(h.sentiment()) ? -0.7
                        : 0.3, "test", List.of()));
        TestEvents.send(h.brand() + ":" + h.platform().id() + ":" + h.thread(), Event.of(StableIds.of("event",
                received.interactionId().toString()), "ingest-service", h.brand(), h.thread(), Instant.now(),
                Instant.now(), received));
        String id = StableIds.of("conversation", h.brand(), h.platform().id(), h.account(), h.thread()).toString();
        String token = Tokens.bearer(Tokens.forUser(h.brand().equals("globex") ? "agent2" : "agent1"));
        await().atMost(InboxScenarios.WAIT).until(() -> given().header("Authorization", token)
                .get("/api/v1/conversations/" + id).statusCode() == 200);
        return id;
    }

    /** An acme Facebook comment in Polish, neutral question, by a fixed author. */
    public static Heard acme(String thread, String text) {
        return new Heard("acme", Platform.FACEBOOK, "1234567890", thread, "42", "Zofia Nowak", text, "pl", "question",
                "neutral", false);
    }

    public static String bearer(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    /** The ids of the listing for the query parameters, as agent1 (limit 200). */
    /** Every conversation the listing gives agent1 for the query, page by page (a database may hold many). */
    public static List<String> listed(Map<String, ?> query) {
        List<String> all = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().header("Authorization", bearer("agent1")).queryParams(query).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/conversations").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    public static ValidatableResponse changeStatus(String user, String id, String status, String reason) {
        return given().header("Authorization", bearer(user)).contentType(ContentType.JSON)
                .body(reason == null ? Map.of("status", status) : Map.of("status", status, "reason", reason))
                .put("/api/v1/conversations/" + id + "/status").then();
    }
}
