package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An approval step waited longer than its escalateAfter: it is escalated to the step's escalateTo, who may now decide too.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An approval step waited longer than its escalateAfter: it is escalated to the step's escalateTo, who may now decide too. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant",
        "round: the approval round",
        "step: the waiting step's index",
        "stepName: its name",
        "escalateTo: who it is escalated to",
        "waitingSince: when the step became active"})
public record ApprovalEscalated(
        UUID storyId,
        UUID variantId,
        int round,
        int step,
        String stepName,
        List<ApproverRef> escalateTo,
        Instant waitingSince) implements Payload {

    public static final String TYPE = "parley.approval.escalated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
