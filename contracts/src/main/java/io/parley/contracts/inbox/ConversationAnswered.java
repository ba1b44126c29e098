package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation got its first public response, delivered to the platform.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A conversation got its first public response, delivered to the platform; carries the time to first response. Emitted by inbox-service; consumed by analytics-service.",
        key = "conversation id",
        fields = {
        "conversationId: the conversation",
        "platform: the network",
        "receivedAt: when Parley heard the first interaction",
        "answeredAt: when the first reply was delivered",
        "timeToFirstResponseSeconds: `answeredAt - receivedAt`, in whole seconds",
        "dueAt: the due time the response was measured against",
        "withinTarget: true when `answeredAt <= dueAt`",
        "answeredBy: the user who wrote the reply"})
public record ConversationAnswered(
        UUID conversationId,
        Platform platform,
        Instant receivedAt,
        Instant answeredAt,
        long timeToFirstResponseSeconds,
        Instant dueAt,
        boolean withinTarget,
        String answeredBy) implements Payload {

    public static final String TYPE = "parley.conversation.answered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
