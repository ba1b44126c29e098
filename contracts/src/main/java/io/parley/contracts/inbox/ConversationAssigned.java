package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation got an owner: by the brand's assignment rules when it opened, by the fallback to the
 * brand's default team (a rule gap), or by hand.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A conversation got an owner (a team, and a person when one is on duty and available): by the assignment rules when it opened, by the fallback to the brand's default team, by hand, or back to its team when its owner was away longer than the team's away limit. Emitted by inbox-service.",
        key = "conversation id",
        fields = {
        "conversationId: the conversation",
        "team: the team that owns it now",
        "assignee: the person who owns it now (user name); null while the whole team owns it",
        "previousTeam: the team before (null when the conversation just opened)",
        "previousAssignee: the person before (null when there was none)",
        "reason: `rule` (an assignment rule matched), `fallback` (a rule gap: the brand's default team), `manual`, or `away-limit` (its owner was away or offline longer than the team's away limit: back to the team, assignee null)",
        "rule: the name of the rule that matched, for `rule`",
        "assignedBy: who assigned it (`assignment-rules` for automatic assignment, `away-limit` for a return to the team)",
        "assignedAt: when"})
public record ConversationAssigned(
        UUID conversationId,
        String team,
        String assignee,
        String previousTeam,
        String previousAssignee,
        String reason,
        String rule,
        String assignedBy,
        Instant assignedAt) implements Payload {

    public static final String TYPE = "parley.conversation.assigned.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
