package io.parley.analytics.responsetimes;

import io.parley.platform.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The half-open time window {@code [from, to)} a figure is computed over. A missing {@code to} is
 * now; a missing {@code from} is the default window before {@code to}.
 */
public record ReportingWindow(Instant from, Instant to) {

    public ReportingWindow {
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("from", "must be before to");
        }
    }

    /** Resolves the requested bounds; an empty or over-long window is a 400 naming the parameter. */
    public static ReportingWindow of(Optional<Instant> from, Optional<Instant> to, Instant now,
            Duration defaultWindow, Duration longestWindow) {
        Instant end = to.orElse(now);
        Instant start = from.orElseGet(() -> end.minus(defaultWindow));
        ReportingWindow window = new ReportingWindow(start, end);
        if (Duration.between(start, end).compareTo(longestWindow) > 0) {
            throw ProblemException.invalid("from", "the window may span at most " + longestWindow.toDays()
                    + " days");
        }
        return window;
    }
}
