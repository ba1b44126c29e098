package io.parley.ingest.youtube;

import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.parley.ingest.outbound.Actions.action;
import static io.parley.ingest.outbound.Actions.answer;
import static io.parley.ingest.outbound.Actions.call;
import static io.parley.ingest.outbound.Actions.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** YouTube Data API v3 requests (ids as in the YouTube fixtures) and how its answers are read. */
class YouTubeDataApiTest {

    private static final String CHANNEL = "UClfzT4CU_yaZjJaI4pKqSjQ";

    @Test
    void aReplyGoesUnderTheThreadsTopLevelComment() {
        PlatformRequest.Call r = call(action(OutboundAction.REPLY, Platform.YOUTUBE, CHANNEL,
                "UgxKREWxIgDrw8w2e_Z4AaABAg.8wWQ3tdzKkk8wWQ5rt2_8e", "Dziękujemy!"), "yt");
        assertEquals("POST https://www.googleapis.com/youtube/v3/comments?part=snippet", r.method() + " " + r.url());
        assertEquals("Bearer yt", r.headers().get("Authorization"));
        assertEquals("{\"snippet\":{\"parentId\":\"UgxKREWxIgDrw8w2e_Z4AaABAg\",\"textOriginal\":\"Dziękujemy!\"}}",
                r.body());
    }

    @Test
    void aCommentOnAVideoStartsAThread() {
        PlatformRequest.Call r = call(action(OutboundAction.REPLY, Platform.YOUTUBE, CHANNEL, "D-lhorsDlUQ", "Hi"), "yt");
        assertEquals("https://www.googleapis.com/youtube/v3/commentThreads?part=snippet", r.url());
        assertEquals("{\"snippet\":{\"videoId\":\"D-lhorsDlUQ\",\"topLevelComment\":{\"snippet\":"
                + "{\"textOriginal\":\"Hi\"}}}}", r.body());
    }

    @Test
    void moderationAndDelete() {
        PlatformRequest.Call hide = call(action(OutboundAction.HIDE, Platform.YOUTUBE, CHANNEL,
                "UgxKREWxIgDrw8w2e_Z4AaABAg", null), "yt");
        assertEquals("POST https://www.googleapis.com/youtube/v3/comments/setModerationStatus"
                + "?id=UgxKREWxIgDrw8w2e_Z4AaABAg&moderationStatus=heldForReview", hide.method() + " " + hide.url());
        assertTrue(call(action(OutboundAction.UNHIDE, Platform.YOUTUBE, CHANNEL, "Ugx", null), "yt").url()
                .endsWith("&moderationStatus=published"));
        PlatformRequest.Call delete = call(action(OutboundAction.DELETE, Platform.YOUTUBE, CHANNEL,
                "UgxKREWxIgDrw8w2e_Z4AaABAg", null), "yt");
        assertEquals("DELETE https://www.googleapis.com/youtube/v3/comments?id=UgxKREWxIgDrw8w2e_Z4AaABAg",
                delete.method() + " " + delete.url());
        assertEquals("the YouTube Data API cannot like comments",
                refusal(action(OutboundAction.LIKE, Platform.YOUTUBE, CHANNEL, "Ugx", null)));
    }

    @Test
    void quotaExceededFailsWithTheReasonAndRateLimitsAreRetried() {
        var reply = action(OutboundAction.REPLY, Platform.YOUTUBE, CHANNEL, "UgxKREWxIgDrw8w2e_Z4AaABAg", "hi");
        assertEquals(new PlatformAnswer.Refused("youtube refused (403 quotaExceeded): The request cannot be completed "
                + "because you have exceeded your quota. (the daily API quota is used up; it resets at midnight "
                + "Pacific time)"), answer(reply, 403, Map.of(), "{\"error\":{\"code\":403,\"message\":\"The request "
                + "cannot be completed because you have exceeded your quota.\",\"errors\":[{\"message\":\"x\","
                + "\"domain\":\"youtube.quota\",\"reason\":\"quotaExceeded\"}]}}"));
        assertTrue(answer(reply, 403, Map.of(), "{\"error\":{\"code\":403,\"message\":\"slow down\",\"errors\":"
                + "[{\"reason\":\"userRateLimitExceeded\"}]}}") instanceof PlatformAnswer.RateLimited);
        assertEquals(new PlatformAnswer.Done("UgxKREWxIgDrw8w2e_Z4AaABAg.9abc"), answer(reply, 200, Map.of(),
                "{\"kind\":\"youtube#comment\",\"id\":\"UgxKREWxIgDrw8w2e_Z4AaABAg.9abc\"}"));
    }
}
