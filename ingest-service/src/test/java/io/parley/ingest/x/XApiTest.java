package io.parley.ingest.x;

import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.parley.ingest.outbound.Actions.action;
import static io.parley.ingest.outbound.Actions.answer;
import static io.parley.ingest.outbound.Actions.call;
import static io.parley.ingest.outbound.Actions.directMessage;
import static io.parley.ingest.outbound.Actions.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** X API v2 requests (ids as in the X fixtures) and how its answers are read. */
class XApiTest {

    private static final String ME = "1500000000000000001";
    private static final String TWEET = "1184475546397970433";

    @Test
    void aReplyIsATweetInReplyToTheTarget() {
        PlatformRequest.Call r = call(action(OutboundAction.REPLY, Platform.X, ME, TWEET, "Przepraszamy! Ω ❤"), "x-token");
        assertEquals("POST https://api.x.com/2/tweets", r.method() + " " + r.url());
        assertEquals("Bearer x-token", r.headers().get("Authorization"));
        assertEquals("{\"text\":\"Przepraszamy! Ω ❤\",\"reply\":{\"in_reply_to_tweet_id\":\"" + TWEET + "\"}}", r.body());
    }

    @Test
    void hideDeleteLikePublishAndDirectMessage() {
        PlatformRequest.Call hide = call(action(OutboundAction.HIDE, Platform.X, ME, TWEET, null), "t");
        assertEquals("PUT https://api.x.com/2/tweets/" + TWEET + "/hidden {\"hidden\":true}",
                hide.method() + " " + hide.url() + " " + hide.body());
        assertEquals("{\"hidden\":false}", call(action(OutboundAction.UNHIDE, Platform.X, ME, TWEET, null), "t").body());
        PlatformRequest.Call delete = call(action(OutboundAction.DELETE, Platform.X, ME, TWEET, null), "t");
        assertEquals("DELETE https://api.x.com/2/tweets/" + TWEET, delete.method() + " " + delete.url());
        PlatformRequest.Call like = call(action(OutboundAction.LIKE, Platform.X, ME, TWEET, null), "t");
        assertEquals("POST https://api.x.com/2/users/" + ME + "/likes {\"tweet_id\":\"" + TWEET + "\"}",
                like.method() + " " + like.url() + " " + like.body());
        PlatformRequest.Call post = call(action(OutboundAction.PUBLISH_POST, Platform.X, ME, null, "Nowość"), "t");
        assertEquals("POST https://api.x.com/2/tweets {\"text\":\"Nowość\"}",
                post.method() + " " + post.url() + " " + post.body());
        PlatformRequest.Call dm = call(directMessage(Platform.X, ME, "1166461346612011012", "3001969357", "Cześć"), "t");
        assertEquals("POST https://api.x.com/2/dm_conversations/with/3001969357/messages {\"text\":\"Cześć\"}",
                dm.method() + " " + dm.url() + " " + dm.body());
    }

    @Test
    void aTargetThatIsNotAPostIdIsRefused() {
        assertEquals("'../2/users' is not an X post id",
                refusal(action(OutboundAction.DELETE, Platform.X, ME, "../2/users", null)));
    }

    @Test
    void createdIdsAndDirectMessageEventIds() {
        var reply = action(OutboundAction.REPLY, Platform.X, ME, TWEET, "hi");
        assertEquals(new PlatformAnswer.Done("1445880548472328192"), answer(reply, 201, Map.of(),
                "{\"data\":{\"id\":\"1445880548472328192\",\"text\":\"hi\"}}"));
        var dm = directMessage(Platform.X, ME, "1", "3001969357", "hi");
        assertEquals(new PlatformAnswer.Done("1582838223935229956"), answer(dm, 201, Map.of(),
                "{\"data\":{\"dm_conversation_id\":\"1-2\",\"dm_event_id\":\"1582838223935229956\"}}"));
        var hide = action(OutboundAction.HIDE, Platform.X, ME, TWEET, null);
        assertEquals(new PlatformAnswer.Done(TWEET), answer(hide, 200, Map.of(), "{\"data\":{\"hidden\":true}}"));
    }

    @Test
    void aRateLimitWaitsUntilTheWindowResets() {
        var reply = action(OutboundAction.REPLY, Platform.X, ME, TWEET, "hi");
        long reset = java.time.Instant.parse("2026-11-23T10:00:42Z").getEpochSecond(); // "now" is 10:00:00
        assertEquals(new PlatformAnswer.RateLimited(Duration.ofSeconds(42), "x rate limited (429): Too Many Requests",
                        false),
                answer(reply, 429, Map.of("x-rate-limit-reset", String.valueOf(reset), "x-rate-limit-remaining", "0"),
                        "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":"
                                + "\"about:blank\",\"status\":429}"));
    }

    @Test
    void refusalsCarryXsDetail() {
        var delete = action(OutboundAction.DELETE, Platform.X, ME, TWEET, null);
        assertEquals(new PlatformAnswer.Refused("x refused (403): You are not allowed to delete this Tweet."),
                answer(delete, 403, Map.of(), "{\"title\":\"Forbidden\",\"detail\":\"You are not allowed to delete "
                        + "this Tweet.\",\"type\":\"about:blank\",\"status\":403}"));
        assertEquals(new PlatformAnswer.Unauthorized("x refused the token (401): Unauthorized"),
                answer(delete, 401, Map.of(), "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401}"));
        assertTrue(answer(delete, 503, Map.of(), "") instanceof PlatformAnswer.Retry);
    }
}
