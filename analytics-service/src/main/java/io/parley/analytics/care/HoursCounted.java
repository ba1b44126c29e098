package io.parley.analytics.care;

import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.ProblemException;

/**
 * Which time the durations count: every minute ({@code all}), or only the brand's business hours in force when the
 * conversation arrived ({@code business}: nights, closed days and holidays of section 9 left out).
 */
public enum HoursCounted {
    ALL("all", "ttfr_seconds", "resolution_seconds"),
    BUSINESS("business", "ttfr_business_seconds", "resolution_business_seconds");

    private final String id;
    private final String ttfr;
    private final String resolution;

    HoursCounted(String id, String ttfr, String resolution) {
        this.id = id;
        this.ttfr = ttfr;
        this.resolution = resolution;
    }

    public String id() {
        return id;
    }

    String ttfrColumn() {
        return ttfr;
    }

    String resolutionColumn() {
        return resolution;
    }

    /** The {@code hours} parameter: all when absent. */
    public static HoursCounted of(String field, String value) {
        if (value == null || value.equals("all")) {
            return ALL;
        }
        if (value.equals("business")) {
            return BUSINESS;
        }
        throw ProblemException.invalid(field, "'" + Excerpt.of(value) + "' is not a choice of hours; use business "
                + "or all");
    }
}
