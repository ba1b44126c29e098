package io.parley.ingest.telegram;

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
import static io.parley.ingest.outbound.Actions.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Telegram Bot API requests (messages as {@code <chat>_<message>}) and how its answers are read. */
class TelegramBotApiTest {

    private static final String BOT = "7000000001";

    @Test
    void aReplyIsSendMessageQuotingTheMessageAndTheTokenIsInThePath() {
        PlatformRequest.Call r = call(action(OutboundAction.REPLY, Platform.TELEGRAM, BOT, "-1001234567890_42",
                "Спасибо! ❤"), "7000000001:AAH-secret");
        assertEquals("POST https://api.telegram.org/bot7000000001:AAH-secret/sendMessage", r.method() + " " + r.url());
        assertEquals("{\"chat_id\":-1001234567890,\"text\":\"Спасибо! ❤\",\"reply_parameters\":{\"message_id\":42}}",
                r.body());
        assertEquals(null, r.headers().get("Authorization"));
        assertEquals("https://api.telegram.org/botREDACTED/sendMessage", Actions.request(action(OutboundAction.REPLY,
                Platform.TELEGRAM, BOT, "5_1", "hi")).redacted("https://api.telegram.org").url());
    }

    @Test
    void deleteLikeAndPublish() {
        PlatformRequest.Call delete = call(action(OutboundAction.DELETE, Platform.TELEGRAM, BOT, "1111111_20", null), "T");
        assertEquals("https://api.telegram.org/botT/deleteMessage {\"chat_id\":1111111,\"message_id\":20}",
                delete.url() + " " + delete.body());
        PlatformRequest.Call like = call(action(OutboundAction.LIKE, Platform.TELEGRAM, BOT, "1111111_20", null), "T");
        assertEquals("https://api.telegram.org/botT/setMessageReaction {\"chat_id\":1111111,\"message_id\":20,"
                + "\"reaction\":[{\"type\":\"emoji\",\"emoji\":\"👍\"}]}", like.url() + " " + like.body());
        PlatformRequest.Call post = call(action(OutboundAction.PUBLISH_POST, Platform.TELEGRAM, BOT, "@acme_news",
                "Nowość"), "T");
        assertEquals("{\"chat_id\":\"@acme_news\",\"text\":\"Nowość\"}", post.body());
    }

    @Test
    void whatTelegramCannotDoIsRefused() {
        assertEquals("telegram has no hidden messages; delete the message instead",
                refusal(action(OutboundAction.HIDE, Platform.TELEGRAM, BOT, "1_2", null)));
        assertEquals("publishing on telegram needs the channel's chat id (targetObjectId, e.g. @brandchannel or -100…)",
                refusal(action(OutboundAction.PUBLISH_POST, Platform.TELEGRAM, BOT, null, "hi")));
        assertEquals("'chat_5' is not a telegram message (<chat id>_<message id>)",
                refusal(action(OutboundAction.REPLY, Platform.TELEGRAM, BOT, "chat_5", "hi")));
    }

    @Test
    void answers() {
        var reply = action(OutboundAction.REPLY, Platform.TELEGRAM, BOT, "-100123_42", "hi");
        assertEquals(new PlatformAnswer.Done("-100123_43"), answer(reply, 200, Map.of(),
                "{\"ok\":true,\"result\":{\"message_id\":43,\"chat\":{\"id\":-100123,\"type\":\"supergroup\"},"
                        + "\"date\":1763900000,\"text\":\"hi\"}}"));
        assertEquals(new PlatformAnswer.RateLimited(Duration.ofSeconds(5), "telegram rate limited (429): Too Many "
                + "Requests: retry after 5", false), answer(reply, 429, Map.of(), "{\"ok\":false,\"error_code\":429,"
                + "\"description\":\"Too Many Requests: retry after 5\",\"parameters\":{\"retry_after\":5}}"));
        assertEquals(new PlatformAnswer.Refused("telegram refused (400): Bad Request: message to be replied not found"),
                answer(reply, 400, Map.of(), "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: "
                        + "message to be replied not found\"}"));
        var delete = action(OutboundAction.DELETE, Platform.TELEGRAM, BOT, "-100123_42", null);
        assertEquals(new PlatformAnswer.Done("-100123_42"), answer(delete, 200, Map.of(), "{\"ok\":true,\"result\":true}"));
    }
}
