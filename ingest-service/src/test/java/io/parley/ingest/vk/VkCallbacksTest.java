package io.parley.ingest.vk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.contracts.Platform;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.Fixtures;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.intake.InteractionIntake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VkCallbacksTest {

    private static JsonNode fixture(String name) throws Exception {
        return new ObjectMapper().readTree(Fixtures.bytes("vk/" + name));
    }

    private static ChannelAccount community(String groupId) {
        return new ChannelAccount(Platform.VK, groupId, "acme", ChannelMode.sandbox);
    }

    @Test
    void aWallCommentIsACommentUnderItsPost() throws Exception {
        InteractionReceived i = VkCallbacks.read(fixture("andrey7287-wall_reply_new-captured-2018.json"),
                community("167677639")).heard().get(0).interaction();
        assertEquals(InteractionKind.COMMENT, i.kind());
        assertEquals("wall-167677639_1", i.postId());
        assertEquals(i.platformObjectId(), i.threadId());
        assertEquals("khjkhjkhj", i.text());
        assertEquals("https://vk.com/id457838735", i.author().profileUrl());
        assertEquals("https://vk.com/wall-167677639_1?reply=2", i.permalink());
        assertEquals(Instant.ofEpochSecond(1528898753), i.platformTime());
    }

    @Test
    void aPhotoCommentAndAPrivateMessageAreInteractionsToo() throws Exception {
        InteractionReceived photo = VkCallbacks.read(fixture("vkwave-photo_comment_new.json"), community("191949777"))
                .heard().get(0).interaction();
        assertEquals(InteractionKind.COMMENT, photo.kind());
        assertEquals("а", photo.text());
        InteractionReceived message = VkCallbacks.read(fixture("vkwave-message_new.json"), community("191949777"))
                .heard().get(0).interaction();
        assertEquals(InteractionKind.DIRECT_MESSAGE, message.kind());
        assertEquals("dialog_578716413", message.threadId());
        assertEquals("bruh", message.text());
        assertNull(message.permalink());
    }

    @Test
    void aReplyToACommentJoinsThatCommentsThread() throws Exception {
        JsonNode reply = new ObjectMapper().readTree("""
                {"type":"wall_reply_new","group_id":200000001,"object":{"id":9,"from_id":5,"date":1700000000,
                "text":"Согласен!","post_owner_id":-200000001,"post_id":3,"reply_to_comment":7,"parents_stack":[7]}}""");
        InteractionReceived i = VkCallbacks.read(reply, community("200000001")).heard().get(0).interaction();
        assertEquals(InteractionKind.REPLY, i.kind());
        assertEquals("wall-200000001_3_c7", i.threadId());
        assertEquals("wall-200000001_3_c7", i.parentId());
    }

    @Test
    void anEditAndADeleteChangeTheCommentHeardBefore() throws Exception {
        JsonNode added = new ObjectMapper().readTree("""
                {"type":"wall_reply_new","group_id":200000001,"object":{"id":11,"from_id":5,"date":1700000000,
                "text":"Ужасно","post_owner_id":-200000001,"post_id":3}}""");
        JsonNode edit = new ObjectMapper().readTree("""
                {"type":"wall_reply_edit","group_id":200000001,"object":{"id":11,"from_id":5,"date":1700000000,
                "text":"Уже всё хорошо, спасибо","post_owner_id":-200000001,"post_id":3}}""");
        JsonNode delete = new ObjectMapper().readTree("""
                {"type":"wall_reply_delete","group_id":200000001,"object":{"owner_id":-200000001,"id":11,
                "deleter_id":5,"post_id":3}}""");
        InteractionReceived i = VkCallbacks.read(added, community("200000001")).heard().get(0).interaction();
        var edited = VkCallbacks.read(edit, community("200000001")).changed().get(0).change();
        var deleted = VkCallbacks.read(delete, community("200000001")).changed().get(0).change();
        assertEquals(i.interactionId(), edited.interactionId());
        assertEquals(i.interactionId(), deleted.interactionId());
        assertEquals("Уже всё хорошо, спасибо", edited.text());
        assertEquals(io.parley.contracts.interactions.InteractionChanged.Change.DELETED, deleted.change());
    }

    @Test
    void theCommunitysOwnCommentsAreLeftOut() throws Exception {
        JsonNode own = new ObjectMapper().readTree("""
                {"type":"wall_reply_new","group_id":200000001,"object":{"id":10,"from_id":-200000001,"date":1,
                "text":"Thank you!","post_owner_id":-200000001,"post_id":3}}""");
        InteractionIntake.Delivery d = VkCallbacks.read(own, community("200000001"));
        assertEquals(List.of(), d.heard());
        assertEquals(List.of("wall_reply_new:own"), d.ignored());
    }

    @ParameterizedTest
    @CsvSource({"vk-docs-group_join-example.json, group_join", "vkwave-group_join.json, group_join",
            "vkwave-message_typing_state.json, message_typing_state", "vkwave-wall_post_new.json, wall_post_new"})
    void otherEventsAreLeftOutWithAReason(String fixture, String reason) throws Exception {
        InteractionIntake.Delivery d = VkCallbacks.read(fixture(fixture), community("191949777"));
        assertEquals(List.of(), d.heard());
        assertEquals(List.of(reason), d.ignored());
    }
}
