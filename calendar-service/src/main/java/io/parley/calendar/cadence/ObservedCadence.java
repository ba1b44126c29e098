package io.parley.calendar.cadence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A competitor's observed posts per week, over the same weeks as the brand's plan (Monday to Monday on the brand's
 * clocks). Only what the feeds show counts: a week not yet begun, or wholly before the oldest post the feeds show, is
 * unknown (null), never zero; a week the feeds show only part of (the one under way, the one their oldest post falls
 * in) is counted but marked partial and left out of the averages. Pure.
 */
public final class ObservedCadence {

    /** How many complete weeks before the current one the recent average covers (at most). */
    public static final int RECENT_WEEKS = 4;

    public record Week(LocalDate week, Instant from, Instant to, Integer posts, boolean partial) {
    }

    /**
     * @param averagePerWeek       over the complete known weeks of the range; null when there is none
     * @param recentAveragePerWeek over the complete known weeks among the {@link #RECENT_WEEKS} before the current one
     */
    public record Result(List<Week> weeks, Double averagePerWeek, int weeksAveraged, Double recentAveragePerWeek,
            int recentWeeks) {
    }

    private ObservedCadence() {
    }

    /**
     * @param posts     the competitor's posts' times (those outside the weeks are ignored)
     * @param knownFrom from when the feeds show every post (the latest of the feeds' oldest posts); null when no post
     *                  was ever observed
     */
    public static Result of(ZoneId zone, List<Instant> posts, Instant knownFrom, Instant from, Instant to,
            Instant now) {
        List<Week> weeks = new ArrayList<>();
        LocalDate last = SlotFinder.monday(to.minusNanos(1), zone);
        for (LocalDate monday = SlotFinder.monday(from, zone); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            weeks.add(week(zone, monday, posts, knownFrom, now));
        }
        List<Week> recent = new ArrayList<>();
        LocalDate current = SlotFinder.monday(now, zone);
        for (int i = RECENT_WEEKS; i >= 1; i--) {
            recent.add(week(zone, current.minusWeeks(i), posts, knownFrom, now));
        }
        double[] inRange = complete(weeks);
        double[] lately = complete(recent);
        return new Result(List.copyOf(weeks), average(inRange), (int) inRange[1], average(lately), (int) lately[1]);
    }

    private static Week week(ZoneId zone, LocalDate monday, List<Instant> posts, Instant knownFrom, Instant now) {
        Instant start = monday.atStartOfDay(zone).toInstant();
        Instant end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        if (knownFrom == null || !start.isBefore(now) || !end.isAfter(knownFrom)) {
            return new Week(monday, start, end, null, false);
        }
        int count = (int) posts.stream().filter(p -> !p.isBefore(start) && p.isBefore(end)).count();
        return new Week(monday, start, end, count, start.isBefore(knownFrom) || end.isAfter(now));
    }

    /** {posts, weeks} over the complete known weeks. */
    private static double[] complete(List<Week> weeks) {
        double posts = 0;
        int count = 0;
        for (Week w : weeks) {
            if (w.posts() != null && !w.partial()) {
                posts += w.posts();
                count++;
            }
        }
        return new double[] {posts, count};
    }

    private static Double average(double[] postsAndWeeks) {
        return postsAndWeeks[1] == 0 ? null : Math.round(postsAndWeeks[0] / postsAndWeeks[1] * 10) / 10.0;
    }
}
