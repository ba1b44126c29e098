package io.parley.ingest.channels;

import io.parley.contracts.Platform;

/**
 * A channel account that needed reconnecting was changed (its credentials updated): fired inside the change's
 * transaction, so the actions waiting for it are released with it.
 */
public record ChannelReconnected(Platform platform, String accountId) {
}
