package io.parley.contracts.interactions;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person said something to or about the brand on a channel. Emitted by ingest-service once per
 * platform object and version: a platform's re-delivery of the same webhook yields the same
 * {@code interactionId} and the same event id, so consumers merge duplicates.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A person said something to or about the brand on a channel. Emitted by ingest-service once per platform object and version (re-deliveries carry the same event id); consumed by inbox-service and analytics-service.",
        key = "`<brand>:<platform>:<threadId>`, so that one conversation stays in order",
        fields = {
        "interactionId: stable id derived from the platform, the channel account and the platform object id",
        "platform: the network it was heard on",
        "channelAccountId: the brand's account on that network (page id, bot id, ...)",
        "kind: comment, reply, mention, direct message, ...",
        "platformObjectId: the platform's id of the comment or message itself",
        "postId: the platform id of the post the comment is under, if any",
        "parentId: the platform id of what it answers (the post, or a comment)",
        "threadId: the platform id that groups it with the rest of its conversation",
        "author: who wrote it",
        "text: exactly what they wrote, unaltered",
        "permalink: a link to it on the platform, when one can be made",
        "platformTime: when the platform says it was written",
        "signals: what enrichment read in the text — language, moment of truth (praise, complaint, question, suggestion), abusive, spam, sentiment, with scores; absent when enrichment is off",
        "attachments: photos, videos, files, stickers and links attached to it — type, url (when the platform gives one), platform media id, width and height; empty when none"})
public record InteractionReceived(
        UUID interactionId,
        Platform platform,
        String channelAccountId,
        InteractionKind kind,
        String platformObjectId,
        String postId,
        String parentId,
        String threadId,
        Author author,
        String text,
        String permalink,
        Instant platformTime,
        InteractionSignals signals,
        List<Attachment> attachments) implements Payload {

    public static final String TYPE = "parley.interaction.received.v1";

    public InteractionReceived {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An interaction with what enrichment read in it, and no attachments. */
    public InteractionReceived(UUID interactionId, Platform platform, String channelAccountId, InteractionKind kind,
            String platformObjectId, String postId, String parentId, String threadId, Author author, String text,
            String permalink, Instant platformTime, InteractionSignals signals) {
        this(interactionId, platform, channelAccountId, kind, platformObjectId, postId, parentId, threadId, author, text,
                permalink, platformTime, signals, List.of());
    }

    /** An interaction as a platform reported it, before enrichment. */
    public InteractionReceived(UUID interactionId, Platform platform, String channelAccountId, InteractionKind kind,
            String platformObjectId, String postId, String parentId, String threadId, Author author, String text,
            String permalink, Instant platformTime) {
        this(interactionId, platform, channelAccountId, kind, platformObjectId, postId, parentId, threadId, author, text,
                permalink, platformTime, null, List.of());
    }

    /** The same interaction with what enrichment read in it. */
    public InteractionReceived withSignals(InteractionSignals signals) {
        return new InteractionReceived(interactionId, platform, channelAccountId, kind, platformObjectId, postId,
                parentId, threadId, author, text, permalink, platformTime, signals, attachments);
    }

    /** The same interaction with these attachments. */
    public InteractionReceived withAttachments(List<Attachment> attachments) {
        return new InteractionReceived(interactionId, platform, channelAccountId, kind, platformObjectId, postId,
                parentId, threadId, author, text, permalink, platformTime, signals, attachments);
    }

    /** The same interaction as a mention found by listening. */
    public InteractionReceived asMention(InteractionSignals signals) {
        return new InteractionReceived(interactionId, platform, channelAccountId, InteractionKind.MENTION,
                platformObjectId, postId, parentId, threadId, author, text, permalink, platformTime, signals, attachments);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INTERACTIONS;
    }
}
