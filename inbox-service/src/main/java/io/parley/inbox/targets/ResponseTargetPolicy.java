package io.parley.inbox.targets;

import io.parley.contracts.Platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the first public response to a conversation is due: the brand's target for the channel, else
 * the brand's default, else the inbox's fallback. Counted around the clock from when Parley heard
 * the interaction (business hours and holidays come with the standards catalogue's calendars).
 */
public final class ResponseTargetPolicy {

    private final Duration fallback;

    public ResponseTargetPolicy(Duration fallback) {
        this.fallback = fallback;
    }

    public Duration targetFor(Optional<BrandTargets> targets, Platform platform) {
        return targets.map(t -> Duration.ofMinutes(t.perPlatform().getOrDefault(platform, t.defaultMinutes())))
                .orElse(fallback);
    }

    public Instant dueAt(Instant receivedAt, Optional<BrandTargets> targets, Platform platform) {
        return receivedAt.plus(targetFor(targets, platform));
    }
}
