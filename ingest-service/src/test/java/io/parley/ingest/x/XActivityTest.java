package io.parley.ingest.x;

import io.parley.contracts.Platform;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.Fixtures;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.ingest.intake.MalformedWebhookException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XActivityTest {

    /** The fixtures' brand account is X user 123 (anonymised by Zammad). */
    private final ChannelDirectory channels = new ChannelDirectory(null) {
        @Override
        public Optional<ChannelAccount> find(Platform platform, String accountId) {
            return "123".equals(accountId)
                    ? Optional.of(new ChannelAccount(Platform.X, "123", "acme", ChannelMode.sandbox))
                    : Optional.empty();
        }
    };

    @Test
    void aLongTweetMentioningTheBrandIsAMentionWithItsFullText() throws Exception {
        InteractionIntake.Delivery d = XActivity.read(Fixtures.bytes("x/zammad-webhook2_tweet.signed-body.json"),
                channels);
        assertEquals(List.of(), d.ignored());
        InteractionReceived i = d.heard().get(0).interaction();
        assertEquals(InteractionKind.MENTION, i.kind());
        assertEquals("1065035365336141825", i.platformObjectId());
        assertEquals(i.platformObjectId(), i.threadId());
        assertEquals("medenhofer", i.author().profileUrl().substring("https://x.com/".length()));
        assertTrue(i.text().length() > 140, "the extended tweet's full text: " + i.text());
        assertEquals(Instant.parse("2018-11-21T00:13:13Z"), i.platformTime());
    }

    @Test
    void theBrandsOwnTweetsAndMessagesAreLeftOut() throws Exception {
        assertEquals(List.of("tweet:own"), XActivity.read(Fixtures.bytes("x/zammad-webhook1_tweet.signed-body.json"),
                channels).ignored());
        InteractionIntake.Delivery dm = XActivity.read(
                Fixtures.bytes("x/zammad-webhook1_direct_message.signed-body.json"), channels);
        assertEquals(List.of(), dm.heard());
        assertEquals(List.of("direct_message:own"), dm.ignored());
    }

    @Test
    void aDirectMessageFromACustomerIsOneConversationPerSender() throws Exception {
        String body = """
                {"for_user_id":"123","direct_message_events":[{"type":"message_create","id":"9001",
                "created_timestamp":"1542039186292","message_create":{"target":{"recipient_id":"123"},
                "sender_id":"456","message_data":{"text":"Где мой заказ?"}}}],
                "users":{"456":{"id":"456","name":"Анна","screen_name":"anna"}}}""";
        InteractionReceived i = XActivity.read(body.getBytes(StandardCharsets.UTF_8), channels).heard().get(0)
                .interaction();
        assertEquals(InteractionKind.DIRECT_MESSAGE, i.kind());
        assertEquals("dm_456", i.threadId());
        assertEquals("Где мой заказ?", i.text());
        assertEquals("Анна", i.author().name());
        assertEquals(Instant.ofEpochMilli(1542039186292L), i.platformTime());
    }

    @Test
    void aDeletedTweetDeletesTheInteraction() throws Exception {
        String body = """
                {"for_user_id":"123","tweet_delete_events":[{"status":{"id":"1045405559317569537","user_id":"456"},
                "timestamp_ms":"1432228155593"}]}""";
        InteractionIntake.Delivery d = XActivity.read(body.getBytes(StandardCharsets.UTF_8), channels);
        assertEquals(1, d.changed().size());
        var c = d.changed().get(0).change();
        assertEquals(io.parley.contracts.interactions.InteractionChanged.Change.DELETED, c.change());
        assertEquals(io.parley.contracts.StableIds.of("x", "123", "1045405559317569537"), c.interactionId());
        assertEquals(Instant.ofEpochMilli(1432228155593L), c.platformTime());
    }

    @Test
    void otherEventsAndUnknownAccountsAreCountedNotDropped() throws Exception {
        // The docs' delete is for an account that is not the brand's: counted, not applied.
        assertEquals(List.of("unknown-account"), XActivity.read(Fixtures.bytes("x/x-docs-tweet_delete_events.json"),
                channels).ignored());
        assertTrue(XActivity.read(Fixtures.bytes("x/x-docs-direct_message_mark_read_events.json"), channels)
                .ignored().contains("direct_message_mark_read_events"));
        assertEquals(List.of("unknown-account"), XActivity.read(
                "{\"for_user_id\":\"999\",\"tweet_create_events\":[]}".getBytes(StandardCharsets.UTF_8), channels)
                .ignored());
        assertThrows(MalformedWebhookException.class,
                () -> XActivity.read("[]".getBytes(StandardCharsets.UTF_8), channels));
    }

    @Test
    void aQuotePostIsAMentionPointingAtTheQuotedPost() throws Exception {
        String body = """
                {"for_user_id":"123","tweet_create_events":[{"id_str":"1900000000000000002","created_at":
                "Mon Nov 23 08:00:00 +0000 2026","text":"Ten produkt to porażka 👎 https://t.co/q","is_quote_status":true,
                "quoted_status_id_str":"1900000000000000001","quoted_status":{"id_str":"1900000000000000001",
                "text":"Our new app is here!","user":{"id_str":"123","screen_name":"acme"}},
                "user":{"id_str":"77","name":"Ola","screen_name":"ola_pl"}}]}""";
        InteractionReceived i = XActivity.read(body.getBytes(StandardCharsets.UTF_8), channels).heard().get(0)
                .interaction();
        assertEquals(InteractionKind.MENTION, i.kind());
        assertEquals("1900000000000000001", i.parentId());
        assertEquals("1900000000000000001", i.postId());
        assertEquals("1900000000000000002", i.threadId());
        assertEquals("Ten produkt to porażka 👎 https://t.co/q", i.text());
    }
}
