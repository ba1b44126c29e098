package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.util.UUID;

/**
 * A manager (or a role the step allows) skipped an approval step with a recorded reason.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A manager (or a role the step allows) skipped an approval step with a recorded reason. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant",
        "round: the approval round",
        "step: the skipped step's index",
        "stepName: its name",
        "by: who skipped it",
        "reason: why"})
public record ApprovalStepSkipped(
        UUID storyId,
        UUID variantId,
        int round,
        int step,
        String stepName,
        String by,
        String reason) implements Payload {

    public static final String TYPE = "parley.approval.step-skipped.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
