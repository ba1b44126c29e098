package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A pause of all publishing ({@link PublishingPaused}) was lifted, with what became of the posts held meanwhile.
 * Field meanings are in {@link EventDoc#fields()} below.
 */
@EventDoc(
        summary = "A manager or admin lifted the brand's publishing pause. The posts whose time came while it was in force either go out now (held: send) or go back to approved without a time, for an editor to reschedule (held: reschedule). Emitted by calendar-service.",
        key = "brand",
        fields = {
        "pauseId: the pause that ends",
        "liftedBy: who lifted it",
        "reason: why, as they wrote it",
        "held: send or reschedule: what became of the held posts",
        "heldPosts: how many posts were held",
        "pausedAt: when the pause began",
        "liftedAt: when it ended"})
public record PublishingResumed(
        UUID pauseId,
        String liftedBy,
        String reason,
        String held,
        int heldPosts,
        Instant pausedAt,
        Instant liftedAt) implements Payload {

    public static final String TYPE = "parley.publishing.resumed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
