package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint was settled and recorded in the complaint library with how it was settled.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A complaint was settled and recorded in the brand's complaint library (category, how it was settled, any compensation). Emitted by inbox-service once per conversation; consumed by analytics-service (meaningful contacts).",
        key = "conversation id",
        fields = {
        "caseId: the complaint library's case",
        "conversationId: the conversation the complaint came in",
        "category: the category it was filed under",
        "compensationOfferId: the compensation offered with it, or null",
        "settledBy: the user who recorded the settlement",
        "settledAt: when it was settled"})
public record ComplaintSettled(
        UUID caseId,
        UUID conversationId,
        String category,
        UUID compensationOfferId,
        String settledBy,
        Instant settledAt) implements Payload {

    public static final String TYPE = "parley.complaint.settled.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
