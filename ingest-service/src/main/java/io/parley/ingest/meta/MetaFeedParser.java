package io.parley.ingest.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.ingest.intake.MalformedWebhookException;
import io.parley.platform.problem.Problem;

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
import static io.parley.ingest.intake.WebhookFields.text;

/**
 * Reads Meta Page webhooks ({@code object: page}, {@code entry[].changes[]}): new comments and replies
 * on the Page's feed become {@link FeedComment}s; everything else is reported as ignored with a
 * reason, so that nothing is dropped silently. Accepts both the current {@code from{id,name}} and the
 * older {@code sender_id}/{@code sender_name} shapes, and ids given as numbers or strings.
 *
 * <p>Fields are read by type ({@link io.parley.ingest.intake.WebhookFields}). Meta batches entries and wants
 * the whole delivery acknowledged, retrying it (and eventually disabling the subscription) otherwise, so a
 * change or message with a field of the wrong type is left out and named in {@link Parsed#malformed()}, while
 * the rest of the delivery is read; only a body that is not Meta's envelope at all ({@code object} or
 * {@code entry} of the wrong type) is refused.
 */
public final class MetaFeedParser {

    private MetaFeedParser() {
    }

    /** What one webhook body holds. */
    public record Parsed(List<FeedComment> comments, List<FeedChange> changes, List<String> ignoredReasons,
            List<MentionLookup> mentionLookups, List<Problem.FieldError> malformed) {

        public Parsed(List<FeedComment> comments, List<FeedChange> changes, List<String> ignoredReasons) {
            this(comments, changes, ignoredReasons, List.of(), List.of());
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
        List<Problem.FieldError> malformed = new ArrayList<>();
        String object = text(root, "object", "");
        Platform platform = object == null ? null : switch (object) {
            case "page" -> Platform.FACEBOOK;
            case "instagram" -> Platform.INSTAGRAM;
            default -> null;
        };
        if (platform == null) {
            ignored.add("object:" + (object == null || object.isEmpty() ? "missing" : object));
            return new Parsed(comments, ignored);
        }
        List<MentionLookup> lookups = new ArrayList<>();
        JsonNode entries = array(root, "entry", "");
        for (int e = 0; e < entries.size(); e++) {
            String at = path("", "entry", e);
            JsonNode entry = entries.get(e);
            String accountId;
            JsonNode entryChanges;
            JsonNode messaging;
            try {
                if (!entry.isObject()) {
                    throw new MalformedWebhookException(at, "must be an object");
                }
                accountId = requiredId(entry, "id", at);
                entryChanges = array(entry, "changes", at);
                messaging = array(entry, "messaging", at);
            } catch (MalformedWebhookException m) {
                InteractionIntake.leaveOut(m, ignored, malformed);
                continue;
            }
            for (int c = 0; c < entryChanges.size(); c++) {
                String changeAt = path(at, "changes", c);
                try {
                    JsonNode change = entryChanges.get(c);
                    if (!change.isObject()) {
                        throw new MalformedWebhookException(changeAt, "must be an object");
                    }
                    if (platform == Platform.FACEBOOK) {
                        read(accountId, change, changeAt, comments, changes, ignored);
                    } else if ("mentions".equals(text(change, "field", changeAt))) {
                        JsonNode value = object(change, "value", changeAt);
                        String media = id(value, "media_id", path(changeAt, "value"));
                        if (media == null) {
                            ignored.add("instagram:mentions:no-media-id");
                        } else {
                            lookups.add(new MentionLookup(accountId, media,
                                    id(value, "comment_id", path(changeAt, "value"))));
                        }
                    } else {
                        readInstagram(accountId, change, changeAt, comments, ignored);
                    }
                } catch (MalformedWebhookException m) {
                    InteractionIntake.leaveOut(m, ignored, malformed);
                }
            }
            for (int m = 0; m < messaging.size(); m++) {
                try {
                    readMessaging(platform, accountId, messaging.get(m), path(at, "messaging", m), comments, ignored);
                } catch (MalformedWebhookException x) {
                    InteractionIntake.leaveOut(x, ignored, malformed);
                }
            }
            if (entry.has("standby")) {
                ignored.add("standby"); // another app of the page owns the conversation
            }
        }
        return new Parsed(comments, changes, ignored, lookups, malformed);
    }

    private static void read(String pageId, JsonNode change, String at, List<FeedComment> comments,
            List<FeedChange> changes, List<String> ignored) throws MalformedWebhookException {
        String field = orEmpty(text(change, "field", at));
        JsonNode value = object(change, "value", at);
        String valueAt = path(at, "value");
        if (field.equals("mention")) {
            mention(pageId, value, valueAt, comments, ignored);
            return;
        }
        if (!field.equals("feed")) {
            ignored.add("field:" + field);
            return;
        }
        String item = orEmpty(text(value, "item", valueAt));
        String verb = orEmpty(text(value, "verb", valueAt));
        if (item.equals("reaction")) {
            reaction(pageId, value, valueAt, verb, comments, changes, ignored);
            return;
        }
        if (item.equals("comment") && !verb.equals("add")) {
            commentChange(pageId, value, valueAt, verb, changes, ignored);
            return;
        }
        if (!item.equals("comment")) {
            ignored.add("feed:" + item + ":" + verb);
            return;
        }
        String commentId = id(value, "comment_id", valueAt);
        if (commentId == null) {
            ignored.add("feed:comment:add:no-comment-id");
            return;
        }
        String postId = id(value, "post_id", valueAt);
        String parentId = id(value, "parent_id", valueAt);
        if (parentId == null) {
            parentId = postId;
        }
        boolean topLevel = parentId == null || parentId.equals(postId);
        String authorId = author(value, valueAt);
        String authorName = authorName(value, valueAt);
        String message = text(value, "message", valueAt);
        comments.add(new FeedComment(Platform.FACEBOOK, pageId, commentId, postId, parentId,
                topLevel ? InteractionKind.COMMENT : InteractionKind.REPLY,
                topLevel ? commentId : parentId,
                authorId, authorName, orEmpty(message), time(value, valueAt),
                authorId == null ? null : "https://www.facebook.com/" + authorId,
                "https://www.facebook.com/" + commentId, attachments(value, valueAt)));
    }

    /** The feed's {@code photo} and {@code video} are addresses: strings. */
    private static List<io.parley.contracts.interactions.Attachment> attachments(JsonNode value, String at)
            throws MalformedWebhookException {
        text(value, "photo", at);
        text(value, "video", at);
        return io.parley.ingest.intake.Attachments.metaFeed(value);
    }

    /** {@code from{id,name}}, or the older {@code sender_id}/{@code sender_name}. */
    private static String author(JsonNode value, String at) throws MalformedWebhookException {
        JsonNode from = object(value, "from", at);
        return from.isObject() ? id(from, "id", path(at, "from")) : id(value, "sender_id", at);
    }

    private static String authorName(JsonNode value, String at) throws MalformedWebhookException {
        JsonNode from = object(value, "from", at);
        return from.isObject() ? text(from, "name", path(at, "from")) : text(value, "sender_name", at);
    }

    private static Instant time(JsonNode value, String at) throws MalformedWebhookException {
        long created = number(value, "created_time", at);
        return created > 0 ? Instant.ofEpochSecond(Math.min(created, MAX_EPOCH_SECOND)) : null;
    }

    /** The thread a comment belongs to: itself when it is on the post, else the comment it answers. */
    private static String threadOf(String commentId, JsonNode value, String at) throws MalformedWebhookException {
        String postId = id(value, "post_id", at);
        String parentId = id(value, "parent_id", at);
        if (parentId == null) {
            parentId = postId;
        }
        return parentId == null || parentId.equals(postId) ? commentId : parentId;
    }

    private static void commentChange(String pageId, JsonNode value, String at, String verb, List<FeedChange> changes,
            List<String> ignored) throws MalformedWebhookException {
        var kind = switch (verb) {
            case "edited" -> io.parley.contracts.interactions.InteractionChanged.Change.EDITED;
            case "hide" -> io.parley.contracts.interactions.InteractionChanged.Change.HIDDEN;
            case "unhide" -> io.parley.contracts.interactions.InteractionChanged.Change.UNHIDDEN;
            case "remove" -> io.parley.contracts.interactions.InteractionChanged.Change.DELETED;
            default -> null;
        };
        String commentId = id(value, "comment_id", at);
        if (kind == null || commentId == null) {
            ignored.add("feed:comment:" + verb);
            return;
        }
        changes.add(new FeedChange(Platform.FACEBOOK, pageId, commentId, threadOf(commentId, value, at), kind,
                kind == io.parley.contracts.interactions.InteractionChanged.Change.EDITED
                        ? orEmpty(text(value, "message", at)) : null, author(value, at), time(value, at)));
    }

    /** A reaction to the page's post or to a comment; the page's own reactions are left out. */
    private static void reaction(String pageId, JsonNode value, String at, String verb, List<FeedComment> comments,
            List<FeedChange> changes, List<String> ignored) throws MalformedWebhookException {
        String by = author(value, at);
        if (pageId.equals(by)) {
            ignored.add("feed:reaction:own");
            return;
        }
        String postId = id(value, "post_id", at);
        String commentId = id(value, "comment_id", at);
        String target = commentId != null ? commentId : postId;
        if (target == null || by == null) {
            ignored.add("feed:reaction:" + verb + ":incomplete");
            return;
        }
        String objectId = "reaction:" + target + ":" + by;
        String thread = commentId != null ? threadOf(target, value, at) : postId;
        String reactionType = text(value, "reaction_type", at);
        switch (verb) {
            case "add", "edit" -> comments.add(new FeedComment(Platform.FACEBOOK, pageId, objectId, postId, target,
                    io.parley.contracts.interactions.InteractionKind.REACTION, thread, by, authorName(value, at),
                    REACTIONS.getOrDefault(reactionType == null ? "like" : reactionType, "👍"), time(value, at),
                    "https://www.facebook.com/" + by, "https://www.facebook.com/" + target));
            case "remove" -> changes.add(new FeedChange(Platform.FACEBOOK, pageId, objectId, thread,
                    io.parley.contracts.interactions.InteractionChanged.Change.DELETED, null, by, time(value, at)));
            default -> ignored.add("feed:reaction:" + verb);
        }
    }

    /** The page was mentioned (@-tagged) in a post or comment elsewhere. */
    private static void mention(String pageId, JsonNode value, String at, List<FeedComment> comments,
            List<String> ignored) throws MalformedWebhookException {
        String item = orEmpty(text(value, "item", at));
        String verb = orEmpty(text(value, "verb", at));
        if (!verb.equals("add")) {
            ignored.add("mention:" + item + ":" + verb);
            return;
        }
        String postId = id(value, "post_id", at);
        String objectId = item.equals("comment") ? id(value, "comment_id", at) : postId;
        if (objectId == null) {
            ignored.add("mention:" + item + ":no-id");
            return;
        }
        String by = author(value, at);
        comments.add(new FeedComment(Platform.FACEBOOK, pageId, objectId, postId, item.equals("comment") ? postId : null,
                io.parley.contracts.interactions.InteractionKind.MENTION, objectId, by, authorName(value, at),
                orEmpty(text(value, "message", at)), time(value, at),
                by == null ? null : "https://www.facebook.com/" + by,
                "https://www.facebook.com/" + objectId, attachments(value, at)));
    }

    /** Instagram {@code comments} and {@code live_comments} (mentions are read in {@link #parse}: {@link MentionLookup}). */
    private static void readInstagram(String accountId, JsonNode change, String at, List<FeedComment> comments,
            List<String> ignored) throws MalformedWebhookException {
        String field = orEmpty(text(change, "field", at));
        JsonNode value = object(change, "value", at);
        String valueAt = path(at, "value");
        if (!field.equals("comments") && !field.equals("live_comments")) {
            ignored.add("instagram:" + field);
            return;
        }
        String id = id(value, "id", valueAt);
        if (id == null) {
            ignored.add("instagram:" + field + ":no-id");
            return;
        }
        String parent = id(value, "parent_id", valueAt);
        String media = id(object(value, "media", valueAt), "id", path(valueAt, "media"));
        JsonNode from = object(value, "from", valueAt);
        String username = text(from, "username", path(valueAt, "from"));
        comments.add(new FeedComment(Platform.INSTAGRAM, accountId, id, media, parent != null ? parent : media,
                parent != null ? InteractionKind.REPLY : InteractionKind.COMMENT, parent != null ? parent : id,
                id(from, "id", path(valueAt, "from")), username, orEmpty(text(value, "text", valueAt)), null,
                username == null ? null : "https://www.instagram.com/" + username, null));
    }

    /** Messenger and Instagram direct messages; one conversation per sender. */
    private static void readMessaging(Platform platform, String accountId, JsonNode event, String at,
            List<FeedComment> comments, List<String> ignored) throws MalformedWebhookException {
        if (!event.isObject()) {
            throw new MalformedWebhookException(at, "must be an object");
        }
        JsonNode message = object(event, "message", at);
        String kind = platform.id() + ":messaging:";
        if (!message.isObject()) {
            ignored.add(kind + event.properties().stream().map(e -> e.getKey())
                    .filter(k -> !k.equals("sender") && !k.equals("recipient") && !k.equals("timestamp"))
                    .findFirst().orElse("empty"));
            return;
        }
        String messageAt = path(at, "message");
        if (bool(message, "is_echo", messageAt)) {
            ignored.add(kind + "echo"); // the brand's own message
            return;
        }
        if (bool(message, "is_deleted", messageAt)) {
            ignored.add(kind + "deleted");
            return;
        }
        String sender = requiredId(object(event, "sender", at), "id", path(at, "sender"));
        String mid = requiredId(message, "mid", messageAt);
        long timestamp = number(event, "timestamp", at);
        String replyTo = id(object(message, "reply_to", messageAt), "mid", path(messageAt, "reply_to"));
        String text = text(message, "text", messageAt);
        JsonNode attachments = array(message, "attachments", messageAt);
        for (int a = 0; a < attachments.size(); a++) {
            String attachmentAt = path(messageAt, "attachments", a);
            if (!attachments.get(a).isObject()) {
                throw new MalformedWebhookException(attachmentAt, "must be an object");
            }
            text(attachments.get(a), "type", attachmentAt);
            text(object(attachments.get(a), "payload", attachmentAt), "url", path(attachmentAt, "payload"));
        }
        if (text == null && attachments.isEmpty()) {
            ignored.add(kind + "no-content");
            return;
        }
        comments.add(new FeedComment(platform, accountId, mid, null, replyTo, InteractionKind.DIRECT_MESSAGE,
                "dm_" + sender, sender, null, orEmpty(text),
                timestamp > 0 ? Instant.ofEpochMilli(Math.min(timestamp, MAX_EPOCH_MILLI)) : null, null, null,
                io.parley.ingest.intake.Attachments.metaMessage(message)));
    }

    /** Times past year 9999 are nonsense; they are held there rather than overflowing. */
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;
    private static final long MAX_EPOCH_MILLI = MAX_EPOCH_SECOND * 1000;

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
