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

import static io.parley.ingest.intake.WebhookFields.array;
import static io.parley.ingest.intake.WebhookFields.bool;
import static io.parley.ingest.intake.WebhookFields.id;
import static io.parley.ingest.intake.WebhookFields.number;
import static io.parley.ingest.intake.WebhookFields.object;
import static io.parley.ingest.intake.WebhookFields.path;
import static io.parley.ingest.intake.WebhookFields.requiredId;
import static io.parley.ingest.intake.WebhookFields.requiredText;
import static io.parley.ingest.intake.WebhookFields.text;

/**
 * Reads a Telegram Bot API {@code Update}. A message to the bot in a private chat is a direct
 * message (one conversation per chat); a message in a group or in a channel's discussion group is
 * a comment, or a reply joining the thread of the message it answers. Everything else (edits,
 * the brand's own channel posts, button presses, membership changes) is left out with a reason.
 * Telegram sends one update per request, so an update with a field of the wrong type is refused (400
 * naming the field) rather than acknowledged.
 */
public final class TelegramUpdates {

    private TelegramUpdates() {
    }

    public static InteractionIntake.Delivery read(byte[] body, ChannelAccount bot) throws MalformedWebhookException {
        JsonNode update = MalformedWebhookException.readObject(body);
        List<InteractionIntake.Heard> heard = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        number(update, "update_id", "");
        JsonNode message = object(update, "message", "");
        JsonNode edited = object(update, "edited_message", "");
        if (edited.isObject() && !bool(object(edited, "from", "edited_message"), "is_bot", "edited_message.from")) {
            InteractionReceived was = interaction(bot, edited, "edited_message");
            if (was == null) {
                ignored.add("edited_message:no-content");
                return new InteractionIntake.Delivery(Platform.TELEGRAM, heard, ignored);
            }
            long editDate = number(edited, "edit_date", "edited_message");
            return new InteractionIntake.Delivery(Platform.TELEGRAM, heard, List.of(new InteractionIntake.Changed(bot,
                    new io.parley.contracts.interactions.InteractionChanged(was.interactionId(), Platform.TELEGRAM,
                            bot.accountId(), was.platformObjectId(), was.threadId(),
                            io.parley.contracts.interactions.InteractionChanged.Change.EDITED, was.text(),
                            was.author().platformId(), editDate > 0 ? Instant.ofEpochSecond(editDate) : null))),
                    ignored);
        }
        if (message.isObject()) {
            if (bool(object(message, "from", "message"), "is_bot", "message.from")) {
                ignored.add("message:from-bot");
            } else {
                InteractionReceived heardNow = interaction(bot, message, "message");
                if (heardNow == null) {
                    ignored.add("message:no-content");
                } else {
                    heard.add(new InteractionIntake.Heard(bot, heardNow));
                }
            }
        } else {
            ignored.add(update.properties().stream().map(e -> e.getKey()).filter(k -> !k.equals("update_id"))
                    .findFirst().orElse("empty"));
        }
        return new InteractionIntake.Delivery(Platform.TELEGRAM, heard, ignored);
    }

    /**
     * A Message: {@code chat.id} and {@code message_id} are required (they name it), and every field read has
     * the Bot API's type. Null for a message with neither text, caption nor anything attached.
     */
    private static InteractionReceived interaction(ChannelAccount bot, JsonNode message, String at)
            throws MalformedWebhookException {
        JsonNode chat = object(message, "chat", at);
        String chatAt = path(at, "chat");
        String chatId = requiredId(chat, "id", chatAt);
        String messageId = requiredId(message, "message_id", at);
        boolean privateChat = "private".equals(text(chat, "type", chatAt));
        JsonNode repliedTo = object(message, "reply_to_message", at);
        String parent = repliedTo.isObject()
                ? chatId + "_" + requiredId(repliedTo, "message_id", path(at, "reply_to_message")) : null;
        InteractionKind kind = privateChat ? InteractionKind.DIRECT_MESSAGE
                : parent != null ? InteractionKind.REPLY : InteractionKind.COMMENT;
        String objectId = chatId + "_" + messageId;
        String thread = privateChat ? "chat_" + chatId : parent != null ? parent : objectId;
        JsonNode from = object(message, "from", at);
        String fromAt = path(at, "from");
        String first = text(from, "first_name", fromAt);
        String last = text(from, "last_name", fromAt);
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        String username = text(from, "username", fromAt);
        String text = text(message, "text", at);
        if (text == null) {
            text = text(message, "caption", at);
        }
        List<io.parley.contracts.interactions.Attachment> attachments = attachments(message, at);
        if (text == null && attachments.isEmpty() && !message.has("contact") && !message.has("location")) {
            return null; // a service message (members joined, a pin, a poll): nothing for the inbox
        }
        long date = number(message, "date", at);
        String chatUsername = text(chat, "username", chatAt);
        return new InteractionReceived(StableIds.of(Platform.TELEGRAM.id(), bot.accountId(), objectId),
                Platform.TELEGRAM, bot.accountId(), kind, objectId, null, parent, thread,
                new Author(id(from, "id", fromAt), name.isEmpty() ? username : name,
                        username == null ? null : "https://t.me/" + username),
                text == null ? "" : text, username != null && !privateChat && chatUsername != null
                        ? "https://t.me/" + chatUsername + "/" + messageId : null,
                date > 0 ? Instant.ofEpochSecond(Math.min(date, 253_402_300_799L)) : null).withAttachments(attachments);
    }

    /** What is attached, with each file's id a string and the photo sizes an array of objects. */
    private static List<io.parley.contracts.interactions.Attachment> attachments(JsonNode message, String at)
            throws MalformedWebhookException {
        JsonNode photo = array(message, "photo", at);
        for (int i = 0; i < photo.size(); i++) {
            if (!photo.get(i).isObject()) {
                throw new MalformedWebhookException(path(at, "photo", i), "must be an object");
            }
            requiredText(photo.get(i), "file_id", path(at, "photo", i));
        }
        for (String field : new String[] {"video", "animation", "video_note", "document", "audio", "voice", "sticker"}) {
            JsonNode file = object(message, field, at);
            if (file.isObject()) {
                requiredText(file, "file_id", path(at, field));
            }
        }
        return io.parley.ingest.intake.Attachments.telegram(message);
    }
}
