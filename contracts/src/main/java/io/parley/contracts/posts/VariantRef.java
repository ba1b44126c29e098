package io.parley.contracts.posts;

import io.parley.contracts.Platform;

import java.time.Instant;
import java.util.UUID;

/** A variant of a story as an event names it: its id, channel account, channel, and scheduled time (or null). */
public record VariantRef(UUID variantId, String channelAccount, Platform platform, Instant scheduledFor) {
}
