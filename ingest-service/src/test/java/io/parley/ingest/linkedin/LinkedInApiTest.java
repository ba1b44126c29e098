package io.parley.ingest.linkedin;

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

/** LinkedIn Community Management API requests (URNs as in the LinkedIn fixtures) and how answers are read. */
class LinkedInApiTest {

    private static final String ORG = "1234567";
    private static final String COMMENT = "urn:li:comment:(urn:li:activity:7200000000000000001,7200000000000000777)";

    @Test
    void aReplyToACommentIsANestedCommentAsTheOrganization() {
        PlatformRequest.Call r = call(action(OutboundAction.REPLY, Platform.LINKEDIN, ORG, COMMENT,
                "Yes — in Germany too!"), "li");
        assertEquals("POST https://api.linkedin.com/rest/socialActions/urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity"
                + "%3A7200000000000000001%2C7200000000000000777%29/comments", r.method() + " " + r.url());
        assertEquals(Map.of("Authorization", "Bearer li", "Content-Type", "application/json; charset=UTF-8",
                "LinkedIn-Version", "202607", "X-Restli-Protocol-Version", "2.0.0"), r.headers());
        assertEquals("{\"actor\":\"urn:li:organization:1234567\",\"object\":\"urn:li:activity:7200000000000000001\","
                + "\"message\":{\"text\":\"Yes — in Germany too!\"},\"parentComment\":\"" + COMMENT + "\"}", r.body());
    }

    @Test
    void aCommentOnAPostDeleteLikeAndPublish() {
        PlatformRequest.Call onPost = call(action(OutboundAction.REPLY, Platform.LINKEDIN, ORG,
                "urn:li:share:7200000000000000001", "Hi"), "li");
        assertEquals("https://api.linkedin.com/rest/socialActions/urn%3Ali%3Ashare%3A7200000000000000001/comments",
                onPost.url());
        assertEquals("{\"actor\":\"urn:li:organization:1234567\",\"object\":\"urn:li:share:7200000000000000001\","
                + "\"message\":{\"text\":\"Hi\"}}", onPost.body());
        PlatformRequest.Call delete = call(action(OutboundAction.DELETE, Platform.LINKEDIN, ORG, COMMENT, null), "li");
        assertEquals("DELETE https://api.linkedin.com/rest/socialActions/urn%3Ali%3Aactivity%3A7200000000000000001"
                + "/comments/7200000000000000777?actor=urn%3Ali%3Aorganization%3A1234567",
                delete.method() + " " + delete.url());
        PlatformRequest.Call like = call(action(OutboundAction.LIKE, Platform.LINKEDIN, ORG, COMMENT, null), "li");
        assertEquals("https://api.linkedin.com/rest/reactions?actor=urn%3Ali%3Aorganization%3A1234567 "
                + "{\"root\":\"" + COMMENT + "\",\"reactionType\":\"LIKE\"}", like.url() + " " + like.body());
        PlatformRequest.Call post = call(action(OutboundAction.PUBLISH_POST, Platform.LINKEDIN, ORG, null,
                "We are hiring (Warsaw & Athens) #care"), "li");
        assertEquals("POST https://api.linkedin.com/rest/posts", post.method() + " " + post.url());
        assertEquals("{\"author\":\"urn:li:organization:1234567\",\"commentary\":\"We are hiring \\\\(Warsaw & Athens\\\\) "
                + "\\\\#care\",\"visibility\":\"PUBLIC\",\"distribution\":{\"feedDistribution\":\"MAIN_FEED\","
                + "\"targetEntities\":[],\"thirdPartyDistributionChannels\":[]},\"lifecycleState\":\"PUBLISHED\","
                + "\"isReshareDisabledByAuthor\":false}", post.body());
    }

    @Test
    void whatLinkedInCannotDoIsRefused() {
        assertTrue(refusal(action(OutboundAction.HIDE, Platform.LINKEDIN, ORG, COMMENT, null))
                .startsWith("linkedin has no hidden comments"));
        assertEquals("'7200000000000000777' is not a LinkedIn URN",
                refusal(action(OutboundAction.REPLY, Platform.LINKEDIN, ORG, "7200000000000000777", "hi")));
    }

    @Test
    void answers() {
        var post = action(OutboundAction.PUBLISH_POST, Platform.LINKEDIN, ORG, null, "hi");
        assertEquals(new PlatformAnswer.Done("urn:li:share:7300000000000000001"),
                answer(post, 201, Map.of("x-restli-id", "urn:li:share:7300000000000000001"), ""));
        var reply = action(OutboundAction.REPLY, Platform.LINKEDIN, ORG, COMMENT, "hi");
        assertEquals(new PlatformAnswer.Refused("linkedin refused (403): Not enough permissions to access: "
                + "partnerApiSocialActions.CREATE.20260701"), answer(reply, 403, Map.of(), "{\"status\":403,"
                + "\"serviceErrorCode\":100,\"code\":\"ACCESS_DENIED\",\"message\":\"Not enough permissions to access: "
                + "partnerApiSocialActions.CREATE.20260701\"}"));
        assertTrue(answer(reply, 429, Map.of(), "{\"status\":429,\"message\":\"Resource level throttle\"}")
                instanceof PlatformAnswer.RateLimited);
    }
}
