package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.util.UUID;

/**
 * Compensation was offered to a customer: within the agent's own limit, or after an approver said yes.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "Compensation (voucher, refund, gift) was offered to a customer on a conversation: within the offering agent's own limit, or once an approver approved it. Emitted by inbox-service.",
        key = "conversation id",
        fields = {
        "offerId: the offer in the brand's compensation ledger",
        "conversationId: the conversation it settles",
        "kind: voucher, refund or gift",
        "amountMinor: the amount in the currency's minor units (cents, grosze); an integer",
        "currency: ISO 4217 code",
        "offeredBy: the agent who offered it",
        "approvedBy: the approver who approved it; null when it was within the agent's limit"})
public record CompensationOffered(
        UUID offerId,
        UUID conversationId,
        String kind,
        long amountMinor,
        String currency,
        String offeredBy,
        String approvedBy) implements Payload {

    public static final String TYPE = "parley.compensation.offered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
