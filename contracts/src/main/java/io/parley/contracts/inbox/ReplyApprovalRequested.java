package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A held agent's public reply waits for a second person's approval before it is sent.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A public reply by an agent the brand holds for approval (reply approvals: new starters) waits for a second person's approval instead of being sent; an approver should decide by `dueAt`. Emitted by inbox-service in the transaction that stores the reply; tells the notification centre whom to tell.",
        key = "conversation id",
        fields = {
        "replyId: the reply waiting (GET /api/v1/conversations/{conversationId}/replies/{replyId})",
        "conversationId: the conversation it answers",
        "author: the held agent who wrote it",
        "preview: the reply's first 140 characters, as written",
        "approvers: who may decide: the brand's named approvers, or when it names none everyone of the brand with the manager, admin or approver role (never the author or another held agent); empty when the people directory could not be read",
        "requestedAt: when the reply was written",
        "dueAt: when an approver should have decided (requestedAt + the brand's approval due time)"})
public record ReplyApprovalRequested(
        UUID replyId,
        UUID conversationId,
        String author,
        String preview,
        List<String> approvers,
        Instant requestedAt,
        Instant dueAt) implements Payload {

    public static final String TYPE = "parley.reply.approval-requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
