package io.parley.standards.targets;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.standards.ResponseTargetsChanged;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A brand's response-time targets, versioned: every change adds a version (who, when) and publishes
 * the whole set on the compacted standards topic in the same transaction.
 */
@ApplicationScoped
public class ResponseTargetService {

    static final String SERVICE = "standards-service";

    private final Outbox outbox;
    private final Clock clock;
    private final ResponseTargetsConfig config;

    @Inject
    public ResponseTargetService(Outbox outbox, Clock clock, ResponseTargetsConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    /** The current targets; a brand that has none yet gets the configured default as version 0. */
    @Transactional
    public ResponseTargets.View current(String brand) {
        return ResponseTargetVersion.latest(brand).map(v -> ResponseTargets.view(v, v.channels()))
                .orElseGet(() -> ResponseTargets.defaults(brand, config.defaultMinutes()));
    }

    /**
     * Stores a new version. {@code expectedVersion}, from If-Match, must be the current version;
     * a stale one is 412 so that a concurrent edit is never overwritten unseen.
     */
    @Transactional
    public ResponseTargets.View replace(String brand, ResponseTargets.Update update, OptionalLong expectedVersion,
            String author) {
        ResponseTargetsValidator.validate(update);
        long current = ResponseTargetVersion.latest(brand).map(v -> v.version).orElse(0L);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "the targets of '" + brand + "' are at version "
                    + current + ", not " + expectedVersion.getAsLong() + "; read them again and reapply your change");
        }
        ResponseTargetVersion version = new ResponseTargetVersion();
        version.brand = brand;
        version.version = current + 1;
        version.defaultMinutes = update.defaultMinutes();
        version.changedBy = author;
        version.changedAt = clock.instant();
        List<ResponseTargetChannel> channels = new ArrayList<>();
        for (ResponseTargets.ChannelTarget target : update.targets()) {
            ResponseTargetChannel channel = new ResponseTargetChannel();
            channel.brand = brand;
            channel.version = version.version;
            channel.platform = Platform.fromId(target.platform()).id();
            channel.position = channels.size();
            channel.firstResponseMinutes = target.firstResponseMinutes();
            channels.add(channel);
        }
        try {
            version.persistAndFlush();
        } catch (PersistenceException e) {
            // Another change took this version number first; its transaction decides, this one rolls back.
            throw ProblemException.conflict("the targets of '" + brand + "' were changed at the same time; "
                    + "read them again and reapply your change");
        }
        channels.forEach(c -> c.persist());
        outbox.add(brand, Event.of(StableIds.of("response-targets", brand, Long.toString(version.version)), SERVICE,
                brand, brand, version.changedAt, version.changedAt, changed(version, channels)));
        return ResponseTargets.view(version, channels);
    }

    private static ResponseTargetsChanged changed(ResponseTargetVersion version, List<ResponseTargetChannel> channels) {
        return new ResponseTargetsChanged(version.version, version.defaultMinutes, channels.stream()
                .map(c -> new ResponseTargetsChanged.ChannelTarget(Platform.fromId(c.platform), c.firstResponseMinutes))
                .toList(), version.changedBy);
    }
}
