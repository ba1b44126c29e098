package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An approval step waited longer than its remindAfter: its approvers are reminded.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An approval step waited longer than its remindAfter: its approvers are reminded. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant",
        "round: the approval round",
        "step: the waiting step's index",
        "stepName: its name",
        "approvers: who is reminded",
        "waitingSince: when the step became active"})
public record ApprovalReminder(
        UUID storyId,
        UUID variantId,
        int round,
        int step,
        String stepName,
        List<ApproverRef> approvers,
        Instant waitingSince) implements Payload {

    public static final String TYPE = "parley.approval.reminder.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
