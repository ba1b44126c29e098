package io.parley.ingest.meta;

import io.parley.ingest.outbound.Actions;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Graph API v23.0 requests for Facebook Pages and Instagram, and how its answers are read. */
class MetaGraphApiTest {

    private static final String PAGE = "1234567890";

    @Test
    void aCommentReplyIsACommentOnTheCommentWithTheTextFormEncoded() {
        PlatformRequest.Call r = call(action(OutboundAction.REPLY, Platform.FACEBOOK, PAGE, "10_20",
                "Dziękujemy & ❤ Где?"), "page-token");
        assertEquals("POST", r.method());
        assertEquals("https://graph.facebook.com/v23.0/10_20/comments", r.url());
        assertEquals(Map.of("Authorization", "Bearer page-token", "Content-Type",
                "application/x-www-form-urlencoded"), r.headers());
        assertEquals("message=Dzi%C4%99kujemy+%26+%E2%9D%A4+%D0%93%D0%B4%D0%B5%3F", r.body());
    }

    @Test
    void theTokenIsOnlyInTheAuthorizationHeaderAndRedactedForTheRecord() {
        PlatformRequest request = Actions.request(action(OutboundAction.REPLY, Platform.FACEBOOK, PAGE, "10_20", "hi"));
        PlatformRequest.Call recorded = request.redacted("https://graph.facebook.com");
        assertEquals("Bearer REDACTED", recorded.headers().get("Authorization"));
        assertFalse(recorded.url().contains("access_token") || recorded.body().contains("access_token"));
    }

    @Test
    void hideAndUnhideUpdateTheComment() {
        PlatformRequest.Call hide = call(action(OutboundAction.HIDE, Platform.FACEBOOK, PAGE, "10_20", null), "t");
        assertEquals("POST https://graph.facebook.com/v23.0/10_20 is_hidden=true",
                hide.method() + " " + hide.url() + " " + hide.body());
        assertEquals("is_hidden=false",
                call(action(OutboundAction.UNHIDE, Platform.FACEBOOK, PAGE, "10_20", null), "t").body());
    }

    @Test
    void deleteLikeAndPublish() {
        PlatformRequest.Call delete = call(action(OutboundAction.DELETE, Platform.FACEBOOK, PAGE, "10_20", null), "t");
        assertEquals("DELETE https://graph.facebook.com/v23.0/10_20", delete.method() + " " + delete.url());
        assertEquals(null, delete.body());
        PlatformRequest.Call like = call(action(OutboundAction.LIKE, Platform.FACEBOOK, PAGE, "10_20", null), "t");
        assertEquals("POST https://graph.facebook.com/v23.0/10_20/likes", like.method() + " " + like.url());
        PlatformRequest.Call post = call(action(OutboundAction.PUBLISH_POST, Platform.FACEBOOK, PAGE, null,
                "Nowość: Ελληνικά"), "t");
        assertEquals("POST https://graph.facebook.com/v23.0/1234567890/feed", post.method() + " " + post.url());
        assertEquals("message=Nowo%C5%9B%C4%87%3A+%CE%95%CE%BB%CE%BB%CE%B7%CE%BD%CE%B9%CE%BA%CE%AC", post.body());
    }

    @Test
    void aMessengerReplyGoesThroughTheSendApiToThePerson() {
        PlatformRequest.Call r = call(directMessage(Platform.FACEBOOK, PAGE, "m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM", "2412836",
                "Witaj 👋"), "t");
        assertEquals("POST https://graph.facebook.com/v23.0/1234567890/messages", r.method() + " " + r.url());
        assertEquals("application/json; charset=UTF-8", r.contentType());
        assertEquals("{\"recipient\":{\"id\":\"2412836\"},\"messaging_type\":\"RESPONSE\","
                + "\"message\":{\"text\":\"Witaj 👋\"}}", r.body());
    }

    @Test
    void aMessengerMessageWithoutItsSenderCannotBeAnswered() {
        assertTrue(refusal(action(OutboundAction.REPLY, Platform.FACEBOOK, PAGE, "m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM", "hi"))
                .endsWith("the action needs the person's id (recipientId)"));
    }

