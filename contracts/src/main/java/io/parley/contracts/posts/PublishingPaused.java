package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A manager paused every scheduled post of the brand (issue 21 item 8): nothing scheduled goes out until the pause is
 * lifted ({@link PublishingResumed}). Field meanings are in {@link EventDoc#fields()} below.
 */
@EventDoc(
        summary = "A manager or admin paused all publishing of the brand, e.g. during a crisis: no scheduled post goes out until the pause is lifted; posts whose time comes meanwhile are held, neither lost nor sent. Emitted by calendar-service.",
        key = "brand",
        fields = {
        "pauseId: the pause",
        "reason: why, as the manager wrote it",
        "incidentId: the incident it was paused from, when it was (else null)",
        "pausedBy: who paused",
        "pausedAt: since when"})
public record PublishingPaused(
        UUID pauseId,
        String reason,
        UUID incidentId,
        String pausedBy,
        Instant pausedAt) implements Payload {

    public static final String TYPE = "parley.publishing.paused.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
