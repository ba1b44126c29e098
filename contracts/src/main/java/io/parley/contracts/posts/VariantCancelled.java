package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.util.UUID;

/**
 * A variant was cancelled; it never publishes.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A variant was cancelled; it never publishes. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant",
        "by: who cancelled it",
        "reason: why"})
public record VariantCancelled(
        UUID storyId,
        UUID variantId,
        String by,
        String reason) implements Payload {

    public static final String TYPE = "parley.variant.cancelled.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
