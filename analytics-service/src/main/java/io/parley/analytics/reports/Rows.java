package io.parley.analytics.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Reading the values of native query rows as the JDBC driver hands them over. */
final class Rows {

    private Rows() {
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** Recipients as kept: addresses separated by commas (a valid address holds none). */
    static List<String> addresses(Object value) {
        return value == null || value.toString().isEmpty() ? List.of() : List.of(value.toString().split(","));
    }
}
