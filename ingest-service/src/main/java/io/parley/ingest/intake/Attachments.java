package io.parley.ingest.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.interactions.Attachment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads what people attached to a comment or message, in each platform's own shape, into {@link Attachment}s. */
public final class Attachments {

    private static final Map<String, String> META_TYPES = Map.of("image", "image", "video", "video", "audio", "audio",
            "file", "file", "fallback", "link", "share", "link", "sticker", "sticker", "ig_reel", "video", "reel", "video");

    private Attachments() {
    }

    /** Facebook feed comment: {@code photo} and {@code video} are addresses on the value itself. */
    public static List<Attachment> metaFeed(JsonNode value) {
        List<Attachment> found = new ArrayList<>();
        if (value.hasNonNull("photo")) {
            found.add(Attachment.of("image", value.get("photo").asText()));
        }
        if (value.hasNonNull("video")) {
            found.add(Attachment.of("video", value.get("video").asText()));
        }
        return found;
    }

    /** Messenger and Instagram messaging: {@code message.attachments[]} of {type, payload.url}. */
    public static List<Attachment> metaMessage(JsonNode message) {
        List<Attachment> found = new ArrayList<>();
        for (JsonNode a : message.path("attachments")) {
            String type = META_TYPES.getOrDefault(a.path("type").asText(), "other");
            JsonNode payload = a.path("payload");
            String url = payload.hasNonNull("url") ? payload.get("url").asText() : a.path("url").asText(null);
            found.add(new Attachment(type, url, payload.path("sticker_id").asText(null), null, null));
        }
        return found;
    }

    /** X: photos, videos and GIFs in {@code extended_entities.media[]} (of the extended tweet when there is one). */
    public static List<Attachment> xTweet(JsonNode tweet) {
        JsonNode media = tweet.path("extended_tweet").path("extended_entities").path("media");
        if (!media.isArray()) {
            media = tweet.path("extended_entities").path("media");
        }
        if (!media.isArray()) {
            media = tweet.path("entities").path("media");
        }
        List<Attachment> found = new ArrayList<>();
        for (JsonNode m : media) {
            String type = switch (m.path("type").asText()) {
                case "photo" -> "image";
                case "video", "animated_gif" -> "video";
                default -> "other";
            };
            JsonNode large = m.path("sizes").path("large");
            found.add(new Attachment(type, m.path("media_url_https").asText(m.path("media_url").asText(null)),
                    m.path("id_str").asText(null), large.hasNonNull("w") ? large.get("w").asInt() : null,
                    large.hasNonNull("h") ? large.get("h").asInt() : null));
        }
        return found;
    }

    /**
     * Telegram: the largest of a {@code photo}'s sizes, {@code video}, {@code animation}, {@code document},
     * {@code audio}, {@code voice}, {@code sticker}. Telegram gives file ids, not addresses (the Bot API's
     * {@code getFile} turns one into a download link).
     */
    public static List<Attachment> telegram(JsonNode message) {
        List<Attachment> found = new ArrayList<>();
        JsonNode largest = null;
        for (JsonNode size : message.path("photo")) {
            if (largest == null || size.path("width").asInt() * size.path("height").asInt()
                    > largest.path("width").asInt() * largest.path("height").asInt()) {
                largest = size;
            }
        }
        if (largest != null) {
            found.add(telegramFile("image", largest));
        }
        for (String[] field : new String[][] {{"video", "video"}, {"animation", "video"}, {"video_note", "video"},
                {"document", "file"}, {"audio", "audio"}, {"voice", "audio"}, {"sticker", "sticker"}}) {
            JsonNode file = message.path(field[0]);
            if (file.isObject() && !(field[0].equals("document") && message.path("animation").isObject())) {
                found.add(telegramFile(field[1], file));
            }
        }
        return found;
    }

    private static Attachment telegramFile(String type, JsonNode file) {
        return new Attachment(type, null, file.path("file_id").asText(null),
                file.hasNonNull("width") ? file.get("width").asInt() : null,
                file.hasNonNull("height") ? file.get("height").asInt() : null);
    }

    /** VK: {@code attachments[]} of a comment or message — photo (its largest size), video, doc, audio, sticker, link. */
    public static List<Attachment> vk(JsonNode item) {
        List<Attachment> found = new ArrayList<>();
        for (JsonNode a : item.path("attachments")) {
            String kind = a.path("type").asText();
            JsonNode body = a.path(kind);
            String id = body.hasNonNull("owner_id") && body.hasNonNull("id")
                    ? kind + body.get("owner_id").asText() + "_" + body.get("id").asText() : null;
            switch (kind) {
                case "photo" -> {
                    JsonNode largest = null;
                    for (JsonNode size : body.path("sizes")) {
                        if (largest == null || size.path("width").asInt() > largest.path("width").asInt()) {
                            largest = size;
                        }
                    }
                    found.add(new Attachment("image", largest == null ? null : largest.path("url").asText(null), id,
                            largest == null ? null : largest.path("width").asInt(),
                            largest == null ? null : largest.path("height").asInt()));
                }
                case "video" -> found.add(new Attachment("video", id == null ? null
                        : "https://vk.com/" + id, id, null, null));
                case "doc" -> found.add(new Attachment("file", body.path("url").asText(null), id, null, null));
                case "audio", "audio_message" -> found.add(new Attachment("audio",
                        body.path(kind.equals("audio") ? "url" : "link_mp3").asText(null), id, null, null));
                case "sticker" -> found.add(new Attachment("sticker", body.path("images").path(0).path("url")
                        .asText(null), body.path("sticker_id").asText(null), null, null));
                case "link" -> found.add(Attachment.of("link", body.path("url").asText(null)));
                default -> found.add(new Attachment("other", null, id, null, null));
            }
        }
        return found;
    }
}
