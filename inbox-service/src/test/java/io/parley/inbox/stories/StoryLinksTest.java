package io.parley.inbox.stories;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.posts.VariantPublished;
import io.parley.inbox.InboxScenarios;
import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The calendar publishes a story's Facebook variant; comments under that post — one that arrived before the
 * publication was heard of, one after, a reply to a comment — show the story and variant they answer, and the
 * story's conversations are listed with {@code ?storyId=}. Over the real Kafka topics (posts and interactions).
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class StoryLinksTest {

    private static final String PAGE = "1234567890";

    private static String agent() {
        return Tokens.bearer(Tokens.forUser("agent1"));
    }

    /** A comment on the page's post {@code postId}, in the thread {@code thread}, as ingest-service publishes it. */
    private static Event<InteractionReceived> comment(String postId, String thread, String commentId, String text) {
        boolean top = thread.equals(commentId);
        InteractionReceived received = new InteractionReceived(StableIds.of("facebook", PAGE, commentId),
                Platform.FACEBOOK, PAGE, top ? InteractionKind.COMMENT : InteractionKind.REPLY, commentId, postId,
                top ? postId : thread, thread, new Author("42", "Zofia Nowak", "https://www.facebook.com/42"), text,
                "https://www.facebook.com/" + commentId, Instant.now());
        return Event.of(StableIds.of("event", received.interactionId().toString(), "add"), "ingest-service", "acme",
                "acme:facebook:" + thread, received.platformTime(), Instant.now(), received);
    }

    private static Event<VariantPublished> published(UUID story, UUID variant, String postId) {
        VariantPublished p = new VariantPublished(story, "Zimowa kolekcja ❄", variant, PAGE, Platform.FACEBOOK,
                postId, "https://www.facebook.com/" + postId, Instant.now().minusSeconds(90), Instant.now(), 90, true);
        return Event.of(StableIds.of("published", variant.toString(), "1"), "calendar-service", "acme",
                story.toString(), p.publishedAt(), Instant.now(), p);
    }

    @Test
    void commentsUnderAPublishedPostSayWhichStoryTheyAnswer_inEitherOrder() {
        UUID story = UUID.randomUUID();
        UUID variant = UUID.randomUUID();
        String post = PAGE + "_" + UUID.randomUUID().toString().substring(0, 8);
        String early = "c-early-" + UUID.randomUUID();
        String late = "c-late-" + UUID.randomUUID();
        String elsewhere = "c-other-" + UUID.randomUUID();

        // A comment arrives before the calendar's event is heard of.
        TestEvents.send("acme:facebook:" + early, comment(post, early, early, "Kiedy w sklepach? ❄"));
        String earlyId = InboxScenarios.awaitConversationOf(early);
        given().header("Authorization", agent()).get("/api/v1/conversations/" + earlyId).then().statusCode(200)
                .body("story", nullValue());

        TestEvents.send(story.toString(), published(story, variant, post));
        await().atMost(InboxScenarios.WAIT).untilAsserted(() -> given().header("Authorization", agent())
                .get("/api/v1/conversations/" + earlyId).then().statusCode(200)
                .body("story.id", equalTo(story.toString()))
                .body("story.title", equalTo("Zimowa kolekcja ❄"))
                .body("story.variantId", equalTo(variant.toString()))
                .body("story.permalink", equalTo("https://www.facebook.com/" + post)));

        // One after; a reply in it stays in its conversation; a comment under another post has no story.
        TestEvents.send("acme:facebook:" + late, comment(post, late, late, "Piękne!"));
        TestEvents.send("acme:facebook:" + late, comment(post, late, late + "-r", "A w rozmiarze XL?"));
        String lateId = InboxScenarios.awaitConversationOf(late);
        TestEvents.send("acme:facebook:" + elsewhere, comment(PAGE + "_elsewhere", elsewhere, elsewhere, "Hm"));
        String otherId = InboxScenarios.awaitConversationOf(elsewhere);
        given().header("Authorization", agent()).get("/api/v1/conversations/" + lateId).then().statusCode(200)
                .body("story.variantId", equalTo(variant.toString()));
        given().header("Authorization", agent()).get("/api/v1/conversations/" + otherId).then().statusCode(200)
                .body("story", nullValue());

        // The story's conversations, and the same link in the queue's summaries.
        List<String> ids = given().header("Authorization", agent()).queryParam("brand", "acme")
                .queryParam("storyId", story.toString()).get("/api/v1/conversations").then().statusCode(200)
                .body("items.story.id.unique()", equalTo(List.of(story.toString())))
                .extract().jsonPath().getList("items.id");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(earlyId, lateId), java.util.Set.copyOf(ids));
        given().header("Authorization", agent()).queryParam("storyId", "not-a-uuid").get("/api/v1/conversations")
                .then().statusCode(400).body("errors[0].field", equalTo("storyId"));
        // A repeated event changes nothing.
        TestEvents.send(story.toString(), published(story, variant, post));
        given().header("Authorization", agent()).get("/api/v1/conversations/" + lateId).then().statusCode(200)
                .body("story.id", equalTo(story.toString()));
    }
}
