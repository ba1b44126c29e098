package io.parley.ingest.vk;

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
import static io.parley.ingest.intake.WebhookFields.id;
import static io.parley.ingest.intake.WebhookFields.idValue;
import static io.parley.ingest.intake.WebhookFields.number;
import static io.parley.ingest.intake.WebhookFields.object;
import static io.parley.ingest.intake.WebhookFields.path;
import static io.parley.ingest.intake.WebhookFields.requiredId;
import static io.parley.ingest.intake.WebhookFields.text;

/**
 * Reads VK Callback API events of a brand's community: wall comments and photo comments (a reply to
 * a comment joins that comment's thread) and private messages to the community. The community's
 * own comments, edits, deletions and every other event type are left out with a reason.
 * VK sends one event per request: an event with a field of the wrong type is refused (400 naming the
 * field), never published.
 */
public final class VkCallbacks {

    private VkCallbacks() {
    }

    public static InteractionIntake.Delivery read(JsonNode event, ChannelAccount community)
            throws MalformedWebhookException {
        List<InteractionIntake.Heard> heard = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<InteractionIntake.Changed> changed = new ArrayList<>();
        String type = text(event, "type", "");
        if (type == null) {
            type = "missing";
        }
        JsonNode object = object(event, "object", "");
        switch (type) {
            case "wall_reply_new", "photo_comment_new" -> {
                if (number(object, "from_id", "object") == -Long.parseLong(community.accountId())) {
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
                String target = requiredId(object, "owner_id", "object") + "_" + requiredId(object, "post_id", "object");
                String objectId = "wall" + target + "_c" + requiredId(object, "id", "object");
                changed.add(new InteractionIntake.Changed(community, new io.parley.contracts.interactions.InteractionChanged(
                        StableIds.of(Platform.VK.id(), community.accountId(), objectId), Platform.VK,
                        community.accountId(), objectId, null,
                        io.parley.contracts.interactions.InteractionChanged.Change.DELETED, null,
                        id(object, "deleter_id", "object"), null)));
            }
            case "message_new" -> {
                boolean wrapped = object.has("message");
                heard.add(new InteractionIntake.Heard(community, message(
                        wrapped ? object(object, "message", "object") : object,
                        wrapped ? "object.message" : "object", community)));
            }
            default -> ignored.add(type);
        }
        return new InteractionIntake.Delivery(Platform.VK, heard, changed, ignored);
    }

    private static InteractionReceived comment(String type, JsonNode c, ChannelAccount community)
            throws MalformedWebhookException {
        String at = "object";
        if (!c.isObject()) {
            throw new MalformedWebhookException(at, "is required");
        }
        boolean wall = type.equals("wall_reply_new");
        String owner = requiredId(c, wall ? "post_owner_id" : "photo_owner_id", at);
        String target = owner + "_" + requiredId(c, wall ? "post_id" : "photo_id", at);
        String id = requiredId(c, "id", at);
        String replyTo = id(c, "reply_to_comment", at);
        JsonNode parents = array(c, "parents_stack", at);
        String threadRoot = !parents.isEmpty() ? idValue(parents.get(0), path(at, "parents_stack", 0))
                : replyTo;
        String commentKey = (wall ? "wall" : "photo") + target + "_c";
        String fromId = requiredId(c, "from_id", at);
        attachments(c, at);
        return new InteractionReceived(StableIds.of(Platform.VK.id(), community.accountId(), commentKey + id),
                Platform.VK, community.accountId(), replyTo != null || threadRoot != null ? InteractionKind.REPLY
                        : InteractionKind.COMMENT,
                commentKey + id, (wall ? "wall" : "photo") + target, replyTo != null ? commentKey + replyTo : null,
                commentKey + (threadRoot != null ? threadRoot : id),
                new Author(fromId, null, "https://vk.com/id" + fromId), textOf(c, at),
                wall ? "https://vk.com/wall" + target + "?reply=" + id : null, time(c, at))
                .withAttachments(io.parley.ingest.intake.Attachments.vk(c));
    }

    private static InteractionReceived message(JsonNode m, String at, ChannelAccount community)
            throws MalformedWebhookException {
        if (!m.isObject()) {
            throw new MalformedWebhookException(at, "is required");
        }
        String fromId = requiredId(m, "from_id", at);
        String ownId = id(m, "id", at);
        String id = ownId != null && !ownId.equals("0") ? ownId : requiredId(m, "conversation_message_id", at);
        String peer = id(m, "peer_id", at);
        attachments(m, at);
        return new InteractionReceived(StableIds.of(Platform.VK.id(), community.accountId(), "msg", id), Platform.VK,
                community.accountId(), InteractionKind.DIRECT_MESSAGE, "msg" + id, null, null,
                "dialog_" + (peer != null ? peer : fromId),
                new Author(fromId, null, "https://vk.com/id" + fromId), textOf(m, at), null, time(m, at))
                .withAttachments(io.parley.ingest.intake.Attachments.vk(m));
    }

    /** {@code text} is a string, possibly empty when something is attached. */
    private static String textOf(JsonNode item, String at) throws MalformedWebhookException {
        String text = text(item, "text", at);
        return text == null ? "" : text;
    }

    /** {@code attachments[]}: objects naming their {@code type}. */
    private static void attachments(JsonNode item, String at) throws MalformedWebhookException {
        JsonNode attachments = array(item, "attachments", at);
        for (int i = 0; i < attachments.size(); i++) {
            String attachmentAt = path(at, "attachments", i);
            if (!attachments.get(i).isObject()) {
                throw new MalformedWebhookException(attachmentAt, "must be an object");
            }
            text(attachments.get(i), "type", attachmentAt);
        }
    }

    private static Instant time(JsonNode node, String at) throws MalformedWebhookException {
        long date = number(node, "date", at);
        return date > 0 ? Instant.ofEpochSecond(Math.min(date, 253_402_300_799L)) : null;
    }
}
