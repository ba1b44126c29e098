package io.parley.ingest.tiktok;

import io.parley.ingest.pull.SandboxComments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.Fixtures;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelIds;
import io.parley.ingest.channels.ChannelMode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TikTok Business API comment pages (the pytiktok fixtures) read into interactions, and the sandbox's comments. */
class TikTokCommentsTest {

    private static final ChannelAccount ACCOUNT = new ChannelAccount(ChannelIds.of(Platform.TIKTOK, "7100000000000000001"),
            Platform.TIKTOK, "7100000000000000001", "acme", "TikTok", ChannelMode.live, Map.of("username", "acme"),
            Map.of());

    private static JsonNode fixture(String name) throws IOException {
        return new ObjectMapper().readTree(Fixtures.bytes("platforms-out/tiktok/" + name));
    }

    @Test
    void commentsOfTheListBecomeInteractionsNamingTheirVideo() throws IOException {
        TikTokComments.Page page = TikTokComments.read(fixture("pytiktok-business-comment-list.json"), ACCOUNT,
                "7109065174526479622", null);
        assertEquals(2, page.heard().size());
        InteractionReceived first = page.heard().get(0).interaction();
        assertEquals(StableIds.of("tiktok", "7100000000000000001", "7110150495453840130"), first.interactionId());
        assertEquals(InteractionKind.COMMENT, first.kind());
        assertEquals("7109065174526479622_7110150495453840130", first.platformObjectId());
        assertEquals("7109065174526479622", first.postId());
        assertEquals("nice", first.text());
        assertEquals("phoenix202312121", first.author().name());
        assertEquals("https://www.tiktok.com/@phoenix202312121", first.author().profileUrl());
        assertEquals(Instant.ofEpochSecond(1655461098), first.platformTime());
        assertEquals("https://www.tiktok.com/@acme/video/7109065174526479622", first.permalink());
        assertEquals(Instant.ofEpochSecond(1655870005), page.newest());
        assertEquals(Instant.ofEpochSecond(1655461098), page.oldest());
        assertFalse(page.hasMore());
        assertEquals(2, page.cursor());
    }

    @Test
    void aReplyIsInItsParentsThread() throws IOException {
        TikTokComments.Page page = TikTokComments.read(fixture("pytiktok-business-comment-reply-list.json"), ACCOUNT,
                "7109065174526479622", null);
        InteractionReceived reply = page.heard().get(0).interaction();
        assertEquals(InteractionKind.REPLY, reply.kind());
        assertEquals("7109065174526479622_7111907185164763905_7115302925501563650", reply.platformObjectId());
        assertEquals("7109065174526479622_7111907185164763905", reply.parentId());
        assertEquals("7109065174526479622_7111907185164763905", reply.threadId());
    }

    @Test
    void onlyCommentsNewerThanTheHighWaterAreTakenAndTheBrandsOwnAreLeftOut() throws IOException {
        JsonNode list = fixture("pytiktok-business-comment-list.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) list.path("data").path("comments").get(1)).put("owner", true);
        TikTokComments.Page page = TikTokComments.read(list, ACCOUNT, "7109065174526479622",
                Instant.ofEpochSecond(1655461098));
        assertTrue(page.heard().isEmpty());
        assertEquals(List.of("own-comment"), page.ignored());
    }

    @Test
    void theVideoListGivesItsIds() throws IOException {
        assertEquals(List.of("7109065174526479622", "7109064881462152453", "7108684822863760646",
                "7108678102229781766"), TikTokComments.videos(fixture("pytiktok-business-video-list.json")));
    }

    @Test
    void sandboxCommentsAreTheSameForTheSameWindowAndComeAboutOneAnHour() {
        Instant until = Instant.parse("2026-12-06T12:00:00Z");
        Instant after = until.minusSeconds(24 * 3600);
        TikTokComments.Page once = TikTokComments.read(SandboxComments.page("acme-tiktok", after, until), ACCOUNT,
                null, after);
        TikTokComments.Page again = TikTokComments.read(SandboxComments.page("acme-tiktok", after, until), ACCOUNT,
                null, after);
        assertEquals(once.heard(), again.heard());
        assertTrue(once.heard().size() >= 12 && once.heard().size() <= 40, "about one an hour: " + once.heard().size());
        List<String> videos = SandboxComments.videos("acme-tiktok");
        for (var h : once.heard()) {
            InteractionReceived i = h.interaction();
            assertTrue(videos.contains(i.postId()), i.postId());
            assertTrue(i.platformTime().isAfter(after) && !i.platformTime().isAfter(until));
            assertFalse(i.text().isBlank());
        }
        // A later window holds none of the earlier one's comments.
        TikTokComments.Page later = TikTokComments.read(SandboxComments.page("acme-tiktok", until,
                until.plusSeconds(6 * 3600)), ACCOUNT, null, until);
        assertTrue(later.heard().stream().noneMatch(l -> once.heard().stream()
                .anyMatch(o -> o.interaction().interactionId().equals(l.interaction().interactionId()))));
    }
}
