package io.parley.inbox.targets;

import io.parley.contracts.Platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a public response to a conversation is due. With the brand's standards catalogue (section 9): the
 * most specific target for channel × moment × priority, counted in the catalogue's hours (business hours
 * skip nights, weekends and holidays in the catalogue's time zone). Without it: the brand's plain target for
 * the channel, else the brand's default, else the inbox's fallback, counted around the clock.
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

    /**
     * The deadline of a response from {@code start}: by the catalogue's section 9 (the most specific
     * target, counted in its hours) when the brand has one at least as new as its plain targets — both come
     * from the same catalogue version sequence — else by the plain targets or the fallback, around the clock.
     * The warning falls at 75 % of the target, counted the same way.
     */
    public Deadline deadline(Instant start, Optional<CatalogueTargets> catalogue, Optional<BrandTargets> targets,
            Platform platform, String momentOfTruth, String priority) {
        if (catalogue.isPresent() && (targets.isEmpty() || catalogue.get().version() >= targets.get().version())) {
            CatalogueTargets c = catalogue.get();
            int minutes = c.minutesFor(platform.id(), momentOfTruth, priority);
            Duration target = Duration.ofMinutes(minutes);
            return new Deadline(start, c.hours().plus(start, target.multipliedBy(3).dividedBy(4)),
                    c.hours().plus(start, target), minutes);
        }
        Duration target = targetFor(targets, platform);
        return new Deadline(start, start.plus(target.multipliedBy(3).dividedBy(4)), start.plus(target),
                target.toMinutes());
    }
}
