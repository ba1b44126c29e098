package io.parley.ingest.tiktok;

import io.parley.ingest.outbound.Actions;
import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformApi;
import io.parley.ingest.outbound.PlatformResponse;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.contracts.Platform;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.ingest.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.parley.ingest.outbound.Actions.action;
import static io.parley.ingest.outbound.Actions.answer;
import static io.parley.ingest.outbound.Actions.call;
import static io.parley.ingest.outbound.Actions.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TikTok Business API v1.3 requests (ids as in the pytiktok fixtures) and how its answers are read. */
class TikTokBusinessApiTest {

    private static final String BUSINESS = "7100000000000000001";
    private static final String VIDEO = "7109065174526479622";
    private static final String COMMENT = "7111907185164763905";
    private static final String REPLY = "7115302925501563650";

    private static String fixture(String name) {
        return new String(Fixtures.bytes("platforms-out/tiktok/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void aReplyGoesUnderTheThreadsTopLevelCommentWithTheVideo() {
        PlatformRequest.Call r = call(action(OutboundAction.REPLY, Platform.TIKTOK, BUSINESS,
                VIDEO + "_" + COMMENT + "_" + REPLY, "Dziękujemy! Ευχαριστούμε ❤"), "tt-token");
        assertEquals("POST https://business-api.tiktok.com/open_api/v1.3/business/comment/reply/create/",
                r.method() + " " + r.url());
        assertEquals("tt-token", r.headers().get("Access-Token"));
        assertEquals("{\"business_id\":\"" + BUSINESS + "\",\"video_id\":\"" + VIDEO + "\",\"comment_id\":\"" + COMMENT
                + "\",\"text\":\"Dziękujemy! Ευχαριστούμε ❤\"}", r.body());
    }

    @Test
    void aCommentOnAVideoIsACreate() {
        PlatformRequest.Call r = call(action(OutboundAction.REPLY, Platform.TIKTOK, BUSINESS, VIDEO, "Hi"), "t");
        assertEquals("https://business-api.tiktok.com/open_api/v1.3/business/comment/create/", r.url());
        assertEquals("{\"business_id\":\"" + BUSINESS + "\",\"video_id\":\"" + VIDEO + "\",\"text\":\"Hi\"}", r.body());
    }

    @Test
    void hideUnhideAndDeleteActOnTheCommentItself() {
        PlatformRequest.Call hide = call(action(OutboundAction.HIDE, Platform.TIKTOK, BUSINESS,
                VIDEO + "_" + COMMENT + "_" + REPLY, null), "t");
        assertEquals("POST https://business-api.tiktok.com/open_api/v1.3/business/comment/hide/",
                hide.method() + " " + hide.url());
        assertEquals("{\"business_id\":\"" + BUSINESS + "\",\"video_id\":\"" + VIDEO + "\",\"comment_id\":\"" + REPLY
                + "\",\"action\":\"HIDE\"}", hide.body());
        assertTrue(call(action(OutboundAction.UNHIDE, Platform.TIKTOK, BUSINESS, VIDEO + "_" + COMMENT, null), "t")
                .body().endsWith("\"comment_id\":\"" + COMMENT + "\",\"action\":\"UNHIDE\"}"));
        PlatformRequest.Call delete = call(action(OutboundAction.DELETE, Platform.TIKTOK, BUSINESS,
                VIDEO + "_" + COMMENT, null), "t");
        assertEquals("https://business-api.tiktok.com/open_api/v1.3/business/comment/delete/", delete.url());
        assertEquals("{\"business_id\":\"" + BUSINESS + "\",\"comment_id\":\"" + COMMENT + "\"}", delete.body());
        assertEquals("tiktok's business API cannot like comments",
                refusal(action(OutboundAction.LIKE, Platform.TIKTOK, BUSINESS, VIDEO + "_" + COMMENT, null)));
        assertEquals("tiktok hides comments, not videos",
                refusal(action(OutboundAction.HIDE, Platform.TIKTOK, BUSINESS, VIDEO, null)));
    }

    @Test
    void theRealAnswersAreRead() {
        var reply = action(OutboundAction.REPLY, Platform.TIKTOK, BUSINESS, VIDEO + "_" + COMMENT, "hi");
        assertEquals(new PlatformAnswer.Done("6990565363377392901"),
                answer(reply, 200, Map.of(), fixture("pytiktok-business-comment-reply-create-response.json")));
        var hide = action(OutboundAction.HIDE, Platform.TIKTOK, BUSINESS, VIDEO + "_" + COMMENT, null);
        assertEquals(new PlatformAnswer.Done(VIDEO + "_" + COMMENT),
                answer(hide, 200, Map.of(), fixture("pytiktok-business-comment-hide-response.json")));
    }

    @Test
    void errorCodesInA200AreClassified() {
        var reply = action(OutboundAction.REPLY, Platform.TIKTOK, BUSINESS, VIDEO + "_" + COMMENT, "hi");
        assertEquals(new PlatformAnswer.Unauthorized("tiktok refused (40105): Access token is incorrect or has been "
                + "revoked."), answer(reply, 200, Map.of(), "{\"code\":40105,\"message\":\"Access token is incorrect or "
                + "has been revoked.\",\"request_id\":\"r\",\"data\":{}}"));
        assertInstanceOf(PlatformAnswer.Unauthorized.class, answer(reply, 401, Map.of(), ""));
        PlatformAnswer limited = answer(reply, 200, Map.of(), "{\"code\":40100,\"message\":\"Too many requests\","
                + "\"request_id\":\"r\",\"data\":{}}");
        assertInstanceOf(PlatformAnswer.RateLimited.class, limited);
        PlatformAnswer permission = answer(reply, 200, Map.of(), "{\"code\":40001,\"message\":\"No permission\"}");
        assertTrue(((PlatformAnswer.Refused) permission).permissionMissing());
        assertInstanceOf(PlatformAnswer.Retry.class, answer(reply, 200, Map.of(), "{\"code\":50002,\"message\":\"x\"}"));
        assertEquals(new PlatformAnswer.Refused("tiktok refused (40002): comment_id is invalid", FailureKind.CONTENT_REFUSED),
                answer(reply, 200, Map.of(), "{\"code\":40002,\"message\":\"comment_id is invalid\"}"));
    }

    @Test
    void aReplyWithoutAnAnswerIsLookedForAmongTheBrandsOwnCommentsOnTheVideo() {
        var reply = action(OutboundAction.REPLY, Platform.TIKTOK, BUSINESS, VIDEO + "_" + COMMENT, "Thanks!");
        TikTokBusinessApi api = new TikTokBusinessApi();
        PlatformRequest.Call read = api.recent(reply, false).orElseThrow().render(api.apiRoot(), "t");
        assertEquals("GET https://business-api.tiktok.com/open_api/v1.3/business/comment/list/?business_id=" + BUSINESS
                + "&video_id=" + VIDEO + "&include_replies=true&sort_field=create_time&sort_order=desc&cursor=0"
                + "&max_count=50", read.method() + " " + read.url());
        String page = "{\"code\":0,\"message\":\"OK\",\"data\":{\"has_more\":true,\"cursor\":50,\"comments\":["
                + "{\"comment_id\":\"1\",\"text\":\"Thanks!\",\"owner\":false,\"create_time\":\"1765000000\"},"
                + "{\"comment_id\":\"2\",\"text\":\"Thanks!\",\"owner\":true,\"create_time\":\"1765000001\"}]}}";
        PlatformResponse response = new PlatformResponse(200, Map.of(), page);
        assertEquals(java.util.List.of(new PlatformApi.Published("2", "Thanks!", null, BUSINESS,
                java.time.Instant.ofEpochSecond(1765000001))), api.readRecent(reply, response));
        assertTrue(api.nextPage(reply, false, response).orElseThrow().path().contains("&cursor=50&"));
    }

    @Test
    void theSandboxAnswersAsTikTokWouldAndItsAnswerIsRead() {
        TikTokBusinessApi api = new TikTokBusinessApi();
        var reply = action(OutboundAction.REPLY, Platform.TIKTOK, BUSINESS, VIDEO + "_" + COMMENT, "Hi");
        PlatformRequest request = Actions.request(reply);
        assertEquals(new PlatformAnswer.Done("sandbox-7"), api.answer(reply, request, new PlatformResponse(200,
                Map.of(), api.sandboxAnswer(reply, request, "sandbox-7")), java.time.Instant.now()));
        var hide = action(OutboundAction.HIDE, Platform.TIKTOK, BUSINESS, VIDEO + "_" + COMMENT, null);
        PlatformRequest hideRequest = Actions.request(hide);
        assertEquals(new PlatformAnswer.Done(VIDEO + "_" + COMMENT), api.answer(hide, hideRequest,
                new PlatformResponse(200, Map.of(), api.sandboxAnswer(hide, hideRequest, "sandbox-8")),
                java.time.Instant.now()));
        assertEquals("REDACTED", hideRequest.redacted(api.apiRoot()).headers().get("Access-Token"));
    }
}
