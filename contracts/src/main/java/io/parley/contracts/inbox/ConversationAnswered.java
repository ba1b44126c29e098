package io.parley.contracts.inbox;

import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation got its first public response, delivered to the platform.
 *
 * @param conversationId            the conversation
 * @param platform                  the network
 * @param receivedAt                when Parley heard the first interaction
 * @param answeredAt                when the first reply was delivered
 * @param timeToFirstResponseSeconds {@code answeredAt - receivedAt}, in whole seconds
 * @param dueAt                     the due time the response was measured against
 * @param withinTarget              true when {@code answeredAt <= dueAt}
 * @param answeredBy                the user who wrote the reply
 */
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
