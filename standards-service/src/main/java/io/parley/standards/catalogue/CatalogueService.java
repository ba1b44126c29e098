package io.parley.standards.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.standards.ResponseTargetsChanged;
import io.parley.contracts.standards.StandardsCatalogueChanged;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.standards.targets.ResponseTargetsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A brand's standards catalogue, versioned. Every change adds a version (author, time, comment,
 * effective-from); the current version is the highest whose effective-from has come. When a version
 * becomes current it is published once on the compacted standards topic through the outbox, as the
 * whole catalogue ({@link StandardsCatalogueChanged}, key {@code <brand>/catalogue}) and as the
 * response-time targets the inbox reads ({@link ResponseTargetsChanged}, key {@code <brand>}).
 */
@ApplicationScoped
public class CatalogueService {

    static final String SERVICE = "standards-service";

    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager em;
    private final CatalogueConfig config;
    private final ResponseTargetsConfig targetsConfig;
    /** Parsed documents by brand and version: versions never change, so this is never stale. */
    private final Map<String, Catalogue> parsed = new ConcurrentHashMap<>();

    @Inject
    public CatalogueService(Outbox outbox, Clock clock, EntityManager em, CatalogueConfig config,
            ResponseTargetsConfig targetsConfig) {
        this.outbox = outbox;
        this.clock = clock;
        this.em = em;
        this.config = config;
        this.targetsConfig = targetsConfig;
    }

    /** The catalogue in force and its version (0 and the empty catalogue before the first version). */
    public record Current(String brand, long version, Catalogue catalogue, Instant createdAt, String author) {
    }

    @Transactional
    public Current inForce(String brand) {
        return CatalogueVersion.current(brand, clock.instant())
                .map(v -> new Current(brand, v.version, parsed(v), v.createdAt, v.author))
                .orElseGet(() -> new Current(brand, 0, empty(), null, null));
    }

    @Transactional
    public CatalogueApi.View current(String brand) {
        Instant now = clock.instant();
        long head = CatalogueVersion.head(brand);
        return CatalogueVersion.current(brand, now).map(v -> CatalogueApi.view(v, v.version, head, now))
                .orElseGet(() -> new CatalogueApi.View(brand, 0, "current", head, null, null, null, null, null, empty()));
    }

    @Transactional
    public CatalogueApi.View version(String brand, long number) {
        Instant now = clock.instant();
        CatalogueVersion v = existing(brand, number, "version");
        return CatalogueApi.view(v, currentNumber(brand, now), CatalogueVersion.head(brand), now);
    }

    @Transactional
    public CatalogueApi.History history(String brand) {
        Instant now = clock.instant();
        long current = currentNumber(brand, now);
        return new CatalogueApi.History(brand, current, CatalogueVersion.history(brand).stream()
                .map(v -> CatalogueApi.summary(v, current, now)).toList());
    }

    @Transactional
    public CatalogueApi.Diff diff(String brand, Long from, Long to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (from == null || from < 0) {
            errors.add(new Problem.FieldError("from", from == null ? "is required" : "must be 0 or more"));
        }
        if (to == null || to < 0) {
            errors.add(new Problem.FieldError("to", to == null ? "is required" : "must be 0 or more"));
        }
        if (!errors.isEmpty()) {
            throw invalid(ProblemType.INVALID_INPUT, errors);
        }
        return new CatalogueApi.Diff(brand, from, to, CatalogueDiff.between(document(brand, from, "from"),
                document(brand, to, "to")));
    }

