package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import io.parley.contracts.Platform;

import java.time.Instant;
import java.util.UUID;

/**
 * An advocate was asked for a recommendation: by direct message through the gateway, or as a task for a person.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An advocate was asked for a recommendation: by direct message through the gateway, or as a task for a person. Emitted by inbox-service; consumed by analytics-service (meaningful contacts).",
        key = "`<platform>:<authorId>`",
        fields = {
        "requestId: the request",
        "platform: the network",
        "authorId: the advocate's platform id",
        "channel: `direct_message` or `task`",
        "conversationId: their latest conversation, or null",
        "requestedBy: who asked",
        "requestedAt: when"})
public record RecommendationRequested(
        UUID requestId,
        Platform platform,
        String authorId,
        String channel,
        UUID conversationId,
        String requestedBy,
        Instant requestedAt) implements Payload {

    public static final String TYPE = "parley.advocate.recommendation-requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
