package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * An incident was closed, with its resolution.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An incident was closed, with its resolution. Emitted by inbox-service; consumed by analytics-service (incidents marked on the timeline).",
        key = "incident id",
        fields = {
        "incidentId: the incident",
        "closedBy: who closed it",
        "closedAt: when",
        "resolution: what was done, as written"})
public record IncidentClosed(
        UUID incidentId,
        String closedBy,
        Instant closedAt,
        String resolution) implements Payload {

    public static final String TYPE = "parley.incident.closed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
