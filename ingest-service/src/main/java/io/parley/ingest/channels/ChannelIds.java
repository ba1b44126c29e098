package io.parley.ingest.channels;

import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;

import java.util.UUID;

/** A channel account's id: the same for the same platform account wherever it was declared. */
public final class ChannelIds {

    private ChannelIds() {
    }

    public static UUID of(Platform platform, String accountId) {
        return StableIds.of("channel", platform.id(), accountId);
    }
}
