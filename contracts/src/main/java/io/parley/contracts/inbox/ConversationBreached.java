package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation passed its due time without an answer; escalated to the brand's managers.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A conversation passed its due time unanswered: the response-time target is breached and escalated to the managers it names. Emitted by inbox-service within 2 seconds of the due time, also after a restart.",
        key = "conversation id",
        fields = {
        "conversationId: the conversation",
        "platform: the network",
        "team: the team that owns it",
        "assignee: the person who owns it (null while the team does)",
        "startedAt: when the clock started (the customer message that is waiting)",
        "dueAt: when the response was due",
        "targetMinutes: the target, in (business) minutes",
        "breachedAt: when the breach was raised",
        "escalatedTo: the managers it is escalated to (user names): the managers of the owning team, else of the brand's default team"})
public record ConversationBreached(
        UUID conversationId,
        Platform platform,
        String team,
        String assignee,
        Instant startedAt,
        Instant dueAt,
        long targetMinutes,
        Instant breachedAt,
        List<String> escalatedTo) implements Payload {

    public static final String TYPE = "parley.conversation.breached.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
