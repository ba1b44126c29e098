package io.parley.ingest.telegram;

import io.parley.ingest.outbound.Answers;
import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.ingest.outbound.PlatformRequests;
import io.parley.ingest.outbound.PlatformResponse;
import io.parley.ingest.outbound.PostText;
import io.parley.ingest.outbound.PlatformApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.PlatformRequest.Credential;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import io.parley.contracts.outbound.OutboundMedia;

/**
 * Telegram Bot API ({@code POST /bot<token>/<method>}, JSON): replies are {@code sendMessage} with
 * {@code reply_parameters} in the message's chat, delete is {@code deleteMessage}, like is a 👍
 * reaction ({@code setMessageReaction}), publish is {@code sendMessage} to the channel named by the
 * target. Messages are {@code <chat id>_<message id>} in Parley (see the Telegram webhook). Telegram has
 * no hidden messages.
 */
public final class TelegramBotApi implements PlatformApi {

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public String apiRoot() {
        return "https://api.telegram.org";
    }

    @Override
    public PlatformRequests.Result request(OutboundActionRequested a) {
        ObjectNode body = Answers.object();
        switch (a.action()) {
            case HIDE, UNHIDE -> {
                return PlatformRequests.Result.refused("telegram has no hidden messages; delete the message instead");
            }
            case PUBLISH_POST -> {
                if (PlatformRequests.blank(a.targetObjectId())) {
                    return PlatformRequests.Result.refused("publishing on telegram needs the channel's chat id "
                            + "(targetObjectId, e.g. @brandchannel or -100…)");
                }
                chat(body, a.targetObjectId());
                String text = PostText.withLink(a.text(), a.link());
                List<OutboundMedia> media = a.media();
                if (media.isEmpty()) {
                    body.put("text", text);
                    return call("sendMessage", body, false);
                }
                if (media.size() == 1) {
                    body.put("photo", media.get(0).url());
                    if (!text.isBlank()) {
                        body.put("caption", text);
                    }
                    return call("sendPhoto", body, false);
                }
                var items = body.putArray("media");
                for (int i = 0; i < media.size(); i++) {
                    ObjectNode item = items.addObject().put("type", "photo").put("media", media.get(i).url());
                    if (i == 0 && !text.isBlank()) {
                        item.put("caption", text);
                    }
                }
                return call("sendMediaGroup", body, false);
            }
            default -> {
            }
        }
        int split = a.targetObjectId().lastIndexOf('_');
        String messageId = split > 0 ? a.targetObjectId().substring(split + 1) : "";
        if (!messageId.matches("\\d+") || !a.targetObjectId().substring(0, split).matches("-?\\d+")) {
            return PlatformRequests.Result.refused("'" + a.targetObjectId()
                    + "' is not a telegram message (<chat id>_<message id>)");
        }
        chat(body, a.targetObjectId().substring(0, split));
        return switch (a.action()) {
            case REPLY -> {
                body.put("text", a.text());
                body.putObject("reply_parameters").put("message_id", Long.parseLong(messageId));
                yield call("sendMessage", body, false);
            }
            case DELETE, DELETE_POST -> call("deleteMessage", body.put("message_id", Long.parseLong(messageId)), true);
            case EDIT_POST -> {
                body.put("message_id", Long.parseLong(messageId));
                String text = PostText.withLink(a.text(), a.link());
                if (a.media().isEmpty()) {
                    body.put("text", text);
                    yield call("editMessageText", body, true);
                }
                body.put("caption", text);
                yield call("editMessageCaption", body, true);
            }
            case LIKE -> {
                body.put("message_id", Long.parseLong(messageId));
                body.putArray("reaction").addObject().put("type", "emoji").put("emoji", "👍");
                yield call("setMessageReaction", body, true);
            }
            default -> throw new IllegalStateException("handled above: " + a.action());
        };
    }

