package io.parley.ingest.channels;

import io.parley.contracts.Platform;

/**
 * A channel account was removed: fired inside the removal's transaction, so what is kept for the account elsewhere
 * (its stored OAuth tokens) goes with it, or stays if the removal rolls back.
 */
public record ChannelRemoved(Platform platform, String accountId, String brand) {
}
