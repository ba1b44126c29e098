package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.util.UUID;

/**
 * An approver overrode a blocking standards finding of a variant with a reason.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An approver overrode a blocking standards finding of a variant with a reason. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant",
        "code: the finding's rule id (e.g. en-free)",
        "by: the approver",
        "reason: why it may go out anyway"})
public record FindingOverridden(
        UUID storyId,
        UUID variantId,
        String code,
        String by,
        String reason) implements Payload {

    public static final String TYPE = "parley.finding.overridden.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
