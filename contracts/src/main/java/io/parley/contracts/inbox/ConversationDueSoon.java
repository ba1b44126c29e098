package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation has used 75 % of its response-time target without an answer.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A conversation has used 75 % of its response-time target (in business hours where the target says so) and is still unanswered. Emitted by inbox-service within 2 seconds of the moment, also after a restart.",
        key = "conversation id",
        fields = {
        "conversationId: the conversation",
        "platform: the network",
        "team: the team that owns it",
        "assignee: the person who owns it (null while the team does)",
        "startedAt: when the clock started (the customer message that is waiting)",
        "warnAt: the 75 % moment",
        "dueAt: when the response is due",
        "targetMinutes: the target, in (business) minutes",
        "warnedAt: when the warning was raised"})
public record ConversationDueSoon(
        UUID conversationId,
        Platform platform,
        String team,
        String assignee,
        Instant startedAt,
        Instant warnAt,
        Instant dueAt,
        long targetMinutes,
        Instant warnedAt) implements Payload {

    public static final String TYPE = "parley.conversation.due-soon.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
