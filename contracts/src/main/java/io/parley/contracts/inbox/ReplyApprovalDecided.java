package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * An approver approved (perhaps edited) or rejected a held agent's reply.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An approver decided on a held agent's reply: approved (sent as a normal reply in the author's name, `parley.outbound.action-requested.v1` follows in the same transaction), approved with an edit, or rejected with a comment (back to the author, text kept). Emitted by inbox-service, recorded in the conversation's audit trail.",
        key = "conversation id",
        fields = {
        "replyId: the reply decided",
        "conversationId: the conversation it answers",
        "author: the held agent who wrote it (the reply stays theirs)",
        "decision: approved or rejected",
        "edited: true when the approver changed the text before approving",
        "decidedBy: the approver",
        "comment: the approver's comment (always given for a rejection)",
        "decidedAt: when the decision was made",
        "withinTarget: true when the decision came by the approval's due time"})
public record ReplyApprovalDecided(
        UUID replyId,
        UUID conversationId,
        String author,
        String decision,
        boolean edited,
        String decidedBy,
        String comment,
        Instant decidedAt,
        boolean withinTarget) implements Payload {

    public static final String TYPE = "parley.reply.approval-decided.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
