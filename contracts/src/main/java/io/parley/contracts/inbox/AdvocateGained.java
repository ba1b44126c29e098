package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import io.parley.contracts.Platform;

import java.time.Instant;
import java.util.UUID;

/**
 * An author became one of the brand's advocates: their praise or positive interactions reached the threshold of
 * conversations.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An author became one of the brand's advocates: a praise or positive interaction in as many conversations as the threshold asks. Emitted by inbox-service once per author; consumed by analytics-service (meaningful contacts).",
        key = "`<platform>:<authorId>`",
        fields = {
        "platform: the network",
        "authorId: the author's platform id",
        "authorName: their name, when known",
        "conversationId: the conversation whose positive interaction made them an advocate",
        "positiveConversations: how many positive conversations they have now",
        "gainedAt: when (the interaction was observed)"})
public record AdvocateGained(
        Platform platform,
        String authorId,
        String authorName,
        UUID conversationId,
        long positiveConversations,
        Instant gainedAt) implements Payload {

    public static final String TYPE = "parley.advocate.gained.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
