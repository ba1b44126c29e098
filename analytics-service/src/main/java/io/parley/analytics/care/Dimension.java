package io.parley.analytics.care;

import io.parley.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What care figures can be grouped and filtered by, and the column each reads. The agent is the person who gave
 * the first response; a conversation nobody answered counts towards the person who owns it (docs/metrics.md).
 */
public enum Dimension {
    CHANNEL("channel", "channel"),
    TEAM("team", "team"),
    AGENT("agent", "COALESCE(first_responder, assignee)"),
    MOMENT("moment", "moment"),
    LANGUAGE("language", "language");

    private final String id;
    private final String column;

    Dimension(String id, String column) {
        this.id = id;
        this.column = column;
    }

    public String id() {
        return id;
    }

    /** The SQL expression; a constant of this enum, never text from a request. */
    String column() {
        return column;
    }

    /** The {@code by} parameter: channel when absent; an unknown one is a 400 naming it and the valid ones. */
    public static Dimension of(String field, String value) {
        if (value == null) {
            return CHANNEL;
        }
        return Arrays.stream(values()).filter(d -> d.id.equals(value.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "'" + io.parley.platform.problem.Excerpt.of(value)
                        + "' is not a grouping; use one of " + Arrays.stream(values()).map(Dimension::id)
                        .collect(Collectors.joining(", "))));
    }
}