    @Test
    void instagramRepliesHidesAndMessages() {
        PlatformRequest.Call reply = call(action(OutboundAction.REPLY, Platform.INSTAGRAM, "17841400000000001",
                "17858893269000001", "Dzięki!"), "t");
        assertEquals("POST https://graph.facebook.com/v23.0/17858893269000001/replies",
                reply.method() + " " + reply.url());
        assertEquals("message=Dzi%C4%99ki%21", reply.body());
        assertEquals("hide=true", call(action(OutboundAction.HIDE, Platform.INSTAGRAM, "17841400000000001",
                "17858893269000001", null), "t").body());
        PlatformRequest.Call dm = call(directMessage(Platform.INSTAGRAM, "17841400000000001", "aWdfZAG1faXRlbToxOk",
                "6354352334", "hi"), "t");
        assertEquals("https://graph.facebook.com/v23.0/me/messages", dm.url());
        assertEquals("the Instagram API cannot like comments or posts",
                refusal(action(OutboundAction.LIKE, Platform.INSTAGRAM, "1", "17858893269000001", null)));
        assertTrue(refusal(action(OutboundAction.PUBLISH_POST, Platform.INSTAGRAM, "1", null, "hi"))
                .startsWith("an Instagram post needs an image"));
    }

    @Test
    void theCreatedObjectsIdIsTheAnswersId() {
        var reply = action(OutboundAction.REPLY, Platform.FACEBOOK, PAGE, "10_20", "hi");
        assertEquals(new PlatformAnswer.Done("10_20_99"), answer(reply, 200, Map.of(), "{\"id\":\"10_20_99\"}"));
        var dm = directMessage(Platform.FACEBOOK, PAGE, "m_1", "2412836", "hi");
        assertEquals(new PlatformAnswer.Done("m_XYZ"), answer(dm, 200, Map.of(),
                "{\"recipient_id\":\"2412836\",\"message_id\":\"m_XYZ\"}"));
        var hide = action(OutboundAction.HIDE, Platform.FACEBOOK, PAGE, "10_20", null);
        assertEquals(new PlatformAnswer.Done("10_20"), answer(hide, 200, Map.of(), "{\"success\":true}"));
    }

    @Test
    void throttlingWaitsAsTheBusinessUseCaseHeaderEstimates() {
        var reply = action(OutboundAction.REPLY, Platform.FACEBOOK, PAGE, "10_20", "hi");
        PlatformAnswer a = answer(reply, 400, Map.of("X-Business-Use-Case-Usage",
                "{\"1234567890\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":20,\"total_time\":30,"
                        + "\"estimated_time_to_regain_access\":2}]}"),
                "{\"error\":{\"message\":\"(#32) Page request limit reached\",\"type\":\"OAuthException\","
                        + "\"code\":32,\"fbtrace_id\":\"A\"}}");
        assertEquals(new PlatformAnswer.RateLimited(Duration.ofMinutes(2),
                "facebook rate limited (Graph API error 32): (#32) Page request limit reached", false), a);
        for (int code : new int[] {4, 17, 613, 80001}) {
            assertTrue(answer(reply, 400, Map.of(), "{\"error\":{\"message\":\"limit\",\"code\":" + code + "}}")
                    instanceof PlatformAnswer.RateLimited limited && limited.appWide() == (code == 4), "code " + code);
        }
    }

    @Test
    void aBadTokenOrAGoneObjectIsRefusedWithTheGraphApisMessage() {
        var reply = action(OutboundAction.REPLY, Platform.FACEBOOK, PAGE, "10_20", "hi");
        assertEquals(new PlatformAnswer.Unauthorized("facebook refused (Graph API error 190/463): Error validating access "
                + "token: Session has expired"), answer(reply, 400, Map.of(), "{\"error\":{\"message\":\"Error "
                + "validating access token: Session has expired\",\"type\":\"OAuthException\",\"code\":190,"
                + "\"error_subcode\":463}}"));
        assertEquals(new PlatformAnswer.Refused("facebook refused (Graph API error 100/33): Unsupported post request."),
                answer(reply, 400, Map.of(), "{\"error\":{\"message\":\"Unsupported post request.\",\"code\":100,"
                        + "\"error_subcode\":33}}"));
    }

    @Test
    void transientErrorsAndServerErrorsAreRetried() {
        var reply = action(OutboundAction.REPLY, Platform.FACEBOOK, PAGE, "10_20", "hi");
        assertEquals(new PlatformAnswer.Retry(null, "facebook refused (Graph API error 2): Service temporarily "
                + "unavailable"), answer(reply, 500, Map.of(), "{\"error\":{\"message\":\"Service temporarily "
                + "unavailable\",\"code\":2,\"is_transient\":true}}"));
        assertEquals(new PlatformAnswer.Retry(Duration.ofSeconds(7), "facebook answered 503"),
                answer(reply, 503, Map.of("Retry-After", "7"), "<html>busy</html>"));
    }
}
