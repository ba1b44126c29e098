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

    @ParameterizedTest(name = "{0} is a change: {1}")
    @CsvSource({
            "restfb-feed-comment-edited-25.json, EDITED",
            "restfb-feed-comment-hide.json, HIDDEN",
            "restfb-feed-comment-unhide.json, UNHIDDEN",
            "restfb-feed-comment-remove-25.json, DELETED"})
    void editsHidesAndRemovalsChangeTheCommentHeardBefore(String fixture, String change) throws Exception {
        MetaFeedParser.Parsed parsed = MetaFeedParser.parse(MetaSignatureTest.fixture(fixture));
        assertEquals(List.of(), parsed.comments());
        assertEquals(1, parsed.changes().size(), parsed.toString());
        MetaFeedParser.FeedChange c = parsed.changes().get(0);
        assertEquals(change, c.change().name());
        assertEquals(fixture.contains("remove") ? "905578656204626_905579239537901" : "900728623356296_900744590021366",
                c.objectId());
        if (change.equals("EDITED")) {
            assertEquals("Let's see the Webhooks in action :D", c.message());
        }
    }

    @Test
    void aMentionOfThePageIsAMention() throws Exception {
        MetaFeedParser.Parsed parsed = MetaFeedParser.parse(MetaSignatureTest.fixture("restfb-mention-comment-add.json"));
        FeedComment c = parsed.comments().get(0);
        assertEquals(io.parley.contracts.interactions.InteractionKind.MENTION, c.kind());
        assertEquals("7363534231324_3754798971271444", c.commentId());
        assertEquals("Just a test message", c.message());
    }

    @Test
    void aCustomersReactionIsAReactionAndThePagesOwnIsLeftOut() throws Exception {
        String reaction = """
                {"object":"page","entry":[{"id":"1234567890","time":1,"changes":[{"field":"feed","value":{
                "created_time":1475578854,"item":"reaction","post_id":"1234567890_987","parent_id":"1234567890_987",
                "comment_id":"987_111","verb":"%s","from":{"name":"Ola","id":"555"},"reaction_type":"angry"}}]}]}""";
        MetaFeedParser.Parsed added = MetaFeedParser.parse(reaction.formatted("add").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("😡", added.comments().get(0).message());
        assertEquals(io.parley.contracts.interactions.InteractionKind.REACTION, added.comments().get(0).kind());
        assertEquals("987_111", added.comments().get(0).threadId());
        MetaFeedParser.Parsed removed = MetaFeedParser.parse(reaction.formatted("remove").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(added.comments().get(0).commentId(), removed.changes().get(0).objectId());
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
            "restfb-feed-post-add-25.json, feed:post:add",
            "restfb-feed-status-add-25.json, feed:status:add",
            "restfb-feed-reaction-add-comment.json, feed:reaction:own"})
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
                java.util.Map.entry("restfb-mention-comment-add.json", 1),
                java.util.Map.entry("restfb-mention-post-add-real.json", 1));
        for (var e : expectedComments.entrySet()) {
            MetaFeedParser.Parsed parsed = MetaFeedParser.parse(MetaSignatureTest.fixture(e.getKey()));
            assertEquals(e.getValue(), parsed.comments().size(), e.getKey());
            assertTrue(parsed.comments().size() + parsed.changes().size() + parsed.ignoredReasons().size() > 0,
                    e.getKey() + " accounted for");
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
