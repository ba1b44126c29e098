package io.parley.contracts.interactions;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Something already heard changed on the platform: its author edited it, or the brand or the
 * platform hid, un-hid or deleted it. Consumers keep the history: an edit does not erase the words
 * the interaction had before.
 */
@EventDoc(
        summary = "An interaction already heard was edited, hidden, un-hidden or deleted on the platform. Emitted by ingest-service once per platform change (re-deliveries carry the same event id); consumed by inbox-service, which keeps every earlier text.",
        key = "`<brand>:<platform>:<threadId>` when the platform names the thread, otherwise `<brand>:<platform>:<platformObjectId>`",
        fields = {
        "interactionId: the id of the interaction that changed (the same as in its InteractionReceived)",
        "platform: the network",
        "channelAccountId: the brand's account on that network",
        "platformObjectId: the platform's id of the changed comment or message",
        "threadId: the thread it belongs to, when the platform says",
        "change: edited, hidden, unhidden or deleted",
        "text: the new text, for edits",
        "changedBy: the platform id of whoever made the change, when known",
        "platformTime: when the platform says the change happened"})
public record InteractionChanged(
        UUID interactionId,
        Platform platform,
        String channelAccountId,
        String platformObjectId,
        String threadId,
        Change change,
        String text,
        String changedBy,
        Instant platformTime) implements Payload {

    public static final String TYPE = "parley.interaction.changed.v1";

    public enum Change {
        EDITED, HIDDEN, UNHIDDEN, DELETED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INTERACTIONS;
    }
}