    /**
     * Stores a new version from the body {@code {comment, effectiveFrom?, catalogue}}; 422 names every bad
     * field by its path, 412 for a stale If-Match, 409 for a lost race.
     */
    @Transactional
    public CatalogueApi.View update(String brand, JsonNode body, OptionalLong expected, String author) {
        if (body == null || !body.isObject()) {
            throw invalid(ProblemType.UNPROCESSABLE, List.of(new Problem.FieldError("body",
                    "must be an object {comment, effectiveFrom, catalogue}")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!List.of("comment", "effectiveFrom", "catalogue").contains(name)) {
                errors.add(new Problem.FieldError(name, "is not a known field"));
            }
        });
        JsonNode commentNode = body.get("comment");
        String comment = commentNode != null && commentNode.isTextual() ? commentNode.asText() : null;
        if (commentNode != null && !commentNode.isNull() && !commentNode.isTextual()) {
            errors.add(new Problem.FieldError("comment", "must be a string"));
        } else {
            comment(comment, errors);
        }
        Instant effectiveFrom = clock.instant();
        JsonNode from = body.get("effectiveFrom");
        if (from != null && !from.isNull()) {
            try {
                effectiveFrom = effectiveFrom(Instant.parse(from.asText()), errors);
            } catch (java.time.format.DateTimeParseException e) {
                errors.add(new Problem.FieldError("effectiveFrom", "must be an instant like 2026-12-01T00:00:00Z, was '"
                        + from.asText() + "'"));
            }
        }
        JsonNode document = body.get("catalogue");
        CatalogueJson.Read read = CatalogueJson.read(document, "");
        if (document == null || document.isNull()) {
            errors.add(new Problem.FieldError("catalogue", "is required"));
        } else {
            CatalogueValidator.validate(read).forEach(e -> errors.add(new Problem.FieldError(
                    e.field().equals("body") ? "catalogue" : "catalogue." + e.field(), e.message())));
        }
        if (!errors.isEmpty()) {
            throw invalid(ProblemType.UNPROCESSABLE, errors);
        }
        return store(brand, read.catalogue(), comment.strip(), effectiveFrom, null, expected, author);
    }

