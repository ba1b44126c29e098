package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import java.util.UUID;

/**
 * A variant was submitted for approval after the standards checks passed (or their blocking findings were overridden).
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A variant was submitted for approval after the standards checks passed (or their blocking findings were overridden). Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant submitted",
        "platform: its channel",
        "version: the variant's version submitted",
        "round: the approval round this submission starts (1, 2, ...)",
        "by: who submitted it",
        "steps: how many approval steps the catalogue's rule asks for (0: approved at once)",
        "rule: the index of the catalogue's section-1 rule that applies, or null"})
public record VariantSubmitted(
        UUID storyId,
        UUID variantId,
        Platform platform,
        int version,
        int round,
        String by,
        int steps,
        Integer rule) implements Payload {

    public static final String TYPE = "parley.variant.submitted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
