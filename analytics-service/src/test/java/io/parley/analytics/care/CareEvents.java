package io.parley.analytics.care;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationAssigned;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.inbox.ConversationStatusChanged;
import io.parley.contracts.standards.StandardsCatalogueChanged;
import io.parley.testsupport.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The inbox's events about one conversation, published as inbox-service publishes them (keyed by conversation id,
 * so in order), for the care-figure scenarios.
 */
public final class CareEvents {

    public final String brand;
    public final UUID id = UUID.randomUUID();
    public final Platform channel;
    public final Instant receivedAt;
    /** Every event published about the conversation, in order, so that a test can deliver them all again. */
    final java.util.List<Event<?>> sent = new java.util.ArrayList<>();

    private CareEvents(String brand, Platform channel, Instant receivedAt) {
        this.brand = brand;
        this.channel = channel;
        this.receivedAt = receivedAt;
    }

    /** A conversation opens: owned by the team, first message in a language and moment, due after the target. */
    public static CareEvents opened(String brand, Platform channel, Instant receivedAt, String team, String moment,
            String language, Duration dueAfter, long targetMinutes) {
        CareEvents c = new CareEvents(brand, channel, receivedAt);
        c.send(receivedAt, new ConversationOpened(c.id, channel, UUID.randomUUID(), receivedAt,
                receivedAt.plus(dueAfter), team, language, moment, targetMinutes));
        return c;
    }

    public CareEvents assigned(String team, String assignee, Instant at) {
        send(at, new ConversationAssigned(id, team, assignee, null, null, "rule", "test", "assignment-rules", at));
        return this;
    }

    /** The first public response, by the agent, at the time; returns the event so a test can deliver it again. */
    public Event<ConversationAnswered> answered(String by, Instant at, Instant dueAt) {
        Event<ConversationAnswered> e = Event.of(UUID.randomUUID(), "inbox-service", brand, id.toString(), at, at,
                new ConversationAnswered(id, channel, receivedAt, at, Duration.between(receivedAt, at).toSeconds(),
                        dueAt, !at.isAfter(dueAt), by));
        TestEvents.send(id.toString(), e);
        sent.add(e);
        return e;
    }

    public CareEvents status(String from, String to, String by, String reason, Instant at) {
        send(at, new ConversationStatusChanged(id, channel, from, to, by, reason, at));
        return this;
    }

    public void send(Instant at, Payload payload) {
        Event<Payload> e = Event.of(UUID.randomUUID(), "inbox-service", brand, id.toString(), at, at, payload);
        TestEvents.send(id.toString(), e);
        sent.add(e);
    }

    /** Delivers every event published so far again, the same ids in the same order, as a consumer restart does. */
    void redeliver() {
        List.copyOf(sent).forEach(e -> TestEvents.send(id.toString(), e));
    }

    /**
     * Publishes section 9 of a brand's catalogue as standards-service does. The version is negative, so that it
     * never outranks a catalogue another module's consumer (which keeps the highest version) relies on; analytics
     * chooses by the time a version took effect.
     */
    public static Event<StandardsCatalogueChanged> catalogue(String brand, Instant effectiveFrom, String responseTargets) {
        long version = -1 - (long) (Math.random() * 1_000_000_000L);
        try {
            StandardsCatalogueChanged changed = new StandardsCatalogueChanged(version, effectiveFrom, "manager1",
                    "care figures test", EventJson.mapper().readTree("{\"responseTargets\":" + responseTargets + "}"));
            Event<StandardsCatalogueChanged> e = Event.of(UUID.randomUUID(), "standards-service", brand, brand,
                    effectiveFrom, effectiveFrom, changed);
            TestEvents.send(StandardsCatalogueChanged.key(brand), e);
            return e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
