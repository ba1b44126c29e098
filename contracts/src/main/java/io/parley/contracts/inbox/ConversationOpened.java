package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A new conversation entered the inbox and its response timer started.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A new conversation entered the inbox and its first-response timer started. Emitted by inbox-service; consumed by analytics-service.",
        key = "conversation id",
        fields = {
        "conversationId: the inbox's id of the conversation",
        "platform: the network it is on",
        "firstInteractionId: the interaction that opened it",
        "receivedAt: when Parley heard the first interaction",
        "dueAt: when the first public response is due under the brand's target",
        "team: the team that owns it as it opens (null when no team does; added in v1, absent from older records)",
        "language: the language enrichment read in the first message (ISO 639-1), or null",
        "moment: the moment of truth of the first message (complaint, question, suggestion, praise), or null",
        "targetMinutes: the first-response target in force as it opened, in (business) minutes; null in older records"})
public record ConversationOpened(
        UUID conversationId,
        Platform platform,
        UUID firstInteractionId,
        Instant receivedAt,
        Instant dueAt,
        String team,
        String language,
        String moment,
        Long targetMinutes) implements Payload {

    /** The fields of the first records of v1 (what analytics reads as unknown when they are absent). */
    public ConversationOpened(UUID conversationId, Platform platform, UUID firstInteractionId, Instant receivedAt,
            Instant dueAt) {
        this(conversationId, platform, firstInteractionId, receivedAt, dueAt, null, null, null, null);
    }

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
