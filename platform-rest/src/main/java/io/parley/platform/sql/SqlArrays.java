package io.parley.platform.sql;

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

    /** A {@code uuid[]} literal (a UUID holds no comma, brace or quote). */
    public static String uuids(Collection<UUID> values) {
        return values.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
