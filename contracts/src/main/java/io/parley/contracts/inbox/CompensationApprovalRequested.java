package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.util.UUID;

/**
 * An agent wants to offer more than their limit: the brand's approvers must decide by {@code dueAt}.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An agent wants to offer compensation above their own limit; the brand's approvers (role `approver`) must decide by `dueAt`. Emitted by inbox-service.",
        key = "conversation id",
        fields = {
        "offerId: the offer waiting for a decision",
        "conversationId: the conversation it would settle",
        "kind: voucher, refund or gift",
        "amountMinor: the amount asked for, in minor units",
        "currency: ISO 4217 code",
        "requestedBy: the agent who asked",
        "limitMinor: the agent's own limit in that currency (minor units; 0 when they have none)",
        "dueAt: when an approver should have decided (the approval's response target)"})
public record CompensationApprovalRequested(
        UUID offerId,
        UUID conversationId,
        String kind,
        long amountMinor,
        String currency,
        String requestedBy,
        long limitMinor,
        java.time.Instant dueAt) implements Payload {

    public static final String TYPE = "parley.compensation.approval-requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
