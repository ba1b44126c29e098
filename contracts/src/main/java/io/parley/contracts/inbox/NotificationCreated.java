package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A person was given a notification in their notification centre, so that an open console tells them at once.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A person was given a notification in their notification centre (a breach escalated to them, an approval waiting for them, an @mention, a channel's health, an incident). Emitted by inbox-service (through the outbox, once per notification) for the console's live stream, which tells only that person; what it says is read from GET /api/v1/me/notifications.",
        key = "the recipient's user name",
        fields = {
        "notificationId: the notification",
        "recipient: the user name it is for",
        "kind: `conversation_breached`, `approval_waiting`, `mentioned`, `channel_health` or `incident_opened`",
        "link: the console path it leads to",
        "createdAt: when it was made"})
public record NotificationCreated(
        UUID notificationId,
        String recipient,
        String kind,
        String link,
        Instant createdAt) implements Payload {

    public static final String TYPE = "parley.notification.created.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
