package io.parley.ingest.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.ingest.intake.MalformedWebhookException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Meta Page webhooks ({@code object: page}, {@code entry[].changes[]}): new comments and replies
 * on the Page's feed become {@link FeedComment}s; everything else is reported as ignored with a
 * reason, so that nothing is dropped silently. Accepts both the current {@code from{id,name}} and the
 * older {@code sender_id}/{@code sender_name} shapes, and ids given as numbers or strings.
 */
public final class MetaFeedParser {

    private MetaFeedParser() {
    }

    /** What one webhook body holds. */
    public record Parsed(List<FeedComment> comments, List<FeedChange> changes, List<String> ignoredReasons,
            List<MentionLookup> mentionLookups) {

        public Parsed(List<FeedComment> comments, List<FeedChange> changes, List<String> ignoredReasons) {
            this(comments, changes, ignoredReasons, List.of());
        }

        public Parsed(List<FeedComment> comments, List<String> ignoredReasons) {
            this(comments, List.of(), ignoredReasons);
        }
    }

    /**
     * An Instagram {@code mentions} change: the account was @-mentioned in a comment ({@code commentId}) or in
     * a post's caption (only {@code mediaId}). The webhook carries no text; a Graph API read fetches it.
     */
    public record MentionLookup(String accountId, String mediaId, String commentId) {
    }

    /** An edit, hide, un-hide or removal of a comment heard before (or of a reaction). */
    public record FeedChange(Platform platform, String pageId, String objectId, String threadId,
            io.parley.contracts.interactions.InteractionChanged.Change change, String message, String by,
            Instant time) {
    }

    private static final java.util.Map<String, String> REACTIONS = java.util.Map.of("like", "👍", "love", "❤️",
            "care", "🤗", "haha", "😆", "wow", "😮", "sad", "😢", "angry", "😡");

