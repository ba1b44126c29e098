package io.parley.platform.time;

import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.QueryParams;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The half-open time window {@code [from, to)} an operation reads (a report's figures, a calendar's posts, an
 * incident's gathering), and the one way its {@code from} and {@code to} parameters are read: each operation passes
 * its own defaults and longest span, the rules are the same everywhere.
 *
 * <ul>
 *   <li>unparsable (not an ISO-8601 instant) → 400 naming {@code from} or {@code to};</li>
 *   <li>missing: a 400 naming the field where the operation requires it ({@link #required}); otherwise {@code to}
 *       is now and {@code from} the operation's default span before {@code to} ({@link #endingAt});</li>
 *   <li>empty or reversed ({@code from} not before {@code to}) → 400 naming {@code from}: "must be before to";</li>
 *   <li>longer than the operation's longest span → 400 naming {@code from}: "the window may span at most N days".</li>
 * </ul>
 */
public record TimeWindow(Instant from, Instant to) {

    public static final String FROM = "from";
    public static final String TO = "to";

    /** A window that is not empty; otherwise a 400 naming {@code from}. */
    public TimeWindow {
        Objects.requireNonNull(from, FROM);
        Objects.requireNonNull(to, TO);
        if (!from.isBefore(to)) {
            throw ProblemException.invalid(FROM, "must be before to");
        }
    }

    /** How long the window is. */
    public Duration span() {
        return Duration.between(from, to);
    }

    /** True when {@code at} is inside {@code [from, to)}. */
    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    /** This window when it spans at most {@code longest}; otherwise a 400 naming {@code from}. */
    public TimeWindow atMost(Duration longest) {
        if (span().compareTo(longest) > 0) {
            throw ProblemException.invalid(FROM, "the window may span at most " + days(longest));
        }
        return this;
    }

    /** Both bounds given (as instants) and checked: not empty, at most {@code longest}. */
    public static TimeWindow of(Instant from, Instant to, Duration longest) {
        return new TimeWindow(from, to).atMost(longest);
    }

    /** Both bounds required: a missing one is a 400 naming it ("is required"). */
    public static TimeWindow required(String from, String to, Duration longest) {
        return of(QueryParams.instant(FROM, from), QueryParams.instant(TO, to), longest);
    }

    /**
     * Either bound may be left out: {@code to} is then {@code now}, {@code from} is {@code defaultSpan} before
     * {@code to}.
     */
    public static TimeWindow endingAt(String from, String to, Instant now, Duration defaultSpan, Duration longest) {
        Optional<Instant> start = QueryParams.optionalInstant(FROM, from);
        Instant end = QueryParams.optionalInstant(TO, to).orElse(now);
        return of(start.orElseGet(() -> end.minus(defaultSpan)), end, longest);
    }

    private static String days(Duration span) {
        long days = span.toDays();
        if (Duration.ofDays(days).equals(span)) {
            return days == 1 ? "1 day" : days + " days";
        }
        long hours = span.toHours();
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}
