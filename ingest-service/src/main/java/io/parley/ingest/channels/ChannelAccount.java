package io.parley.ingest.channels;

import io.parley.contracts.Platform;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A brand's account on a platform, as the gateway needs it: whose it is, whether it is live, its
 * non-secret settings (a feed's address, a polling interval) and references to its secrets.
 */
public record ChannelAccount(UUID id, Platform platform, String accountId, String brand, String name,
        ChannelMode mode, Map<String, String> settings, Map<String, SecretReference> secrets) {

    public ChannelAccount {
        settings = Map.copyOf(settings);
        secrets = Map.copyOf(secrets);
    }

    /** An account known only by platform, id, brand and mode (tests and callers that need no more). */
    public ChannelAccount(Platform platform, String accountId, String brand, ChannelMode mode) {
        this(ChannelIds.of(platform, accountId), platform, accountId, brand, platform.id() + " " + accountId, mode,
                Map.of(), Map.of());
    }

    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }
}
