package io.parley.ingest.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.ingest.intake.MalformedWebhookException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Telegram Bot API {@code Update}. A message to the bot in a private chat is a direct
 * message (one conversation per chat); a message in a group or in a channel's discussion group is
 * a comment, or a reply joining the thread of the message it answers. Everything else (edits,
 * the brand's own channel posts, button presses, membership changes) is left out with a reason.
 */
public final class TelegramUpdates {

    private TelegramUpdates() {
    }

    public static InteractionIntake.Delivery read(byte[] body, ChannelAccount bot) throws MalformedWebhookException {
        JsonNode update = MalformedWebhookException.readObject(body);
        List<InteractionIntake.Heard> heard = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        JsonNode message = update.path("message");
        JsonNode edited = update.path("edited_message");
        if (edited.isObject() && !edited.path("from").path("is_bot").asBoolean(false)) {
            InteractionReceived was = interaction(bot, edited);
            long editDate = edited.path("edit_date").asLong(0);
            return new InteractionIntake.Delivery(Platform.TELEGRAM, heard, List.of(new InteractionIntake.Changed(bot,
                    new io.parley.contracts.interactions.InteractionChanged(was.interactionId(), Platform.TELEGRAM,
                            bot.accountId(), was.platformObjectId(), was.threadId(),
                            io.parley.contracts.interactions.InteractionChanged.Change.EDITED, was.text(),
                            was.author().platformId(), editDate > 0 ? Instant.ofEpochSecond(editDate) : null))),
                    ignored);
        }
        if (message.isObject()) {
            if (message.path("from").path("is_bot").asBoolean(false)) {
                ignored.add("message:from-bot");
            } else {
                heard.add(new InteractionIntake.Heard(bot, interaction(bot, message)));
            }
        } else {
            ignored.add(update.properties().stream().map(e -> e.getKey()).filter(k -> !k.equals("update_id"))
                    .findFirst().orElse("empty"));
        }
        return new InteractionIntake.Delivery(Platform.TELEGRAM, heard, ignored);
    }

    private static InteractionReceived interaction(ChannelAccount bot, JsonNode message) {
        JsonNode chat = message.path("chat");
        String chatId = chat.path("id").asText();
        String messageId = message.path("message_id").asText();
        boolean privateChat = "private".equals(chat.path("type").asText());
        JsonNode repliedTo = message.path("reply_to_message");
        String parent = repliedTo.isObject() ? chatId + "_" + repliedTo.path("message_id").asText() : null;
        InteractionKind kind = privateChat ? InteractionKind.DIRECT_MESSAGE
                : parent != null ? InteractionKind.REPLY : InteractionKind.COMMENT;
        String objectId = chatId + "_" + messageId;
        String thread = privateChat ? "chat_" + chatId : parent != null ? parent : objectId;
        JsonNode from = message.path("from");
        String name = (from.path("first_name").asText("") + " " + from.path("last_name").asText("")).trim();
        String username = from.path("username").asText(null);
        String text = message.hasNonNull("text") ? message.get("text").asText()
                : message.path("caption").asText("");
        long date = message.path("date").asLong(0);
        return new InteractionReceived(StableIds.of(Platform.TELEGRAM.id(), bot.accountId(), objectId),
                Platform.TELEGRAM, bot.accountId(), kind, objectId, null, parent, thread,
                new Author(from.path("id").asText(null), name.isEmpty() ? username : name,
                        username == null ? null : "https://t.me/" + username),
                text, username != null && !privateChat && chat.hasNonNull("username")
                        ? "https://t.me/" + chat.get("username").asText() + "/" + messageId : null,
                date > 0 ? Instant.ofEpochSecond(date) : null).withAttachments(
                io.parley.ingest.intake.Attachments.telegram(message));
    }
}
