package io.parley.calendar.cadence;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The next free moment to post on one account: not in a blackout or quiet hours, at least the minimum gap from every
 * post planned there, and in a week (Monday to Sunday, local) that has not reached its posts-per-week target yet.
 * Each rule that moves the candidate says why, so the editor sees what was skipped. Pure.
 */
public final class SlotFinder {

    /** A free slot and the rules that moved it past {@code after} (empty when {@code after} itself is free). */
    public record Slot(Instant at, List<String> movedBecause) {
    }

    /** Moves per search: every move goes forward, so this bounds only a catalogue that would never let a post out. */
    private static final int MAX_MOVES = 10_000;

    private SlotFinder() {
    }

    /**
     * The first free minute at or after {@code after} and before {@code horizon}; empty when none (e.g. a blackout
     * over the whole horizon).
     */
    public static Optional<Slot> next(CadenceRules.Rule rule, ZoneId zone, List<Instant> planned, Instant after,
            Instant horizon) {
        Instant t = ceilToMinute(after);
        Set<String> reasons = new LinkedHashSet<>();
        List<Instant> sorted = new ArrayList<>(planned);
        sorted.sort(null);
        for (int moves = 0; moves < MAX_MOVES && t.isBefore(horizon); moves++) {
            Instant moved = moveOnce(rule, zone, sorted, t, reasons);
            if (moved == null) {
                return Optional.of(new Slot(t, List.copyOf(reasons)));
            }
            t = ceilToMinute(moved);
        }
        return Optional.empty();
    }

    /** Where {@code t} must move to for the first rule it breaks, or null when it breaks none. */
    private static Instant moveOnce(CadenceRules.Rule rule, ZoneId zone, List<Instant> planned, Instant t,
            Set<String> reasons) {
        for (CadenceRules.Blackout b : rule.blackouts()) {
            Optional<Instant> end = b.endIfInside(t, zone);
            if (end.isPresent()) {
                reasons.add(b.describe());
                return end.get();
            }
        }
        for (CadenceRules.QuietHours q : rule.quietHours()) {
            Optional<Instant> end = q.endIfInside(t, zone);
            if (end.isPresent()) {
                reasons.add(q.describe());
                return end.get();
            }
        }
        Duration gap = rule.minGap();
        if (!gap.isZero()) {
            Instant latestClash = null;
            for (Instant p : planned) {
                if (Duration.between(p, t).abs().compareTo(gap) < 0) {
                    latestClash = p;
                }
            }
            if (latestClash != null) {
                reasons.add("at least " + rule.minGapMinutes() + " minutes after the post planned at " + latestClash);
                return latestClash.plus(gap);
            }
        }
        if (rule.postsPerWeek() != null) {
            Instant weekStart = weekStart(t, zone);
            Instant weekEnd = nextWeekStart(t, zone);
            long inWeek = planned.stream().filter(p -> !p.isBefore(weekStart) && p.isBefore(weekEnd)).count();
            if (inWeek >= rule.postsPerWeek()) {
                reasons.add("the week of " + weekStart.atZone(zone).toLocalDate() + " already has " + inWeek
                        + " of " + rule.postsPerWeek() + " posts");
                return weekEnd;
            }
        }
        return null;
    }

    /** Monday 00:00 on the clocks of the zone, of the week {@code at} falls in. */
    public static Instant weekStart(Instant at, ZoneId zone) {
        return monday(at, zone).atStartOfDay(zone).toInstant();
    }

    public static Instant nextWeekStart(Instant at, ZoneId zone) {
        return monday(at, zone).plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    public static LocalDate monday(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static Instant ceilToMinute(Instant t) {
        Instant floor = t.truncatedTo(ChronoUnit.MINUTES);
        return floor.equals(t) ? t : floor.plus(Duration.ofMinutes(1));
    }
}
