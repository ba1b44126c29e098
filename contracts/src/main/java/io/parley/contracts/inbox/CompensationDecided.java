package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.util.UUID;

/**
 * An approver approved or rejected a compensation above an agent's limit.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An approver approved or rejected compensation above an agent's limit (an approval is followed by `parley.compensation.offered.v1`). Emitted by inbox-service, with the decision recorded in the conversation's audit trail; the console tells the agent who asked, live (its inbox stream).",
        key = "conversation id",
        fields = {
        "offerId: the offer decided",
        "conversationId: the conversation it settles",
        "decision: approved or rejected",
        "amountMinor: the amount, in minor units",
        "currency: ISO 4217 code",
        "requestedBy: the agent who asked",
        "decidedBy: the approver",
        "comment: the approver's reason, if given",
        "withinTarget: true when the decision came by the approval's due time"})
public record CompensationDecided(
        UUID offerId,
        UUID conversationId,
        String decision,
        long amountMinor,
        String currency,
        String requestedBy,
        String decidedBy,
        String comment,
        boolean withinTarget) implements Payload {

    public static final String TYPE = "parley.compensation.decided.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
