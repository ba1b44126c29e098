package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import io.parley.contracts.Platform;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation moved from one status to another: by hand, because the customer wrote again, or because a reply
 * was delivered.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A conversation moved from one status to another (new, open, pending_customer, answered, resolved): by hand, because the customer wrote again, or because a reply was delivered. Emitted by inbox-service in the same transaction as the change; consumed by analytics-service (resolutions and reopenings).",
        key = "conversation id",
        fields = {
        "conversationId: the conversation",
        "platform: the network it is on",
        "from: the status before",
        "to: the status now",
        "changedBy: who changed it (a user name, or `system` when the customer wrote again)",
        "reason: `manual` (by hand), `customer` (the customer wrote again), `reply` (a reply was delivered) or `action` (an agent acted on a new conversation)",
        "changedAt: when"})
public record ConversationStatusChanged(
        UUID conversationId,
        Platform platform,
        String from,
        String to,
        String changedBy,
        String reason,
        Instant changedAt) implements Payload {

    public static final String TYPE = "parley.conversation.status-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