    @Transactional
    public CatalogueApi.View rollback(String brand, CatalogueApi.Rollback rollback, OptionalLong expected, String author) {
        if (rollback == null) {
            throw invalid(ProblemType.UNPROCESSABLE, List.of(new Problem.FieldError("body", "is required")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (rollback.toVersion() == null || rollback.toVersion() < 1) {
            errors.add(new Problem.FieldError("toVersion", rollback.toVersion() == null ? "is required"
                    : "must be a version number, 1 or more"));
        }
        comment(rollback.comment(), errors);
        Instant effectiveFrom = effectiveFrom(rollback.effectiveFrom(), errors);
        if (!errors.isEmpty()) {
            throw invalid(ProblemType.UNPROCESSABLE, errors);
        }
        CatalogueVersion target = existing(brand, rollback.toVersion(), "version");
        return store(brand, parsed(target), "Roll-back to version " + target.version + ": " + rollback.comment().strip(),
                effectiveFrom, target.version, expected, author);
    }

    /** Section 9 replaced, everything else as in force now; for the response-targets view. */
    @Transactional
    public CatalogueApi.View replaceResponseTargets(String brand, Catalogue.ResponseTargets targets,
            OptionalLong expected, String author, String comment) {
        Catalogue catalogue = inForce(brand).catalogue().withResponseTargets(targets);
        List<Problem.FieldError> errors = CatalogueValidator.validate(catalogue);
        if (!errors.isEmpty()) {
            throw invalid(ProblemType.INVALID_INPUT, errors);
        }
        return store(brand, catalogue, comment, clock.instant(), null, expected, author);
    }

    /**
     * Publishes every version whose effective-from has come and that is the current one of its brand;
     * versions overtaken by a higher current one are marked superseded and never published. Locks the
     * rows it handles and skips rows another instance holds, so each version is published once.
     */
    @Transactional
    public int publishDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                SELECT brand, version FROM catalogue_version
                WHERE published_at IS NULL AND NOT superseded AND effective_from <= ?1
                ORDER BY brand, version FOR UPDATE SKIP LOCKED""").setParameter(1, now).getResultList();
        Map<String, List<Long>> byBrand = due.stream().collect(Collectors.groupingBy(r -> (String) r[0],
                LinkedHashMap::new, Collectors.mapping(r -> ((Number) r[1]).longValue(), Collectors.toList())));
        int published = 0;
        for (Map.Entry<String, List<Long>> brand : byBrand.entrySet()) {
            long current = currentNumber(brand.getKey(), now);
            for (long number : brand.getValue()) {
                CatalogueVersion v = CatalogueVersion.find(brand.getKey(), number).orElseThrow();
                if (number == current) {
                    publish(v, now);
                    published++;
                } else {
                    v.superseded = true;
                }
            }
        }
        return published;
    }

    private CatalogueApi.View store(String brand, Catalogue catalogue, String comment, Instant effectiveFrom,
            Long rolledBackFrom, OptionalLong expected, String author) {
        Instant now = clock.instant();
        long head = CatalogueVersion.head(brand);
        if (expected.isPresent() && expected.getAsLong() != head) {
            throw io.parley.platform.rest.EntityTags.stale(expected.getAsLong(), head);
        }
        CatalogueVersion v = new CatalogueVersion();
        v.brand = brand;
        v.version = head + 1;
        v.catalogue = CatalogueJson.write(catalogue);
        v.author = author;
        v.createdAt = now;
        v.comment = comment;
        v.effectiveFrom = effectiveFrom.isAfter(now) ? effectiveFrom : now;
        v.rolledBackFrom = rolledBackFrom;
        try {
            v.persistAndFlush();
        } catch (PersistenceException e) {
            // Another change took this version number first; its transaction decides, this one rolls back.
            throw ProblemException.conflict("the standards of '" + brand + "' were changed at the same time; "
                    + "read them again and reapply your change");
        }
        if (!v.effectiveFrom.isAfter(now)) {
            // The highest version and in effect: current now. Lower ones still waiting will never be.
            CatalogueVersion.update("superseded = true where brand = ?1 and version < ?2 and publishedAt is null",
                    brand, v.version);
            publish(v, now);
        }
        return CatalogueApi.view(v, v.effectiveFrom.isAfter(now) ? currentNumber(brand, now) : v.version,
                v.version, now);
    }

    private void publish(CatalogueVersion v, Instant now) {
        Catalogue catalogue = parsed(v);
        JsonNode document = CatalogueJson.tree(catalogue);
        outbox.add(StandardsCatalogueChanged.key(v.brand), Event.of(StableIds.of("standards-catalogue", v.brand,
                Long.toString(v.version)), SERVICE, v.brand, v.brand, v.effectiveFrom, now,
                new StandardsCatalogueChanged(v.version, v.effectiveFrom, v.author, v.comment, document)));
        outbox.add(v.brand, Event.of(StableIds.of("response-targets", v.brand, Long.toString(v.version)), SERVICE,
                v.brand, v.brand, v.effectiveFrom, now, responseTargetsChanged(v.version, catalogue, v.author)));
        v.publishedAt = now;
    }

    /**
     * Section 9 as the inbox reads it: the default, and per channel the first-response target of normal
     * priority (the one a new conversation is dated by), in the order the catalogue lists them.
     */
    public static ResponseTargetsChanged responseTargetsChanged(long version, Catalogue catalogue, String author) {
        Catalogue.ResponseTargets section = catalogue.responseTargets();
        return new ResponseTargetsChanged(version, section.defaultMinutes(), section.targets().stream()
                .filter(t -> t.momentOfTruth() == Catalogue.MomentOfTruth.FIRST_RESPONSE
                        && t.priority() == Catalogue.Priority.NORMAL)
                .map(t -> new ResponseTargetsChanged.ChannelTarget(Platform.fromId(t.channel()), t.minutes()))
                .toList(), author);
    }

    private long currentNumber(String brand, Instant now) {
        return CatalogueVersion.current(brand, now).map(v -> v.version).orElse(0L);
    }

    private CatalogueVersion existing(String brand, long number, String what) {
        return CatalogueVersion.find(brand, number).orElseThrow(() -> ProblemException.notFound(
                "the standards of '" + brand + "' have no " + what + " " + number));
    }

    private JsonNode document(String brand, long number, String parameter) {
        if (number == 0) {
            return CatalogueJson.tree(empty());
        }
        return CatalogueVersion.find(brand, number).map(v -> CatalogueJson.tree(parsed(v)))
                .orElseThrow(() -> ProblemException.notFound("the standards of '" + brand + "' have no version "
                        + number + " ('" + parameter + "')"));
    }

    private Catalogue parsed(CatalogueVersion v) {
        return parsed.computeIfAbsent(v.brand + "\n" + v.version, k -> CatalogueJson.parse(v.catalogue));
    }

    private Catalogue empty() {
        return Catalogue.empty(targetsConfig.defaultMinutes());
    }

    private void comment(String comment, List<Problem.FieldError> errors) {
        if (comment == null || comment.isBlank()) {
            errors.add(new Problem.FieldError("comment", comment == null ? "is required: say why the change"
                    : "must not be blank"));
        } else if (comment.length() > config.maxCommentLength()) {
            errors.add(new Problem.FieldError("comment", "must be at most " + config.maxCommentLength()
                    + " characters, was " + comment.length()));
        }
    }

    private Instant effectiveFrom(Instant requested, List<Problem.FieldError> errors) {
        Instant now = clock.instant();
        if (requested == null) {
            return now;
        }
        if (requested.isBefore(now.minus(config.pastTolerance()))) {
            errors.add(new Problem.FieldError("effectiveFrom", "must not be in the past (it is now " + now + ")"));
        }
        return requested;
    }

    private static ProblemException invalid(ProblemType type, List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid: " + errors.stream().map(Problem.FieldError::field)
                        .collect(Collectors.joining(", "));
        return new ProblemException(type, detail, errors);
    }

}
