package io.parley.standards.targets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.standards.ResponseTargetsChanged;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A brand's response-time targets, versioned: every change adds a version (who, when) and publishes
 * the whole set on the compacted standards topic in the same transaction.
 */
@ApplicationScoped
public class ResponseTargetService {

    private static final TypeReference<LinkedHashMap<String, Integer>> MINUTES = new TypeReference<>() {
    };

    private final Outbox outbox;
    private final Clock clock;
    private final StandardsConfig config;

    @Inject
    public ResponseTargetService(Outbox outbox, Clock clock, StandardsConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    /** The current targets; a brand that has none yet gets the defaults as version 0. */
    @Transactional
    public ResponseTargets.View current(String brand) {
        return latest(brand).map(ResponseTargetService::view)
                .orElseGet(() -> new ResponseTargets.View(brand, 0, config.defaultFirstResponseMinutes(), List.of(),
                        null, null));
    }

    /**
     * Stores a new version. {@code expectedVersion}, from If-Match, must be the current version;
     * a stale one is 412 so that a concurrent edit is never overwritten unseen.
     */
    @Transactional
    public ResponseTargets.View replace(String brand, ResponseTargets.Update update, OptionalLong expectedVersion,
            String author) {
        ResponseTargetsValidator.validate(update);
        long current = latest(brand).map(v -> v.version).orElse(0L);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "the targets of '" + brand + "' are at version "
                    + current + ", not " + expectedVersion.getAsLong() + "; read them again and reapply your change");
        }
        Map<String, Integer> minutes = new LinkedHashMap<>();
        update.targets().forEach(t -> minutes.put(Platform.fromId(t.platform()).id(), t.firstResponseMinutes()));
        ResponseTargetVersion v = new ResponseTargetVersion();
        v.brand = brand;
        v.version = current + 1;
        v.defaultMinutes = update.defaultMinutes();
        v.platformMinutes = json(minutes);
        v.changedBy = author;
        v.changedAt = clock.instant();
        try {
            v.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Another change took this version number first.
            throw ProblemException.conflict("the targets of '" + brand + "' were changed at the same time; "
                    + "read them again and reapply your change");
        }
        Instant now = v.changedAt;
        outbox.add(brand, Event.of(StableIds.of("response-targets", brand, Long.toString(v.version)),
                "standards-service", brand, brand, now, now, new ResponseTargetsChanged(v.version, v.defaultMinutes,
                        minutes.entrySet().stream().map(e -> new ResponseTargetsChanged.ChannelTarget(
                                Platform.fromId(e.getKey()), e.getValue())).toList(), author)));
        return view(v);
    }

    private static Optional<ResponseTargetVersion> latest(String brand) {
        return ResponseTargetVersion.find("brand", Sort.descending("version"), brand).firstResultOptional();
    }

    private static ResponseTargets.View view(ResponseTargetVersion v) {
        Map<String, Integer> minutes;
        try {
            minutes = EventJson.mapper().readValue(v.platformMinutes, MINUTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored targets of " + v.brand + " are unreadable", e);
        }
        return new ResponseTargets.View(v.brand, v.version, v.defaultMinutes, minutes.entrySet().stream()
                .map(e -> new ResponseTargets.ChannelTarget(e.getKey(), e.getValue())).toList(), v.changedAt,
                v.changedBy);
    }

    private static String json(Map<String, Integer> minutes) {
        try {
            return EventJson.mapper().writeValueAsString(minutes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
