package io.parley.ingest.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.contracts.Platform;
import io.parley.contracts.interactions.Attachment;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.Fixtures;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.meta.MetaFeedParser;
import io.parley.ingest.telegram.TelegramUpdates;
import io.parley.ingest.vk.VkCallbacks;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What people attach — photos, videos, files, stickers — reaches the canonical interaction, read from real payloads. */
class AttachmentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFacebookCommentWithAPhotoCarriesItsAddress() throws Exception {
        MetaFeedParser.Parsed parsed = MetaFeedParser.parse(Fixtures.bytes("meta/restfb-feed-comment-add-with-photo.json"));
        List<Attachment> attachments = parsed.comments().get(0).attachments();
        assertEquals(1, attachments.size());
        assertEquals("image", attachments.get(0).type());
        assertEquals("https://scontent-fra3-1.xx.fbcdn.net/v/t31.0-8/16715996_472849323104563_2289972788116415727_o.jpg"
                + "?oh=7e0959913ff772d51e17b6d2bdebf44f&oe=593B77BB", attachments.get(0).url());
    }

    @Test
    void messengerAndInstagramAttachmentsKeepTheirTypeOrBecomeOther() throws Exception {
        MetaFeedParser.Parsed messenger = MetaFeedParser.parse(Fixtures.bytes("meta/messenger/courier-fba-attachment.json"));
        assertEquals(List.of(Attachment.of("image", "https://image-url/foo.png")),
                messenger.comments().get(0).attachments());
        MetaFeedParser.Parsed unsupported = MetaFeedParser.parse(Fixtures.bytes(
                "meta/instagram/restfb-messaging-attachment-unsupported.json"));
        Attachment other = unsupported.comments().get(0).attachments().get(0);
        assertEquals("other", other.type());
        assertEquals(true, other.url().startsWith("https://lookaside.fbsbx.com/ig_messaging_cdn/"));
    }

    @Test
    void aTelegramPhotoIsItsLargestSizeByFileId() throws Exception {
        ChannelAccount bot = new ChannelAccount(Platform.TELEGRAM, "7000000001", "acme", ChannelMode.sandbox);
        InteractionReceived i = TelegramUpdates.read(Fixtures.bytes("telegram/courier-photoMsg.json"), bot).heard().get(0)
                .interaction();
        assertEquals(List.of(new Attachment("image", null, "AgADAQADtKcxG4LRUUQSQVUjfJIiiF8G6C8ABA9NJzFdXskaincBAAEC",
                720, 1280)), i.attachments());
        assertEquals("Photo Caption", i.text());
    }

    @Test
    void vkPhotosVideosDocsStickersAndLinksOfACommentOrMessage() throws Exception {
        String update = """
                {"type":"wall_reply_new","group_id":167677639,"secret":"test-vk-secret","object":{"id":9,"from_id":5,
                "post_id":1,"post_owner_id":-167677639,"date":1700000000,"text":"Смотрите 👇","attachments":[
                {"type":"photo","photo":{"id":457239498,"owner_id":5,"sizes":[
                  {"type":"m","url":"https://sun9-35.userapi.com/m.jpg","width":106,"height":130},
                  {"type":"x","url":"https://sun9-35.userapi.com/x.jpg","width":604,"height":741}]}},
                {"type":"video","video":{"id":456239017,"owner_id":5}},
                {"type":"doc","doc":{"id":1,"owner_id":5,"url":"https://vk.com/doc5_1"}},
                {"type":"sticker","sticker":{"sticker_id":163,"images":[{"url":"https://vk.com/sticker/163.png"}]}},
                {"type":"link","link":{"url":"https://example.com/review"}}]}}""";
        JsonNode root = JSON.readTree(update.getBytes(StandardCharsets.UTF_8));
        ChannelAccount community = new ChannelAccount(Platform.VK, "167677639", "acme", ChannelMode.sandbox);
        InteractionReceived i = VkCallbacks.read(root, community).heard().get(0).interaction();
        assertEquals("Смотрите 👇", i.text());
        assertEquals(List.of(
                new Attachment("image", "https://sun9-35.userapi.com/x.jpg", "photo5_457239498", 604, 741),
                new Attachment("video", "https://vk.com/video5_456239017", "video5_456239017", null, null),
                new Attachment("file", "https://vk.com/doc5_1", "doc5_1", null, null),
                new Attachment("sticker", "https://vk.com/sticker/163.png", "163", null, null),
                Attachment.of("link", "https://example.com/review")), i.attachments());
    }

    @Test
    void xPhotosAndVideosOfATweet() throws Exception {
        JsonNode tweet = JSON.readTree("""
                {"id_str":"1","text":"@acme look https://t.co/x","extended_entities":{"media":[
                {"id_str":"1065035360223510528","type":"photo","media_url_https":"https://pbs.twimg.com/media/DsfJ.jpg",
                 "sizes":{"large":{"w":1536,"h":2048,"resize":"fit"}}},
                {"id_str":"1065035360223510529","type":"animated_gif","media_url_https":"https://pbs.twimg.com/tweet_video_thumb/a.jpg"}]}}""");
        assertEquals(List.of(
                new Attachment("image", "https://pbs.twimg.com/media/DsfJ.jpg", "1065035360223510528", 1536, 2048),
                new Attachment("video", "https://pbs.twimg.com/tweet_video_thumb/a.jpg", "1065035360223510529", null,
                        null)), Attachments.xTweet(tweet));
    }

    @Test
    void aTextOnlyInteractionHasNoAttachments() throws Exception {
        MetaFeedParser.Parsed parsed = MetaFeedParser.parse(Fixtures.bytes("meta/restfb-feed-comment-add-211.json"));
        assertEquals(List.of(), parsed.comments().get(0).attachments());
    }
}
