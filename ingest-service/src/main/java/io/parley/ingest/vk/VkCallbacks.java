package io.parley.ingest.vk;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.intake.InteractionIntake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads VK Callback API events of a brand's community: wall comments and photo comments (a reply to
 * a comment joins that comment's thread) and private messages to the community. The community's
 * own comments, edits, deletions and every other event type are left out with a reason.
 */
public final class VkCallbacks {

    private VkCallbacks() {
    }

    public static InteractionIntake.Delivery read(JsonNode event, ChannelAccount community) {
        List<InteractionIntake.Heard> heard = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<InteractionIntake.Changed> changed = new ArrayList<>();
        String type = event.path("type").asText("missing");
        JsonNode object = event.path("object");
        switch (type) {
            case "wall_reply_new", "photo_comment_new" -> {
                if (object.path("from_id").asLong() == -Long.parseLong(community.accountId())) {
                    ignored.add(type + ":own");
                } else {
                    heard.add(new InteractionIntake.Heard(community, comment(type, object, community)));
                }
            }
            case "wall_reply_edit" -> {
                InteractionReceived was = comment("wall_reply_new", object, community);
                changed.add(new InteractionIntake.Changed(community, new io.parley.contracts.interactions.InteractionChanged(
                        was.interactionId(), Platform.VK, community.accountId(), was.platformObjectId(), was.threadId(),
                        io.parley.contracts.interactions.InteractionChanged.Change.EDITED, was.text(),
                        was.author().platformId(), null)));
            }
            case "wall_reply_delete" -> {
                String target = object.path("owner_id").asText() + "_" + object.path("post_id").asText();
                String objectId = "wall" + target + "_c" + object.path("id").asText();
                changed.add(new InteractionIntake.Changed(community, new io.parley.contracts.interactions.InteractionChanged(
                        StableIds.of(Platform.VK.id(), community.accountId(), objectId), Platform.VK,
                        community.accountId(), objectId, null,
                        io.parley.contracts.interactions.InteractionChanged.Change.DELETED, null,
                        object.path("deleter_id").asText(null), null)));
            }
            case "message_new" -> heard.add(new InteractionIntake.Heard(community,
                    message(object.has("message") ? object.path("message") : object, community)));
            default -> ignored.add(type);
        }
        return new InteractionIntake.Delivery(Platform.VK, heard, changed, ignored);
    }

    private static InteractionReceived comment(String type, JsonNode c, ChannelAccount community) {
        boolean wall = type.equals("wall_reply_new");
        String owner = wall ? c.path("post_owner_id").asText() : c.path("photo_owner_id").asText();
        String target = owner + "_" + (wall ? c.path("post_id").asText() : c.path("photo_id").asText());
        String id = c.path("id").asText();
        String replyTo = c.hasNonNull("reply_to_comment") ? c.get("reply_to_comment").asText() : null;
        String threadRoot = c.path("parents_stack").isArray() && !c.path("parents_stack").isEmpty()
                ? c.path("parents_stack").get(0).asText() : replyTo;
        String commentKey = (wall ? "wall" : "photo") + target + "_c";
        String fromId = c.path("from_id").asText();
        return new InteractionReceived(StableIds.of(Platform.VK.id(), community.accountId(), commentKey + id),
                Platform.VK, community.accountId(), replyTo != null || threadRoot != null ? InteractionKind.REPLY
                        : InteractionKind.COMMENT,
                commentKey + id, (wall ? "wall" : "photo") + target, replyTo != null ? commentKey + replyTo : null,
                commentKey + (threadRoot != null ? threadRoot : id),
                new Author(fromId, null, "https://vk.com/id" + fromId), c.path("text").asText(""),
                wall ? "https://vk.com/wall" + target + "?reply=" + id : null, time(c))
                .withAttachments(io.parley.ingest.intake.Attachments.vk(c));
    }

    private static InteractionReceived message(JsonNode m, ChannelAccount community) {
        String fromId = m.path("from_id").asText();
        String id = m.hasNonNull("id") && m.path("id").asLong() != 0 ? m.path("id").asText()
                : m.path("conversation_message_id").asText();
        return new InteractionReceived(StableIds.of(Platform.VK.id(), community.accountId(), "msg", id), Platform.VK,
                community.accountId(), InteractionKind.DIRECT_MESSAGE, "msg" + id, null, null,
                "dialog_" + m.path("peer_id").asText(fromId),
                new Author(fromId, null, "https://vk.com/id" + fromId), m.path("text").asText(""), null, time(m))
                .withAttachments(io.parley.ingest.intake.Attachments.vk(m));
    }

    private static Instant time(JsonNode node) {
        long date = node.path("date").asLong(0);
        return date > 0 ? Instant.ofEpochSecond(date) : null;
    }
}
