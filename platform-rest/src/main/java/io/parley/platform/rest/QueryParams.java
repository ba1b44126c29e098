package io.parley.platform.rest;

import io.parley.contracts.Platform;
import io.parley.platform.json.ValueBounds;
import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.ProblemException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads typed query parameters; a bad value is a 400 problem naming the parameter. */
public final class QueryParams {

    private QueryParams() {
    }

    /** An optional channel, e.g. {@code platform=facebook}. */
    public static Optional<Platform> platform(String field, String value) {
        try {
            return Optional.ofNullable(value).map(Platform::fromId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, Excerpt.bounded(e.getMessage()));
        }
    }

    /**
     * The page size of a list endpoint, by the one rule every list follows ({@link PageLimits}, config
     * {@code parley.pages.*}): absent is the default, else a whole number from 1 to the maximum; else a 400 naming
     * {@code limit}.
     */
    public static int limit(String value, PageLimits limits) {
        return limit(LIMIT, value, limits.defaultLimit(), limits.maxLimit());
    }

    /** The query parameter a page size comes in as. */
    public static final String LIMIT = "limit";

    /** A page size: {@code fallback} when absent, else a whole number from 1 to {@code max}. */
    public static int limit(String field, String value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(field, "must be a whole number from 1 to " + max);
    }

    /** A required ISO-8601 instant. */
    public static Instant instant(String field, String value) {
        return optionalInstant(field, value).orElseThrow(() -> ProblemException.invalid(field, "is required"));
    }

    /** An optional ISO-8601 instant. */
    public static Optional<Instant> optionalInstant(String field, String value) {
        if (value == null) {
            return Optional.empty();
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "'" + Excerpt.of(value)
                    + "' is not an ISO-8601 instant like 2026-11-01T00:00:00Z");
        }
        String problem = ValueBounds.problemWith(instant);
        if (problem != null) {
            throw ProblemException.invalid(field, problem);
        }
        return Optional.of(instant);
    }
}
