package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * A variant was not approved by its scheduled time: it is expired and never publishes.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A variant was not approved by its scheduled time: it is expired and never publishes. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant",
        "scheduledFor: the time it was scheduled for",
        "previousStatus: draft, in_review or changes_requested"})
public record VariantExpired(
        UUID storyId,
        UUID variantId,
        Instant scheduledFor,
        String previousStatus) implements Payload {

    public static final String TYPE = "parley.variant.expired.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
