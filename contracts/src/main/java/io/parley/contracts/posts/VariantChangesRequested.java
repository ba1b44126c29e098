package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.util.UUID;

/**
 * An approver asked for changes: the variant goes back to its editors.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An approver asked for changes: the variant goes back to its editors. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant",
        "round: the approval round",
        "step: the step the decision was on",
        "by: the approver (user, or external reviewer's name)",
        "byExternal: true for an external reviewer",
        "comment: what to change"})
public record VariantChangesRequested(
        UUID storyId,
        UUID variantId,
        int round,
        int step,
        String by,
        boolean byExternal,
        String comment) implements Payload {

    public static final String TYPE = "parley.variant.changes-requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
