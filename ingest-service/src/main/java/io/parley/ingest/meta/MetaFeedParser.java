package io.parley.ingest.meta;

import com.fasterxml.jackson.databind.JsonNode;
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
    public record Parsed(List<FeedComment> comments, List<String> ignoredReasons) {
    }

    public static Parsed parse(byte[] body) throws MalformedWebhookException {
        JsonNode root = MalformedWebhookException.readObject(body);
        List<FeedComment> comments = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        String object = root.path("object").asText("");
        if (!object.equals("page")) {
            ignored.add("object:" + (object.isEmpty() ? "missing" : object));
            return new Parsed(comments, ignored);
        }
        for (JsonNode entry : root.path("entry")) {
            String pageId = entry.path("id").asText();
            for (JsonNode change : entry.path("changes")) {
                read(pageId, change, comments, ignored);
            }
            if (entry.has("messaging")) {
                ignored.add("messaging");
            }
        }
        return new Parsed(comments, ignored);
    }

    private static void read(String pageId, JsonNode change, List<FeedComment> comments, List<String> ignored) {
        String field = change.path("field").asText();
        JsonNode value = change.path("value");
        if (!field.equals("feed")) {
            ignored.add("field:" + field);
            return;
        }
        String item = value.path("item").asText();
        String verb = value.path("verb").asText();
        if (!item.equals("comment") || !verb.equals("add")) {
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
        comments.add(new FeedComment(pageId, commentId, postId, parentId,
                topLevel ? InteractionKind.COMMENT : InteractionKind.REPLY,
                topLevel ? commentId : parentId,
                authorId, authorName, value.path("message").asText(""),
                created > 0 ? Instant.ofEpochSecond(created) : null));
    }
}
