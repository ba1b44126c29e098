package io.parley.ingest.telegram;

import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.Fixtures;
import io.parley.ingest.intake.InteractionIntake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static io.parley.ingest.Fixtures.ACME_TELEGRAM_BOT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TelegramUpdatesTest {

    @Test
    void aPrivateMessageIsADirectMessageInTheChatsConversation() throws Exception {
        InteractionReceived i = TelegramUpdates.read(Fixtures.bytes("telegram/tg-docs-message-text.json"),
                ACME_TELEGRAM_BOT).heard().get(0).interaction();
        assertEquals(InteractionKind.DIRECT_MESSAGE, i.kind());
        assertEquals("chat_1111111", i.threadId());
        assertEquals("1111111_1365", i.platformObjectId());
        assertEquals("/start", i.text());
        assertEquals("Test Firstname Test Lastname", i.author().name());
        assertEquals("https://t.me/Testusername", i.author().profileUrl());
        assertEquals(Instant.ofEpochSecond(1441645532), i.platformTime());
    }

    @ParameterizedTest
    @ValueSource(strings = {"courier-helloMsg.json", "courier-photoMsg.json", "courier-stickerMsg.json",
            "courier-contactMsg.json", "courier-locationMsg.json", "tg-docs-message-document.json",
            "tg-docs-message-entities.json", "tg-docs-message-reply.json", "tg-docs-forwarded-channel-message.json"})
    void everyKindOfMessageBecomesAnInteraction(String fixture) throws Exception {
        InteractionIntake.Delivery d = TelegramUpdates.read(Fixtures.bytes("telegram/" + fixture), ACME_TELEGRAM_BOT);
        assertEquals(1, d.heard().size());
        assertEquals(List.of(), d.ignored());
    }

    @Test
    void aPhotosCaptionIsItsText() throws Exception {
        assertEquals("Photo Caption", TelegramUpdates.read(Fixtures.bytes("telegram/courier-photoMsg.json"),
                ACME_TELEGRAM_BOT).heard().get(0).interaction().text());
    }

    @Test
    void aReplyInAGroupJoinsTheThreadOfTheMessageItAnswers() throws Exception {
        String update = """
                {"update_id":5,"message":{"message_id":20,"date":1700000000,"text":"Zgadzam się 👍",
                "chat":{"id":-100200,"type":"supergroup","username":"acme_talk"},
                "from":{"id":77,"is_bot":false,"first_name":"Ola","username":"ola"},
                "reply_to_message":{"message_id":10,"date":1699999000,"chat":{"id":-100200,"type":"supergroup"},
                "text":"New collection is out"}}}""";
        InteractionReceived i = TelegramUpdates.read(update.getBytes(StandardCharsets.UTF_8), ACME_TELEGRAM_BOT)
                .heard().get(0).interaction();
        assertEquals(InteractionKind.REPLY, i.kind());
        assertEquals("-100200_10", i.threadId());
        assertEquals("Zgadzam się 👍", i.text());
        assertEquals("https://t.me/acme_talk/20", i.permalink());
    }

    @Test
    void anEditedMessageEditsTheInteraction() throws Exception {
        InteractionIntake.Delivery d = TelegramUpdates.read(Fixtures.bytes("telegram/tg-docs-edited_message.json"),
                ACME_TELEGRAM_BOT);
        assertEquals(List.of(), d.heard());
        var c = d.changed().get(0).change();
        assertEquals(io.parley.contracts.interactions.InteractionChanged.Change.EDITED, c.change());
        assertEquals("Edited text", c.text());
        assertEquals("1111111_1365", c.platformObjectId());
        assertEquals("chat_1111111", c.threadId());
        assertEquals(java.time.Instant.ofEpochSecond(1441646600), c.platformTime());
    }

    @ParameterizedTest
    @CsvSource({"tg-docs-callback_query.json, callback_query",
            "zammad-channel-text.json, channel_post", "zammad-private-my_chat_member.json, my_chat_member"})
    void otherUpdatesAreLeftOutWithAReason(String fixture, String reason) throws Exception {
        InteractionIntake.Delivery d = TelegramUpdates.read(Fixtures.bytes("telegram/" + fixture), ACME_TELEGRAM_BOT);
        assertEquals(List.of(), d.heard());
        assertEquals(List.of(reason), d.ignored());
    }
}
