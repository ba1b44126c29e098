package io.parley.ingest.meta;

import io.parley.contracts.interactions.InteractionKind;
import io.parley.ingest.intake.MalformedWebhookException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetaFeedParserTest {

    @Test
    void readsANewCommentInTheCurrentShape() throws Exception {
        MetaFeedParser.Parsed parsed = MetaFeedParser.parse(MetaSignatureTest.fixture("restfb-feed-comment-add-211.json"));
        assertEquals(List.of(), parsed.ignoredReasons());
        FeedComment c = parsed.comments().get(0);
        assertEquals("1234567890321", c.pageId());
        assertEquals("901097836652708_903438993085259", c.commentId());
        assertEquals("1234567890321_901097836652708", c.postId());
        assertEquals(InteractionKind.COMMENT, c.kind());
        assertEquals(c.commentId(), c.threadId());
        assertEquals("1234567890321", c.authorId());
        assertEquals("Tester", c.authorName());
        assertEquals("and the next one", c.message());
        assertEquals(Instant.ofEpochSecond(1449135003), c.createdTime());
    }

    @Test
    void readsTheOlderSenderShapeToo() throws Exception {
        FeedComment c = MetaFeedParser.parse(MetaSignatureTest.fixture("restfb-feed-comment-add-25.json"))
                .comments().get(0);
        assertTrue(c.authorId() != null && !c.authorId().isBlank(), "author id from sender_id");
        assertTrue(c.authorName() != null && !c.authorName().isBlank(), "author name from sender_name");
    }

    @ParameterizedTest(name = "{0} is ignored as {1}")
    @CsvSource({
            "restfb-feed-comment-edited-25.json, feed:comment:edited",
            "restfb-feed-comment-hide.json, feed:comment:hide",
            "restfb-feed-comment-unhide.json, feed:comment:unhide",
            "restfb-feed-comment-remove-25.json, feed:comment:remove",
            "restfb-feed-post-add-25.json, feed:post:add",
            "restfb-feed-status-add-25.json, feed:status:add",
            "restfb-feed-reaction-add-comment.json, feed:reaction:add",
            "restfb-mention-comment-add.json, field:mention",
            "restfb-mention-post-add-real.json, field:mention"})
    void otherChangesAreIgnoredWithAReason(String fixture, String reason) throws Exception {
        MetaFeedParser.Parsed parsed = MetaFeedParser.parse(MetaSignatureTest.fixture(fixture));
        assertEquals(List.of(), parsed.comments());
        assertTrue(parsed.ignoredReasons().contains(reason), parsed.ignoredReasons().toString());
    }

    @Test
    void aReplyJoinsItsParentCommentsThread() throws Exception {
        String body = """
                {"object":"page","entry":[{"id":"1","time":1,"changes":[{"field":"feed","value":{"item":"comment",
                "verb":"add","comment_id":"10_30","post_id":"1_10","parent_id":"10_20","from":{"id":"7","name":"A"},
                "created_time":1700000000,"message":"Ζήτω!"}}]}]}""";
        FeedComment c = MetaFeedParser.parse(body.getBytes(StandardCharsets.UTF_8)).comments().get(0);
        assertEquals(InteractionKind.REPLY, c.kind());
        assertEquals("10_20", c.threadId());
        assertEquals("Ζήτω!", c.message());
    }

    @Test
    void everyChangeOfEveryEntryIsAccountedFor() throws Exception {
        MetaFeedParser.Parsed parsed = MetaFeedParser.parse(MetaSignatureTest.fixture("restfb-feed-two-entries-25.json"));
        assertEquals(List.of(), parsed.comments());
        assertEquals(List.of("field:parking", "field:payment_options"), parsed.ignoredReasons());
    }

    @Test
    void aCommentWithAPhotoIsStillAComment() throws Exception {
        MetaFeedParser.Parsed parsed = MetaFeedParser.parse(MetaSignatureTest.fixture("restfb-feed-comment-add-with-photo.json"));
        assertEquals(List.of(), parsed.ignoredReasons());
        FeedComment c = parsed.comments().get(0);
        assertEquals(InteractionKind.COMMENT, c.kind());
        assertEquals("1234567890321", c.authorId()); // sender_id given as a number
        assertEquals("Tester", c.authorName());
        assertEquals("and the next one", c.message());
    }

    @Test
    void escapedTextArrivesDecodedAndUnchanged() throws Exception {
        // Meta escapes non-ASCII as backslash-u escapes (a heart is U+2764; emoji outside the BMP come as surrogate pairs).
        String body = """
                {"object":"page","entry":[{"id":"1","time":1,"changes":[{"field":"feed","value":{"item":"comment",
                "verb":"add","comment_id":"10_30","post_id":"1_10","parent_id":"1_10","from":{"id":"7","name":"A"},
                "created_time":1700000000,"message":"\\u2764 \\u039a\\u03b1\\u03bb\\u03ac Za\\u017c\\u00f3\\u0142\\u0107 \\u0413\\u0434\\u0435? \\ud83d\\ude00"}}]}]}""";
        FeedComment c = MetaFeedParser.parse(body.getBytes(StandardCharsets.US_ASCII)).comments().get(0);
        assertEquals("❤ Καλά Zażółć Где? 😀", c.message());
    }

    @Test
    void everyPublishedFeedFixtureIsEitherAnInteractionOrIgnoredWithAReason() throws Exception {
        java.util.Map<String, Integer> expectedComments = java.util.Map.ofEntries(
                java.util.Map.entry("restfb-feed-comment-add-211.json", 1),
                java.util.Map.entry("restfb-feed-comment-add-25.json", 1),
                java.util.Map.entry("restfb-feed-comment-add-with-photo.json", 1),
                java.util.Map.entry("restfb-feed-comment-edited-25.json", 0),
                java.util.Map.entry("restfb-feed-comment-hide.json", 0),
                java.util.Map.entry("restfb-feed-comment-remove-25.json", 0),
                java.util.Map.entry("restfb-feed-comment-unhide.json", 0),
                java.util.Map.entry("restfb-feed-post-add-25.json", 0),
                java.util.Map.entry("restfb-feed-reaction-add-comment.json", 0),
                java.util.Map.entry("restfb-feed-status-add-25.json", 0),
                java.util.Map.entry("restfb-feed-two-entries-25.json", 0),
                java.util.Map.entry("restfb-mention-comment-add.json", 0),
                java.util.Map.entry("restfb-mention-post-add-real.json", 0));
        for (var e : expectedComments.entrySet()) {
            MetaFeedParser.Parsed parsed = MetaFeedParser.parse(MetaSignatureTest.fixture(e.getKey()));
            assertEquals(e.getValue(), parsed.comments().size(), e.getKey());
            assertTrue(parsed.comments().size() + parsed.ignoredReasons().size() > 0, e.getKey() + " accounted for");
        }
    }

    @Test
    void whatIsNotAJsonObjectIsMalformed() {
        assertThrows(MalformedWebhookException.class,
                () -> MetaFeedParser.parse("{\"object\": ".getBytes(StandardCharsets.UTF_8)));
        assertThrows(MalformedWebhookException.class,
                () -> MetaFeedParser.parse("[1,2]".getBytes(StandardCharsets.UTF_8)));
    }
}
