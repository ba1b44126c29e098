package io.parley.ingest.outbound;

import io.parley.contracts.Platform;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.outbound.OutboundMedia;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishing, editing and deleting a post on each network: the exact requests (each step of those that take several,
 * fed the platform's real answers), how the answers are read, how the account's recent posts are read back, and
 * the permalinks.
 */
class PublishingRequestsTest {

    private static final String IMG1 = "https://calendar.example/api/v1/public/media/m1?expires=1&sig=ab";
    private static final String IMG2 = "https://calendar.example/api/v1/public/media/m2?expires=1&sig=cd";
    private static final String LINK = "https://acme.example/zima?utm_source=facebook&pid=trk42";

    static OutboundActionRequested post(Platform platform, String account, String target, String text, String link,
            String... images) {
        List<OutboundMedia> media = new ArrayList<>();
        for (int i = 0; i < images.length; i++) {
            media.add(new OutboundMedia("m" + (i + 1), images[i], "image/jpeg", i == 0 ? "A red coat" : null));
        }
        return new OutboundActionRequested(Actions.ACTION_ID, OutboundAction.PUBLISH_POST, platform, account, target,
                text, "editor1", "variant/v1/publish/1", null, link, media, "trk42", null);
    }

    static OutboundActionRequested on(OutboundAction action, Platform platform, String account, String target,
            String text) {
        return new OutboundActionRequested(Actions.ACTION_ID, action, platform, account, target, text, "editor1",
                "variant/v1/" + action.id(), null, null, List.of(), null, null);
    }

    /** Every request of the action, each step fed the given answers (one per step, in order). */
    static List<PlatformRequest.Call> steps(OutboundActionRequested a, String... answers) {
        PlatformApi api = Actions.REQUESTS.api(a.platform()).orElseThrow();
        List<PlatformRequest.Call> calls = new ArrayList<>();
        List<PlatformAnswer.Done> done = new ArrayList<>();
        Optional<PlatformRequest> next = Optional.of(Actions.request(a));
        int i = 0;
        while (next.isPresent()) {
            PlatformRequest r = next.get();
            calls.add(r.render(api.apiRoot(), "tok"));
            PlatformAnswer answer = api.answer(a, r, new PlatformResponse(200, Map.of(), answers[i++]), Instant.EPOCH);
            done.add((PlatformAnswer.Done) answer);
            next = api.next(a, done);
        }
        assertEquals(answers.length, calls.size(), "steps");
        return calls;
    }

    static PlatformAnswer.Done last(OutboundActionRequested a, String answer) {
        PlatformApi api = Actions.REQUESTS.api(a.platform()).orElseThrow();
        return (PlatformAnswer.Done) api.answer(a, Actions.request(a), new PlatformResponse(200, Map.of(), answer),
                Instant.EPOCH);
    }

    @Test
    void facebookPostsTextWithItsLinkOnePhotoWithItsCaptionAndSeveralPhotosAttached() {
        var text = post(Platform.FACEBOOK, "1234567890", null, "Zima ❄ nadchodzi", LINK);
        List<PlatformRequest.Call> calls = steps(text, "{\"id\":\"1234567890_555\"}");
        assertEquals("POST https://graph.facebook.com/v23.0/1234567890/feed", calls.get(0).method() + " "
                + calls.get(0).url());
        assertEquals("message=Zima+%E2%9D%84+nadchodzi&link=" + PlatformRequest.formValue(LINK), calls.get(0).body());
        assertEquals("https://www.facebook.com/1234567890/posts/555",
                Actions.REQUESTS.api(Platform.FACEBOOK).orElseThrow().permalink(text, "1234567890_555"));

        var photo = post(Platform.FACEBOOK, "1234567890", null, "Zima", LINK, IMG1);
        PlatformRequest.Call one = steps(photo, "{\"id\":\"777\",\"post_id\":\"1234567890_556\"}").get(0);
        assertEquals("https://graph.facebook.com/v23.0/1234567890/photos", one.url());
        assertEquals("url=" + PlatformRequest.formValue(IMG1) + "&message=" + PlatformRequest.formValue("Zima\n\n"
                + LINK) + "&alt_text_custom=A+red+coat&published=true", one.body());
        assertEquals("1234567890_556", last(photo, "{\"id\":\"777\",\"post_id\":\"1234567890_556\"}").objectId());

        var album = post(Platform.FACEBOOK, "1234567890", null, "Zima", null, IMG1, IMG2);
        List<PlatformRequest.Call> three = steps(album, "{\"id\":\"801\"}", "{\"id\":\"802\"}",
                "{\"id\":\"1234567890_557\"}");
        assertTrue(three.get(0).body().endsWith("&published=false"));
        assertTrue(three.get(1).body().startsWith("url=" + PlatformRequest.formValue(IMG2)));
        assertEquals("https://graph.facebook.com/v23.0/1234567890/feed", three.get(2).url());
        assertEquals("message=Zima&attached_media%5B0%5D=" + PlatformRequest.formValue("{\"media_fbid\":\"801\"}")
                + "&attached_media%5B1%5D=" + PlatformRequest.formValue("{\"media_fbid\":\"802\"}"), three.get(2).body());
        PlatformRequest publish = Actions.REQUESTS.api(Platform.FACEBOOK).orElseThrow().next(album,
                List.of(new PlatformAnswer.Done("801"), new PlatformAnswer.Done("802"))).orElseThrow();
        assertFalse(publish.repeatable(), "the post itself is never sent twice blindly");
    }

    @Test
    void instagramCreatesAContainerPublishesItAndReadsThePermalink() {
        var a = post(Platform.INSTAGRAM, "17841400000000001", null, "Zima ❄", LINK, IMG1);
        List<PlatformRequest.Call> calls = steps(a, "{\"id\":\"17889615691921648\"}",
                "{\"id\":\"17920238422030506\"}",
                "{\"id\":\"17920238422030506\",\"permalink\":\"https://www.instagram.com/p/Cx1/\"}");
        assertEquals("https://graph.facebook.com/v23.0/17841400000000001/media", calls.get(0).url());
        assertEquals("image_url=" + PlatformRequest.formValue(IMG1) + "&caption=" + PlatformRequest.formValue(
                "Zima ❄\n\n" + LINK) + "&alt_text=A+red+coat", calls.get(0).body());
        assertEquals("https://graph.facebook.com/v23.0/17841400000000001/media_publish", calls.get(1).url());
        assertEquals("creation_id=17889615691921648", calls.get(1).body());
        assertEquals("GET https://graph.facebook.com/v23.0/17920238422030506?fields=id,permalink",
                calls.get(2).method() + " " + calls.get(2).url());

        var carousel = post(Platform.INSTAGRAM, "17841400000000001", null, "Two", null, IMG1, IMG2);
        List<PlatformRequest.Call> c = steps(carousel, "{\"id\":\"c1\"}", "{\"id\":\"c2\"}", "{\"id\":\"car\"}",
                "{\"id\":\"m9\"}", "{\"id\":\"m9\",\"permalink\":\"https://www.instagram.com/p/Cx2/\"}");
        assertTrue(c.get(0).body().contains("is_carousel_item=true"));
        assertEquals("media_type=CAROUSEL&children=c1%2Cc2&caption=Two", c.get(2).body());
        assertEquals("creation_id=car", c.get(3).body());

        assertTrue(Actions.refusal(post(Platform.INSTAGRAM, "1", null, "text only", null))
                .startsWith("an Instagram post needs an image"));
        assertTrue(Actions.refusal(on(OutboundAction.EDIT_POST, Platform.INSTAGRAM, "1", "179", "new"))
                .contains("cannot change a published post's caption"));
    }

    @Test
    void xUploadsEachImageThenPostsWithTheMediaIdsAndTheLinkInTheText() {
        var a = post(Platform.X, "1500000000000000001", null, "Zima ❄", LINK, IMG1, IMG2);
        List<PlatformRequest.Call> calls = steps(a, "{\"data\":{\"id\":\"1880028106020515840\"}}",
                "{\"data\":{\"id\":\"1880028106020515841\"}}", "{\"data\":{\"id\":\"1880028106020515999\",\"text\":\"x\"}}");
        assertEquals("POST https://api.x.com/2/media/upload", calls.get(0).method() + " " + calls.get(0).url());
        assertEquals("multipart/form-data; boundary=" + PlatformRequest.BOUNDARY, calls.get(0).contentType());
        assertEquals("media_category=tweet_image; media=<bytes of " + IMG1 + " (image/jpeg)>", calls.get(0).body());
        assertEquals("{\"text\":\"Zima ❄\\n\\n" + LINK + "\",\"media\":{\"media_ids\":[\"1880028106020515840\","
                + "\"1880028106020515841\"]}}", calls.get(2).body());
        assertEquals("https://x.com/i/web/status/1880028106020515999",
                Actions.REQUESTS.api(Platform.X).orElseThrow().permalink(a, "1880028106020515999"));
        OutboundActionRequested edit = on(OutboundAction.EDIT_POST, Platform.X, "1", "1880028106020515999", "fix");
        PlatformRequests.Result refused = Actions.REQUESTS.requestFor(edit);
        assertEquals(FailureKind.UNSUPPORTED, refused.kind());
        assertTrue(refused.refusal().contains("post a correction as a reply"));
        PlatformRequest.Call delete = Actions.call(on(OutboundAction.DELETE_POST, Platform.X, "1", "1880028106020515999",
                null), "t");
        assertEquals("DELETE https://api.x.com/2/tweets/1880028106020515999", delete.method() + " " + delete.url());
    }

    @Test
    void linkedInUploadsImagesThroughInitializeUploadOrPostsTheLinkAsAnArticle() {
        var a = post(Platform.LINKEDIN, "90000001", null, "Zima (nowa) #kolekcja", null, IMG1);
        List<PlatformRequest.Call> calls = steps(a, "{\"value\":{\"uploadUrlExpiresAt\":1,\"uploadUrl\":"
                + "\"https://www.linkedin.com/dms-uploads/abc\",\"image\":\"urn:li:image:C4E10AQ\"}}", "",
                "{\"id\":\"urn:li:share:7300000000000000002\"}");
        assertEquals("POST https://api.linkedin.com/rest/images?action=initializeUpload", calls.get(0).method() + " "
                + calls.get(0).url());
        assertEquals("{\"initializeUploadRequest\":{\"owner\":\"urn:li:organization:90000001\"}}", calls.get(0).body());
        assertEquals("PUT https://www.linkedin.com/dms-uploads/abc", calls.get(1).method() + " " + calls.get(1).url());
        assertEquals("Bearer tok", calls.get(1).headers().get("Authorization"));
        assertTrue(calls.get(2).body().contains("\"commentary\":\"Zima \\\\(nowa\\\\) \\\\#kolekcja\""));
        assertTrue(calls.get(2).body().contains("\"content\":{\"media\":{\"id\":\"urn:li:image:C4E10AQ\","
                + "\"altText\":\"A red coat\"}}"), calls.get(2).body());

        var link = post(Platform.LINKEDIN, "90000001", null, "Zima nadchodzi\nWięcej u nas", LINK);
        String body = Actions.call(link, "t").body();
        assertTrue(body.contains("\"content\":{\"article\":{\"source\":\"" + LINK + "\",\"title\":\"Zima "
                + "nadchodzi\"}}"), body);

        PlatformRequest.Call edit = Actions.call(on(OutboundAction.EDIT_POST, Platform.LINKEDIN, "90000001",
                "urn:li:share:7300000000000000002", "Poprawione"), "t");
        assertEquals("POST https://api.linkedin.com/rest/posts/urn%3Ali%3Ashare%3A7300000000000000002",
                edit.method() + " " + edit.url());
        assertEquals("PARTIAL_UPDATE", edit.headers().get("X-RestLi-Method"));
        assertEquals("{\"patch\":{\"$set\":{\"commentary\":\"Poprawione\"}}}", edit.body());
        assertEquals("https://www.linkedin.com/feed/update/urn:li:share:7300000000000000002/",
                Actions.REQUESTS.api(Platform.LINKEDIN).orElseThrow().permalink(link, "urn:li:share:7300000000000000002"));
    }

    @Test
    void vkUploadsPhotosToTheWallServerAndPostsThemWithTheLinkAsAttachments() {
        var a = post(Platform.VK, "200000001", null, "Зима", LINK, IMG1);
        List<PlatformRequest.Call> calls = steps(a,
                "{\"response\":{\"upload_url\":\"https://pu.vk.com/c1/upload.php?act=do_add\",\"album_id\":-14}}",
                "{\"server\":123,\"photo\":\"[{\\\"photo\\\":\\\"x\\\"}]\",\"hash\":\"h1\"}",
                "{\"response\":[{\"id\":457239017,\"owner_id\":-200000001}]}",
                "{\"response\":{\"post_id\":88}}");
        assertEquals("https://api.vk.com/method/photos.getWallUploadServer", calls.get(0).url());
        assertEquals("group_id=200000001&v=5.199&access_token=tok", calls.get(0).body());
        assertEquals("https://pu.vk.com/c1/upload.php?act=do_add", calls.get(1).url());
        assertFalse(calls.get(1).body().contains("tok"), "the signed upload address takes no token");
        assertTrue(calls.get(2).body().startsWith("group_id=200000001&photo=%5B%7B%22photo%22%3A%22x%22%7D%5D"
                + "&server=123&hash=h1&caption=A+red+coat"), calls.get(2).body());
        assertEquals("owner_id=-200000001&from_group=1&message=%D0%97%D0%B8%D0%BC%D0%B0&attachments="
                + PlatformRequest.formValue("photo-200000001_457239017," + LINK) + "&guid=" + Actions.ACTION_ID
                + "&v=5.199&access_token=tok", calls.get(3).body());
        assertEquals("wall-200000001_88", last(post(Platform.VK, "200000001", null, "t", null),
                "{\"response\":{\"post_id\":88}}").objectId());
        PlatformRequest.Call edit = Actions.call(on(OutboundAction.EDIT_POST, Platform.VK, "200000001",
                "wall-200000001_88", "Зима!"), "t");
        assertEquals("https://api.vk.com/method/wall.edit", edit.url());
        assertEquals("owner_id=-200000001&post_id=88&message=%D0%97%D0%B8%D0%BC%D0%B0%21&v=5.199&access_token=t",
                edit.body());
        assertEquals("https://api.vk.com/method/wall.delete", Actions.call(on(OutboundAction.DELETE_POST,
                Platform.VK, "200000001", "wall-200000001_88", null), "t").url());
    }

    @Test
    void telegramSendsAMessageAPhotoOrAnAlbumAndEditsTextOrCaption() {
        var text = post(Platform.TELEGRAM, "7000000001", "@acme_news", "Zima", LINK);
        PlatformRequest.Call message = Actions.call(text, "7000000001:tok");
        assertEquals("https://api.telegram.org/bot7000000001:tok/sendMessage", message.url());
        assertEquals("{\"chat_id\":\"@acme_news\",\"text\":\"Zima\\n\\n" + LINK + "\"}", message.body());
        assertEquals("{\"chat_id\":-1001234567890,\"photo\":\"" + IMG1 + "\",\"caption\":\"Zima\"}",
                Actions.call(post(Platform.TELEGRAM, "7000000001", "-1001234567890", "Zima", null, IMG1), "t").body());
        PlatformRequest.Call album = Actions.call(post(Platform.TELEGRAM, "7000000001", "-1001234567890", "Zima", null,
                IMG1, IMG2), "t");
        assertTrue(album.url().endsWith("/sendMediaGroup"));
        assertEquals("{\"chat_id\":-1001234567890,\"media\":[{\"type\":\"photo\",\"media\":\"" + IMG1 + "\","
                + "\"caption\":\"Zima\"},{\"type\":\"photo\",\"media\":\"" + IMG2 + "\"}]}", album.body());
        PlatformApi api = Actions.REQUESTS.api(Platform.TELEGRAM).orElseThrow();
        assertEquals("-1001234567890_12", ((PlatformAnswer.Done) api.answer(text, Actions.request(text),
                new PlatformResponse(200, Map.of(), "{\"ok\":true,\"result\":[{\"message_id\":12,\"chat\":{\"id\":"
                        + "-1001234567890}},{\"message_id\":13,\"chat\":{\"id\":-1001234567890}}]}"), Instant.EPOCH))
                .objectId());
        assertEquals("https://t.me/acme_news/12", api.permalink(text, "-1001234567890_12"));
        assertEquals("https://t.me/c/1234567890/12", api.permalink(post(Platform.TELEGRAM, "7000000001",
                "-1001234567890", "x", null), "-1001234567890_12"));

        PlatformRequest.Call edit = Actions.call(on(OutboundAction.EDIT_POST, Platform.TELEGRAM, "7000000001",
                "-1001234567890_12", "Zima!"), "t");
        assertTrue(edit.url().endsWith("/editMessageText"));
        assertEquals("{\"chat_id\":-1001234567890,\"message_id\":12,\"text\":\"Zima!\"}", edit.body());
        var sameText = on(OutboundAction.EDIT_POST, Platform.TELEGRAM, "7000000001", "-1001234567890_12", "Zima!");
        assertEquals(new PlatformAnswer.Done("-1001234567890_12"), api.answer(sameText, Actions.request(sameText),
                new PlatformResponse(400, Map.of(), "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: "
                        + "message is not modified\"}"), Instant.EPOCH));
        assertTrue(Actions.call(on(OutboundAction.DELETE_POST, Platform.TELEGRAM, "7000000001", "-1001234567890_12",
                null), "t").url().endsWith("/deleteMessage"));
    }

    @Test
    void facebookEditsAndDeletesThePost() {
        PlatformRequest.Call edit = Actions.call(on(OutboundAction.EDIT_POST, Platform.FACEBOOK, "1234567890",
                "1234567890_555", "Poprawka: 10%"), "t");
        assertEquals("POST https://graph.facebook.com/v23.0/1234567890_555 message=Poprawka%3A+10%25",
                edit.method() + " " + edit.url() + " " + edit.body());
        PlatformRequest.Call delete = Actions.call(on(OutboundAction.DELETE_POST, Platform.FACEBOOK, "1234567890",
                "1234567890_555", null), "t");
        assertEquals("DELETE https://graph.facebook.com/v23.0/1234567890_555", delete.method() + " " + delete.url());
    }

    @Test
    void theRecentPostsAreReadPageAfterPageByTheListsOwnCursor() {
        var fb = post(Platform.FACEBOOK, "1234567890", null, "Zima", null);
        PlatformApi graph = Actions.REQUESTS.api(Platform.FACEBOOK).orElseThrow();
        String firstPage = "{\"data\":[{\"id\":\"1234567890_9\",\"message\":\"Other\"}],\"paging\":{\"cursors\":"
                + "{\"before\":\"QVFIUj\",\"after\":\"QVFIUk+/x\"},\"next\":\"https://graph.facebook.com/v23.0/"
                + "1234567890/published_posts?limit=25&after=QVFIUk%2B%2Fx\"}}";
        assertEquals("/v23.0/1234567890/published_posts?fields=id,message,created_time,permalink_url&limit=25"
                + "&after=QVFIUk%2B%2Fx", graph.nextPage(fb, false, new PlatformResponse(200, Map.of(), firstPage))
                .orElseThrow().path());
        String lastPage = "{\"data\":[{\"id\":\"1234567890_1\"}],\"paging\":{\"cursors\":{\"before\":\"a\","
                + "\"after\":\"b\"}}}";
        assertTrue(graph.nextPage(fb, false, new PlatformResponse(200, Map.of(), lastPage)).isEmpty(),
                "no paging.next: the end of the list");

        var tweet = post(Platform.X, "1", null, "a", null);
        PlatformApi x = Actions.REQUESTS.api(Platform.X).orElseThrow();
        assertEquals("/2/users/1/tweets?max_results=20&tweet.fields=created_at,text,author_id"
                + "&pagination_token=7140dibdnow9c7btw423x", x.nextPage(tweet, false, new PlatformResponse(200,
                Map.of(), "{\"data\":[{\"id\":\"1\",\"text\":\"b\"}],\"meta\":{\"result_count\":1,"
                + "\"next_token\":\"7140dibdnow9c7btw423x\"}}")).orElseThrow().path());
        assertTrue(x.nextPage(tweet, false, new PlatformResponse(200, Map.of(), "{\"data\":[],\"meta\":"
                + "{\"result_count\":0}}")).isEmpty());
    }

    @Test
    void theAccountsRecentPostsAreReadBackOnEachNetworkThatListsThem() {
        var fb = post(Platform.FACEBOOK, "1234567890", null, "Zima", null);
        PlatformApi graph = Actions.REQUESTS.api(Platform.FACEBOOK).orElseThrow();
        assertEquals("/v23.0/1234567890/published_posts?fields=id,message,created_time,permalink_url&limit=25",
                graph.recent(fb, false).orElseThrow().path());
        List<PlatformApi.Published> seen = graph.readRecent(fb, new PlatformResponse(200, Map.of(), "{\"data\":[{"
                + "\"id\":\"1234567890_9\",\"message\":\"Zima\",\"created_time\":\"2026-12-05T10:00:00+0000\","
                + "\"permalink_url\":\"https://www.facebook.com/1234567890/posts/9\"}]}"));
        assertEquals(new PlatformApi.Published("1234567890_9", "Zima", "https://www.facebook.com/1234567890/posts/9",
                null, Instant.parse("2026-12-05T10:00:00Z")), seen.get(0));
        assertEquals("/2/users/1/tweets?max_results=20&tweet.fields=created_at,text,author_id",
                Actions.REQUESTS.api(Platform.X).orElseThrow().recent(post(Platform.X, "1", null, "a", null), false)
                        .orElseThrow().path());
        assertEquals("/method/wall.get", Actions.REQUESTS.api(Platform.VK).orElseThrow()
                .recent(post(Platform.VK, "2", null, "a", null), false).orElseThrow().path());
        assertTrue(Actions.REQUESTS.api(Platform.LINKEDIN).orElseThrow().recent(post(Platform.LINKEDIN, "3", null, "a",
                null), false).orElseThrow().path().startsWith("/rest/posts?author=urn%3Ali%3Aorganization%3A3&q=author"));
        var comment = on(OutboundAction.REPLY, Platform.FACEBOOK, "1234567890", "1234567890_9", "First!");
        assertTrue(graph.recent(comment, false).orElseThrow().path().startsWith("/v23.0/1234567890_9/comments?"));
        assertTrue(Actions.REQUESTS.api(Platform.TELEGRAM).orElseThrow().recent(post(Platform.TELEGRAM, "7", "@c",
                "a", null), false).isEmpty(), "the Bot API cannot list a channel's posts");
    }

    @Test
    void classificationPerNetwork() {
        var fb = post(Platform.FACEBOOK, "1234567890", null, "Zima", null);
        PlatformApi graph = Actions.REQUESTS.api(Platform.FACEBOOK).orElseThrow();
        assertTrue(graph.answer(fb, Actions.request(fb), new PlatformResponse(400, Map.of(), "{\"error\":{\"message\":"
                + "\"Error validating access token: The user has not authorized application 1.\",\"type\":"
                + "\"OAuthException\",\"code\":190,\"error_subcode\":460}}"), Instant.EPOCH)
                instanceof PlatformAnswer.Unauthorized);
        assertEquals(new PlatformAnswer.Refused("facebook refused (Graph API error 506): Duplicate status message",
                FailureKind.CONTENT_REFUSED), graph.answer(fb, Actions.request(fb), new PlatformResponse(400, Map.of(),
                "{\"error\":{\"message\":\"Duplicate status message\",\"code\":506}}"), Instant.EPOCH));
        assertTrue(graph.answer(fb, Actions.request(fb), new PlatformResponse(500, Map.of(), "{\"error\":{\"message\":"
                + "\"An unknown error occurred\",\"code\":1,\"is_transient\":true}}"), Instant.EPOCH)
                instanceof PlatformAnswer.Retry);
        var x = post(Platform.X, "1", null, "Zima", null);
        assertEquals(new PlatformAnswer.Refused("x refused (403): You are not allowed to create a Tweet with "
                + "duplicate content."), Actions.REQUESTS.api(Platform.X).orElseThrow().answer(x, Actions.request(x),
                new PlatformResponse(403, Map.of(), "{\"detail\":\"You are not allowed to create a Tweet with "
                        + "duplicate content.\",\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}"),
                Instant.EPOCH));
        var vk = post(Platform.VK, "2", null, "Zima", null);
        assertTrue(Actions.REQUESTS.api(Platform.VK).orElseThrow().answer(vk, Actions.request(vk),
                new PlatformResponse(200, Map.of(), "{\"error\":{\"error_code\":9,\"error_msg\":\"Flood control\"}}"),
                Instant.EPOCH) instanceof PlatformAnswer.RateLimited);
        assertEquals(new PlatformAnswer.Refused("vk refused (error 214): Access to adding post denied"),
                Actions.REQUESTS.api(Platform.VK).orElseThrow().answer(vk, Actions.request(vk), new PlatformResponse(200,
                        Map.of(), "{\"error\":{\"error_code\":214,\"error_msg\":\"Access to adding post denied\"}}"),
                        Instant.EPOCH));
        var li = post(Platform.LINKEDIN, "3", null, "Zima", null);
        assertTrue(Actions.REQUESTS.api(Platform.LINKEDIN).orElseThrow().answer(li, Actions.request(li),
                new PlatformResponse(401, Map.of(), "{\"status\":401,\"serviceErrorCode\":65600,\"code\":"
                        + "\"INVALID_ACCESS_TOKEN\",\"message\":\"Invalid access token\"}"), Instant.EPOCH)
                instanceof PlatformAnswer.Unauthorized);
        assertNull(Actions.REQUESTS.requestFor(post(Platform.FACEBOOK, "1", null, "x", null, "/relative.png"))
                .request().orElse(null));
    }
}
