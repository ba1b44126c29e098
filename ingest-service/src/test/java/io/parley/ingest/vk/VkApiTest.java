package io.parley.ingest.vk;

import io.parley.ingest.outbound.Actions;
import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundAction;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.parley.ingest.outbound.Actions.action;
import static io.parley.ingest.outbound.Actions.answer;
import static io.parley.ingest.outbound.Actions.call;
import static io.parley.ingest.outbound.Actions.directMessage;
import static io.parley.ingest.outbound.Actions.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** VK API 5.199 requests (ids as the VK webhook makes them) and how its answers are read. */
class VkApiTest {

    private static final String GROUP = "200000001";

    @Test
    void aReplyToAWallCommentIsCreateCommentFromTheCommunityWithAGuid() {
        PlatformRequest.Call r = call(action(OutboundAction.REPLY, Platform.VK, GROUP, "wall-200000001_77_c501",
                "Спасибо!"), "vk-token");
        assertEquals("POST https://api.vk.com/method/wall.createComment", r.method() + " " + r.url());
        assertEquals("owner_id=-200000001&post_id=77&from_group=200000001"
                + "&message=%D0%A1%D0%BF%D0%B0%D1%81%D0%B8%D0%B1%D0%BE%21&reply_to_comment=501"
                + "&guid=0f8fad5b-d9cb-469f-a165-70867728950e&v=5.199&access_token=vk-token", r.body());
        assertEquals("application/x-www-form-urlencoded", r.headers().get("Content-Type"));
        assertEquals("owner_id=-200000001&post_id=77&from_group=200000001&message=hi&reply_to_comment=501"
                        + "&guid=0f8fad5b-d9cb-469f-a165-70867728950e&v=5.199&access_token=REDACTED",
                Actions.request(action(OutboundAction.REPLY, Platform.VK, GROUP, "wall-200000001_77_c501", "hi"))
                        .redacted("https://api.vk.com").body());
    }

    @Test
    void photoCommentsPostsDeletesLikesAndMessages() {
        assertEquals("https://api.vk.com/method/photos.createComment owner_id=-200000001&photo_id=456&from_group=1"
                        + "&message=hi&reply_to_comment=9&guid=0f8fad5b-d9cb-469f-a165-70867728950e&v=5.199&access_token=t",
                line(call(action(OutboundAction.REPLY, Platform.VK, GROUP, "photo-200000001_456_c9", "hi"), "t")));
        assertEquals("https://api.vk.com/method/wall.createComment owner_id=-200000001&post_id=77&from_group=200000001"
                        + "&message=hi&guid=0f8fad5b-d9cb-469f-a165-70867728950e&v=5.199&access_token=t",
                line(call(action(OutboundAction.REPLY, Platform.VK, GROUP, "wall-200000001_77", "hi"), "t")));
        assertEquals("https://api.vk.com/method/wall.deleteComment owner_id=-200000001&comment_id=501&v=5.199"
                        + "&access_token=t",
                line(call(action(OutboundAction.DELETE, Platform.VK, GROUP, "wall-200000001_77_c501", null), "t")));
        assertEquals("https://api.vk.com/method/likes.add type=comment&owner_id=-200000001&item_id=501&v=5.199"
                        + "&access_token=t",
                line(call(action(OutboundAction.LIKE, Platform.VK, GROUP, "wall-200000001_77_c501", null), "t")));
        assertEquals("https://api.vk.com/method/wall.post owner_id=-200000001&from_group=1&message=hi"
                        + "&guid=0f8fad5b-d9cb-469f-a165-70867728950e&v=5.199&access_token=t",
                line(call(action(OutboundAction.PUBLISH_POST, Platform.VK, GROUP, null, "hi"), "t")));
        assertEquals("https://api.vk.com/method/messages.send peer_id=123456&random_id="
                        + VkApi.randomId(Actions.ACTION_ID) + "&message=hi&v=5.199&access_token=t",
                line(call(directMessage(Platform.VK, GROUP, "msg42", "123456", "hi"), "t")));
    }

    @Test
    void whatVkCannotDoIsRefused() {
        assertEquals("vk has no hidden comments; delete the comment instead",
                refusal(action(OutboundAction.HIDE, Platform.VK, GROUP, "wall-1_2_c3", null)));
        assertEquals("a private message is answered with a private message: the action needs the VK peer id "
                + "(recipientId)", refusal(action(OutboundAction.REPLY, Platform.VK, GROUP, "msg42", "hi")));
    }

    @Test
    void answersAreReadFromTheResponseOrErrorObject() {
        var reply = action(OutboundAction.REPLY, Platform.VK, GROUP, "wall-200000001_77_c501", "hi");
        assertEquals(new PlatformAnswer.Done("wall-200000001_77_c502"),
                answer(reply, 200, Map.of(), "{\"response\":{\"comment_id\":502,\"parents_stack\":[]}}"));
        assertEquals(new PlatformAnswer.RateLimited(null, "vk rate limited (error 6): Too many requests per second",
                        false),
                answer(reply, 200, Map.of(), "{\"error\":{\"error_code\":6,\"error_msg\":\"Too many requests per "
                        + "second\",\"request_params\":[]}}"));
        assertEquals(new PlatformAnswer.Unauthorized("vk refused (error 5): User authorization failed: invalid access_token"),
                answer(reply, 200, Map.of(), "{\"error\":{\"error_code\":5,\"error_msg\":\"User authorization failed: "
                        + "invalid access_token\"}}"));
        var dm = directMessage(Platform.VK, GROUP, "msg42", "123456", "hi");
        assertEquals(new PlatformAnswer.Done("msg43"), answer(dm, 200, Map.of(), "{\"response\":43}"));
    }

    private static String line(PlatformRequest.Call call) {
        return call.url() + " " + call.body();
    }
}
