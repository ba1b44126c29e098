package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.util.List;
import java.util.UUID;

/**
 * A step of a variant's approval became active: its approvers are asked to decide.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A step of a variant's approval became active: its approvers are asked to decide. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant",
        "round: the approval round",
        "step: the active step's index (0-based)",
        "stepName: the step's name",
        "approvers: who may decide: kind (user, role, external) and id",
        "required: how many of them must approve"})
public record ApprovalRequested(
        UUID storyId,
        UUID variantId,
        int round,
        int step,
        String stepName,
        List<ApproverRef> approvers,
        int required) implements Payload {

    public static final String TYPE = "parley.approval.requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
