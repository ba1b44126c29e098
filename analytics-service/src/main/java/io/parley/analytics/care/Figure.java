package io.parley.analytics.care;

import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The conversations behind one care figure (the drill-down): each is the set one figure's count or base is made
 * of, as a SQL condition on the fact row ({@code :now} is the time of the request).
 */
public enum Figure {
    /** The base of the response rate: every conversation that arrived in the window. */
    CONVERSATIONS("conversations", "TRUE"),
    /** Answered: the response rate's count and the base of the time to first response. */
    ANSWERED("answered", "first_response_at IS NOT NULL"),
    /** Not answered (yet). */
    UNANSWERED("unanswered", "first_response_at IS NULL"),
    /** The base of the share within target: answered, or still unanswered after the due time. */
    TARGET_DUE("target-due", "due_at IS NOT NULL AND (first_response_at IS NOT NULL OR due_at <= :now)"),
    /** First response by the due time in force when the conversation arrived. */
    WITHIN_TARGET("within-target", "due_at IS NOT NULL AND first_response_at <= due_at"),
    /** Answered late, or unanswered after the due time. */
    MISSED_TARGET("missed-target", "due_at IS NOT NULL AND (first_response_at > due_at "
            + "OR (first_response_at IS NULL AND due_at <= :now))"),
    /** Resolved now: the base of the resolution time. */
    RESOLVED("resolved", "resolved_at IS NOT NULL"),
    /** Resolved at least once: the base of the reopened rate. */
    EVER_RESOLVED("ever-resolved", "first_resolved_at IS NOT NULL"),
    /** Resolved, then opened again at least once. */
    REOPENED("reopened", "reopened_count > 0");

    private final String id;
    private final String condition;

    Figure(String id, String condition) {
        this.id = id;
        this.condition = condition;
    }

    public String id() {
        return id;
    }

    String condition() {
        return condition;
    }

    /** The {@code figure} parameter: conversations when absent. */
    public static Figure of(String field, String value) {
        if (value == null) {
            return CONVERSATIONS;
        }
        return Arrays.stream(values()).filter(f -> f.id.equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "'" + Excerpt.of(value) + "' is not a figure; use "
                        + "one of " + Arrays.stream(values()).map(Figure::id).collect(Collectors.joining(", "))));
    }
}
