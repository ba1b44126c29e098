package io.parley.contracts.interactions;

import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A person said something to or about the brand on a channel. Emitted by ingest-service once per
 * platform object and version: a platform's re-delivery of the same webhook yields the same
 * {@code interactionId} and the same event id, so consumers merge duplicates.
 *
 * @param interactionId    stable id derived from the platform, the channel account and the platform object id
 * @param platform         the network it was heard on
 * @param channelAccountId the brand's account on that network (page id, bot id, ...)
 * @param kind             comment, reply, mention, direct message, ...
 * @param platformObjectId the platform's id of the comment or message itself
 * @param postId           the platform id of the post the comment is under, if any
 * @param parentId         the platform id of what it answers (the post, or a comment)
 * @param threadId         the platform id that groups it with the rest of its conversation
 * @param author           who wrote it
 * @param text             exactly what they wrote, unaltered
 * @param permalink        a link to it on the platform, when one can be made
 * @param platformTime     when the platform says it was written
 */
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
        Instant platformTime) implements Payload {

    public static final String TYPE = "parley.interaction.received.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INTERACTIONS;
    }
}
