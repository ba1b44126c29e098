package io.parley.calendar.posts;

import io.parley.platform.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;

/** The half-open range {@code [from, to)} of a calendar view. */
public record CalendarRange(Instant from, Instant to) {

    /** A range that is not empty and spans at most {@code longest}; otherwise a 400 naming the parameter. */
    public static CalendarRange of(Instant from, Instant to, Duration longest) {
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("from", "must be before to");
        }
        if (Duration.between(from, to).compareTo(longest) > 0) {
            throw ProblemException.invalid("to", "the range may span at most " + longest.toDays() + " days");
        }
        return new CalendarRange(from, to);
    }
}