    /** A channel post's public address: {@code t.me/<name>/<id>}, or {@code t.me/c/<id>/<id>} for a private one. */
    @Override
    public String permalink(OutboundActionRequested a, String objectId) {
        if (a.action() != io.parley.contracts.outbound.OutboundAction.PUBLISH_POST || objectId == null) {
            return null;
        }
        int split = objectId.lastIndexOf('_');
        String message = objectId.substring(split + 1);
        String target = a.targetObjectId();
        if (target != null && target.startsWith("@")) {
            return "https://t.me/" + target.substring(1) + "/" + message;
        }
        String chat = split > 0 ? objectId.substring(0, split) : "";
        return chat.startsWith("-100") ? "https://t.me/c/" + chat.substring(4) + "/" + message : null;
    }

    @Override
    public String sandboxAnswer(OutboundActionRequested a, PlatformRequest request, String sandboxId) {
        String number = sandboxId.replaceAll("\\D", "");
        String chat = a.targetObjectId() == null ? "0" : a.targetObjectId();
        int split = chat.lastIndexOf('_');
        if (a.action() != io.parley.contracts.outbound.OutboundAction.PUBLISH_POST && split > 0) {
            chat = chat.substring(0, split);
        }
        String chatJson = chat.matches("-?\\d+") ? chat : "\"" + chat + "\"";
        if (request.path().startsWith("/deleteMessage") || request.path().startsWith("/setMessageReaction")) {
            return "{\"ok\":true,\"result\":true}";
        }
        return "{\"ok\":true,\"result\":{\"message_id\":" + number + ",\"chat\":{\"id\":" + chatJson + "}}}";
    }

    private static void chat(ObjectNode body, String chat) {
        if (chat.matches("-?\\d+")) {
            body.put("chat_id", Long.parseLong(chat));
        } else {
            body.put("chat_id", chat);
        }
    }

    private static PlatformRequests.Result call(String method, ObjectNode body, boolean repeatable) {
        return PlatformRequests.Result.of(new PlatformRequest("POST", "/" + method, Map.of(), PlatformRequest.JSON,
                Answers.write(body), Credential.BOT_PATH, repeatable));
    }

    @Override
    public PlatformAnswer answer(OutboundActionRequested a, PlatformRequest request, PlatformResponse response,
            Instant now) {
        JsonNode body = Answers.read(response.body());
        if (body.path("ok").asBoolean(false)) {
            JsonNode result = body.path("result");
            if (result.isArray() && result.size() > 0) {
                result = result.path(0); // sendMediaGroup: the album's first message stands for the post
            }
            if (result.has("message_id")) {
                return new PlatformAnswer.Done(result.path("chat").path("id").asText() + "_"
                        + result.path("message_id").asText());
            }
            return new PlatformAnswer.Done(a.targetObjectId());
        }
        if (!body.has("ok")) {
            return Answers.byStatus("telegram", response, now);
        }
        int code = body.path("error_code").asInt(response.status());
        String reason = "telegram refused (" + code + "): " + body.path("description").asText("no description");
        if (a.action() == io.parley.contracts.outbound.OutboundAction.EDIT_POST && code == 400
                && body.path("description").asText("").contains("message is not modified")) {
            return new PlatformAnswer.Done(a.targetObjectId()); // the post already reads so
        }
        if (code == 401) {
            return new PlatformAnswer.Unauthorized(reason);
        }
        JsonNode retryAfter = body.path("parameters").path("retry_after");
        if (code == 429 || retryAfter.isNumber()) {
            return new PlatformAnswer.RateLimited(retryAfter.isNumber() ? Duration.ofSeconds(retryAfter.asLong())
                    : Answers.retryAfter(response, now).orElse(null), reason.replace(" refused ", " rate limited "),
                    false);
        }
        if (code >= 500) {
            return new PlatformAnswer.Retry(null, reason);
        }
        return new PlatformAnswer.Refused(reason);
    }
}
