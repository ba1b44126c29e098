package io.parley.contracts.interactions;

import java.util.Locale;

/**
 * Something a person attached to an interaction: a photo, a video, a file, a sticker, a link.
 *
 * @param type       image, video, audio, file, sticker, link or other
 * @param url        where the platform serves it, when the payload says (Telegram gives a file id instead)
 * @param platformId the platform's id of the media (Telegram {@code file_id}, VK {@code owner_id_id}, X media key)
 * @param width      pixels, when the platform says
 * @param height     pixels, when the platform says
 */
public record Attachment(String type, String url, String platformId, Integer width, Integer height) {

    /** The attachment types; anything else a platform names is {@code other}. */
    public static final java.util.List<String> TYPES = java.util.List.of("image", "video", "audio", "file", "sticker",
            "link", "other");

    public Attachment {
        type = type == null ? "other" : type.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            type = "other";
        }
    }

    /** An attachment known only by its address. */
    public static Attachment of(String type, String url) {
        return new Attachment(type, url, null, null, null);
    }
}
