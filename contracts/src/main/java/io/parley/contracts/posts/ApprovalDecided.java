package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.util.UUID;

/**
 * An approver decided on the active step of a variant (every decision, also one that does not yet complete its step).
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An approver decided on the active step of a variant (every decision, also one that does not yet complete its step). Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant",
        "round: the approval round",
        "step: the step's index",
        "by: the user, or the external reviewer's name",
        "byExternal: true for an external reviewer acting through a review link",
        "reviewerId: the review link's id for an external reviewer, else null",
        "decision: approve or request_changes",
        "comment: the decision's comment"})
public record ApprovalDecided(
        UUID storyId,
        UUID variantId,
        int round,
        int step,
        String by,
        boolean byExternal,
        UUID reviewerId,
        String decision,
        String comment) implements Payload {

    public static final String TYPE = "parley.approval.decided.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