    public static Parsed parse(byte[] body) throws MalformedWebhookException {
        JsonNode root = MalformedWebhookException.readObject(body);
        List<FeedComment> comments = new ArrayList<>();
        List<FeedChange> changes = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        String object = root.path("object").asText("");
        Platform platform = switch (object) {
            case "page" -> Platform.FACEBOOK;
            case "instagram" -> Platform.INSTAGRAM;
            default -> null;
        };
        if (platform == null) {
            ignored.add("object:" + (object.isEmpty() ? "missing" : object));
            return new Parsed(comments, ignored);
        }
        List<MentionLookup> lookups = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            String accountId = entry.path("id").asText();
            for (JsonNode change : entry.path("changes")) {
                if (platform == Platform.FACEBOOK) {
                    read(accountId, change, comments, changes, ignored);
                } else if (change.path("field").asText().equals("mentions")) {
                    JsonNode value = change.path("value");
                    String media = value.path("media_id").asText(null);
                    if (media == null || media.isBlank()) {
                        ignored.add("instagram:mentions:no-media-id");
                    } else {
                        lookups.add(new MentionLookup(accountId, media, value.path("comment_id").asText(null)));
                    }
                } else {
                    readInstagram(accountId, change, comments, ignored);
                }
            }
            for (JsonNode event : entry.path("messaging")) {
                readMessaging(platform, accountId, event, comments, ignored);
            }
            if (entry.has("standby")) {
                ignored.add("standby"); // another app of the page owns the conversation
            }
        }
        return new Parsed(comments, changes, ignored, lookups);
    }

    private static void read(String pageId, JsonNode change, List<FeedComment> comments, List<FeedChange> changes,
            List<String> ignored) {
        String field = change.path("field").asText();
        JsonNode value = change.path("value");
        if (field.equals("mention")) {
            mention(pageId, value, comments, ignored);
            return;
        }
        if (!field.equals("feed")) {
            ignored.add("field:" + field);
            return;
        }
        String item = value.path("item").asText();
        String verb = value.path("verb").asText();
        if (item.equals("reaction")) {
            reaction(pageId, value, verb, comments, changes, ignored);
            return;
        }
        if (item.equals("comment") && !verb.equals("add")) {
            commentChange(pageId, value, verb, changes, ignored);
            return;
        }
        if (!item.equals("comment")) {
            ignored.add("feed:" + item + ":" + verb);
            return;
        }
        String commentId = value.path("comment_id").asText(null);
        if (commentId == null || commentId.isBlank()) {
            ignored.add("feed:comment:add:no-comment-id");
            return;
        }
        String postId = value.path("post_id").asText(null);
        String parentId = value.path("parent_id").asText(postId);
        boolean topLevel = parentId == null || parentId.equals(postId);
        JsonNode from = value.path("from");
        String authorId = from.isObject() ? from.path("id").asText(null) : value.path("sender_id").asText(null);
        String authorName = from.isObject() ? from.path("name").asText(null) : value.path("sender_name").asText(null);
        long created = value.path("created_time").asLong(0);
        comments.add(new FeedComment(Platform.FACEBOOK, pageId, commentId, postId, parentId,
                topLevel ? InteractionKind.COMMENT : InteractionKind.REPLY,
                topLevel ? commentId : parentId,
                authorId, authorName, value.path("message").asText(""),
                created > 0 ? Instant.ofEpochSecond(created) : null,
                authorId == null ? null : "https://www.facebook.com/" + authorId,
                "https://www.facebook.com/" + commentId, io.parley.ingest.intake.Attachments.metaFeed(value)));
    }

    private static String author(JsonNode value) {
        JsonNode from = value.path("from");
        return from.isObject() ? from.path("id").asText(null) : value.path("sender_id").asText(null);
    }

    private static String authorName(JsonNode value) {
        JsonNode from = value.path("from");
        return from.isObject() ? from.path("name").asText(null) : value.path("sender_name").asText(null);
    }

    private static Instant time(JsonNode value) {
        long created = value.path("created_time").asLong(0);
        return created > 0 ? Instant.ofEpochSecond(created) : null;
    }

    /** The thread a comment belongs to: itself when it is on the post, else the comment it answers. */
    private static String threadOf(String commentId, JsonNode value) {
        String postId = value.path("post_id").asText(null);
        String parentId = value.path("parent_id").asText(postId);
        return parentId == null || parentId.equals(postId) ? commentId : parentId;
    }

    private static void commentChange(String pageId, JsonNode value, String verb, List<FeedChange> changes,
            List<String> ignored) {
        var kind = switch (verb) {
            case "edited" -> io.parley.contracts.interactions.InteractionChanged.Change.EDITED;
            case "hide" -> io.parley.contracts.interactions.InteractionChanged.Change.HIDDEN;
            case "unhide" -> io.parley.contracts.interactions.InteractionChanged.Change.UNHIDDEN;
            case "remove" -> io.parley.contracts.interactions.InteractionChanged.Change.DELETED;
            default -> null;
        };
        String commentId = value.path("comment_id").asText(null);
        if (kind == null || commentId == null || commentId.isBlank()) {
            ignored.add("feed:comment:" + verb);
            return;
        }
        changes.add(new FeedChange(Platform.FACEBOOK, pageId, commentId, threadOf(commentId, value), kind,
                kind == io.parley.contracts.interactions.InteractionChanged.Change.EDITED
                        ? value.path("message").asText("") : null, author(value), time(value)));
    }

    /** A reaction to the page's post or to a comment; the page's own reactions are left out. */
    private static void reaction(String pageId, JsonNode value, String verb, List<FeedComment> comments,
            List<FeedChange> changes, List<String> ignored) {
        String by = author(value);
        if (pageId.equals(by)) {
            ignored.add("feed:reaction:own");
            return;
        }
        String postId = value.path("post_id").asText(null);
        String target = value.path("comment_id").asText(postId);
        if (target == null || by == null) {
            ignored.add("feed:reaction:" + verb + ":incomplete");
            return;
        }
        String objectId = "reaction:" + target + ":" + by;
        String thread = value.hasNonNull("comment_id") ? threadOf(target, value) : postId;
        switch (verb) {
            case "add", "edit" -> comments.add(new FeedComment(Platform.FACEBOOK, pageId, objectId, postId, target,
                    io.parley.contracts.interactions.InteractionKind.REACTION, thread, by, authorName(value),
                    REACTIONS.getOrDefault(value.path("reaction_type").asText("like"), "👍"), time(value),
                    "https://www.facebook.com/" + by, "https://www.facebook.com/" + target));
            case "remove" -> changes.add(new FeedChange(Platform.FACEBOOK, pageId, objectId, thread,
                    io.parley.contracts.interactions.InteractionChanged.Change.DELETED, null, by, time(value)));
            default -> ignored.add("feed:reaction:" + verb);
        }
    }

    /** The page was mentioned (@-tagged) in a post or comment elsewhere. */
    private static void mention(String pageId, JsonNode value, List<FeedComment> comments, List<String> ignored) {
        String item = value.path("item").asText();
        String verb = value.path("verb").asText();
        if (!verb.equals("add")) {
            ignored.add("mention:" + item + ":" + verb);
            return;
        }
        String postId = value.path("post_id").asText(null);
        String objectId = item.equals("comment") ? value.path("comment_id").asText(null) : postId;
        if (objectId == null) {
            ignored.add("mention:" + item + ":no-id");
            return;
        }
        String by = author(value);
        comments.add(new FeedComment(Platform.FACEBOOK, pageId, objectId, postId, item.equals("comment") ? postId : null,
                io.parley.contracts.interactions.InteractionKind.MENTION, objectId, by, authorName(value),
                value.path("message").asText(""), time(value), by == null ? null : "https://www.facebook.com/" + by,
                "https://www.facebook.com/" + objectId, io.parley.ingest.intake.Attachments.metaFeed(value)));
    }

    /** Instagram {@code comments} and {@code live_comments} (mentions are read in {@link #parse}: {@link MentionLookup}). */
    private static void readInstagram(String accountId, JsonNode change, List<FeedComment> comments,
            List<String> ignored) {
        String field = change.path("field").asText();
        JsonNode value = change.path("value");
        if (!field.equals("comments") && !field.equals("live_comments")) {
            ignored.add("instagram:" + field);
            return;
        }
        String id = value.path("id").asText(null);
        if (id == null) {
            ignored.add("instagram:" + field + ":no-id");
            return;
        }
        String parent = value.path("parent_id").asText(null);
        String media = value.path("media").path("id").asText(null);
        String username = value.path("from").path("username").asText(null);
        comments.add(new FeedComment(Platform.INSTAGRAM, accountId, id, media, parent != null ? parent : media,
                parent != null ? InteractionKind.REPLY : InteractionKind.COMMENT, parent != null ? parent : id,
                value.path("from").path("id").asText(null), username, value.path("text").asText(""), null,
                username == null ? null : "https://www.instagram.com/" + username, null));
    }

    /** Messenger and Instagram direct messages; one conversation per sender. */
    private static void readMessaging(Platform platform, String accountId, JsonNode event, List<FeedComment> comments,
            List<String> ignored) {
        JsonNode message = event.path("message");
        String kind = platform.id() + ":messaging:";
        if (!message.isObject()) {
            ignored.add(kind + event.properties().stream().map(e -> e.getKey())
                    .filter(k -> !k.equals("sender") && !k.equals("recipient") && !k.equals("timestamp"))
                    .findFirst().orElse("empty"));
            return;
        }
        if (message.path("is_echo").asBoolean(false)) {
            ignored.add(kind + "echo"); // the brand's own message
            return;
        }
        if (message.path("is_deleted").asBoolean(false)) {
            ignored.add(kind + "deleted");
            return;
        }
        String sender = event.path("sender").path("id").asText();
        String mid = message.path("mid").asText();
        long timestamp = event.path("timestamp").asLong(0);
        String replyTo = message.path("reply_to").path("mid").asText(null);
        comments.add(new FeedComment(platform, accountId, mid, null, replyTo, InteractionKind.DIRECT_MESSAGE,
                "dm_" + sender, sender, null, message.path("text").asText(""),
                timestamp > 0 ? Instant.ofEpochMilli(timestamp) : null, null, null,
                io.parley.ingest.intake.Attachments.metaMessage(message)));
    }
}
