package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * Every step of a variant's approval is done (approved or skipped), or no step was required.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "Every step of a variant's approval is done (approved or skipped), or no step was required. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant",
        "round: the approval round",
        "version: the version approved",
        "status: approved, or scheduled when it has a scheduled time",
        "scheduledFor: when it is to go out, or null"})
public record VariantApproved(
        UUID storyId,
        UUID variantId,
        int round,
        int version,
        String status,
        Instant scheduledFor) implements Payload {

    public static final String TYPE = "parley.variant.approved.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
