package io.parley.platform.sql;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * PostgreSQL array literals for native queries that take a list as one parameter
 * ({@code unnest(CAST(:names AS text[]))}, {@code id = ANY(CAST(:ids AS uuid[]))}): one statement for a whole batch
 * instead of one per element, with the list bound as a single text parameter (never spliced into the SQL).
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** A {@code text[]} literal: every element quoted, so any character in it (comma, brace, quote) stays as it is. */
    public static String text(Collection<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A {@code text[]} literal whose null elements are SQL NULLs (unquoted), the others quoted as {@link #text}. */
    public static String textOrNull(Collection<String> values) {
        return values.stream().map(v -> v == null ? "NULL" : "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A {@code timestamptz[]} literal of instants (ISO 8601, UTC), for {@code CAST(? AS timestamptz[])}. */
    public static String instants(Collection<Instant> values) {
        return values.stream().map(v -> v == null ? "NULL" : "\"" + v + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A {@code boolean[]} literal. */
    public static String booleans(Collection<Boolean> values) {
        return values.stream().map(v -> v == null ? "NULL" : v ? "t" : "f").collect(Collectors.joining(",", "{", "}"));
    }

    /** A {@code bigint[]} (or {@code int[]}) literal. */
    public static String longs(Collection<? extends Number> values) {
        return values.stream().map(v -> v == null ? "NULL" : Long.toString(v.longValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A {@code float8[]} literal (Java's shortest exact text of each double; PostgreSQL reads it back exactly). */
    public static String doubles(Collection<Double> values) {
        return values.stream().map(v -> v == null ? "NULL" : v.isNaN() ? "NaN" : v.isInfinite()
                ? (v > 0 ? "Infinity" : "-Infinity") : Double.toString(v)).collect(Collectors.joining(",", "{", "}"));
    }

    /** A {@code uuid[]} literal (a UUID holds no comma, brace or quote). */
    public static String uuids(Collection<UUID> values) {
        return values.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
