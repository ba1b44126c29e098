package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * An incident (a crisis) was opened: from a spike alert or by a manager.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An incident (a crisis) was opened, from a spike alert or by a manager. Emitted by inbox-service; consumed by analytics-service (incidents marked on the timeline).",
        key = "incident id",
        fields = {
        "incidentId: the incident",
        "title: its title",
        "source: `spike` or `manual`",
        "signal: the signal that spiked (complaint, negative), or null",
        "openedBy: who opened it (`spike-detection` for a spike)",
        "openedAt: when"})
public record IncidentOpened(
        UUID incidentId,
        String title,
        String source,
        String signal,
        String openedBy,
        Instant openedAt) implements Payload {

    public static final String TYPE = "parley.incident.opened.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
