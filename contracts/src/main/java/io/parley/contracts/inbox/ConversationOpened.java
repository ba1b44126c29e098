package io.parley.contracts.inbox;

import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A new conversation entered the inbox and its response timer started.
 *
 * @param conversationId   the inbox's id of the conversation
 * @param platform         the network it is on
 * @param firstInteractionId the interaction that opened it
 * @param receivedAt       when Parley heard the first interaction
 * @param dueAt            when the first public response is due under the brand's target
 */
public record ConversationOpened(
        UUID conversationId,
        Platform platform,
        UUID firstInteractionId,
        Instant receivedAt,
        Instant dueAt) implements Payload {

    public static final String TYPE = "parley.conversation.opened.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
