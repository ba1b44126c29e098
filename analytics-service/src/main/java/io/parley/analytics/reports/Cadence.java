package io.parley.analytics.reports;

import io.parley.platform.time.TimeWindow;
import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.ProblemException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a schedule reports, and its periods: weekly is Monday 00:00 to Monday 00:00 UTC, monthly the calendar
 * month in UTC (the figures' days are UTC days too). A period is delivered once it has ended.
 */
public enum Cadence {
    WEEKLY("weekly"),
    MONTHLY("monthly");

    private final String id;

    Cadence(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The start of the period that holds {@code at}. */
    Instant periodStart(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        LocalDate start = this == WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.withDayOfMonth(1);
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end of the period that holds {@code at}: when its pack is due. */
    Instant periodEnd(Instant at) {
        return next(periodStart(at));
    }

    /** The period that ends at {@code end} (a period boundary). */
    TimeWindow endingAt(Instant end) {
        LocalDate last = LocalDate.ofInstant(end, ZoneOffset.UTC);
        LocalDate start = this == WEEKLY ? last.minusWeeks(1) : last.minusMonths(1);
        return new TimeWindow(start.atStartOfDay(ZoneOffset.UTC).toInstant(), end);
    }

    /** The period that ended last before {@code at}. */
    TimeWindow justEnded(Instant at) {
        return endingAt(periodStart(at));
    }

    private Instant next(Instant start) {
        LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
        return (this == WEEKLY ? day.plusWeeks(1) : day.plusMonths(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public static Cadence of(String field, String value) {
        if ("weekly".equals(value)) {
            return WEEKLY;
        }
        if ("monthly".equals(value)) {
            return MONTHLY;
        }
        throw ProblemException.invalid(field, value == null ? "is required: weekly or monthly"
                : "'" + Excerpt.of(value) + "' is not a cadence; use weekly or monthly");
    }
}
