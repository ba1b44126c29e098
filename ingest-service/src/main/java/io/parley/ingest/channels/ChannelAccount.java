package io.parley.ingest.channels;

import io.parley.contracts.Platform;

/** A brand's account on a platform, as the gateway needs it: whose it is and whether it is live. */
public record ChannelAccount(Platform platform, String accountId, String brand, ChannelMode mode) {
}
