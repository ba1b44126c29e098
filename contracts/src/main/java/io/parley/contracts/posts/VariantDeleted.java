package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A published variant's post was deleted from the network, by an approver, manager or admin with a recorded reason.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A published variant's post was removed from its network (an approver, manager or admin asked, with a reason). Nothing is reposted. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant",
        "platform: the network",
        "platformPostId: the removed post's id on the network",
        "by: who asked for the deletion",
        "reason: why",
        "deletedAt: when the network confirmed it"})
public record VariantDeleted(
        UUID storyId,
        UUID variantId,
        Platform platform,
        String platformPostId,
        String by,
        String reason,
        Instant deletedAt) implements Payload {

    public static final String TYPE = "parley.variant.deleted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
