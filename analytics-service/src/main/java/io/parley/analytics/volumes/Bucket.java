package io.parley.analytics.volumes;

import io.parley.platform.problem.ProblemException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The size of one bar in the volume and sentiment figures: a UTC day or an hour. */
public enum Bucket {
    DAY("day", ChronoUnit.DAYS),
    HOUR("hour", ChronoUnit.HOURS);

    private final String id;
    private final ChronoUnit unit;

    Bucket(String id, ChronoUnit unit) {
        this.id = id;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    /** The PostgreSQL {@code date_trunc} field. */
    String sqlField() {
        return id;
    }

    /** {@code day} when absent; anything else but day or hour is a 400 naming the parameter. */
    public static Bucket of(String value) {
        if (value == null || value.isBlank()) {
            return DAY;
        }
        for (Bucket b : values()) {
            if (b.id.equals(value.trim())) {
                return b;
            }
        }
        throw ProblemException.invalid("bucket", "must be one of day, hour, was '" + value + "'");
    }

    /** The start of the bucket holding this instant (UTC). */
    public Instant floor(Instant t) {
        return t.truncatedTo(unit);
    }

    /** Every bucket start that overlaps {@code [from, to)}, oldest first. */
    public List<Instant> starts(Instant from, Instant to) {
        List<Instant> starts = new ArrayList<>();
        for (Instant s = floor(from); s.isBefore(to); s = s.plus(1, unit)) {
            starts.add(s);
        }
        return starts;
    }
}
