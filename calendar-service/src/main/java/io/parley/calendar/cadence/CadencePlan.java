package io.parley.calendar.cadence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One account's plan against its cadence rule, week by week (Monday to Sunday on the brand's clocks): how many posts
 * are planned and the target, the shortfall (a gap in the plan) or overload, and each planned post that breaks the
 * minimum gap, falls in quiet hours or in a blackout. Pure.
 */
public final class CadencePlan {

    /** A post on the calendar: a variant at its time. */
    public record Planned(UUID variantId, UUID storyId, Instant at) {
    }

    public record Week(LocalDate week, Instant from, Instant to, int planned, Integer target, int shortfall,
            int overload, String state) {
    }

    public record Violation(String kind, UUID variantId, UUID storyId, Instant at, String detail, UUID otherVariantId) {
    }

    public record Result(List<Week> weeks, List<Violation> violations) {
    }

    public static final String NO_TARGET = "no-target";
    public static final String UNDER = "under";
    public static final String ON_TARGET = "on-target";
    public static final String OVER = "over";

    private CadencePlan() {
    }

    /**
     * The weeks from the one {@code from} falls in to the one just before {@code to} (at least one); {@code planned}
     * should hold the posts of those whole weeks.
     */
    public static Result of(CadenceRules.Rule rule, ZoneId zone, List<Planned> planned, Instant from, Instant to) {
        List<Planned> sorted = new ArrayList<>(planned);
        sorted.sort(Comparator.comparing(Planned::at));
        List<Week> weeks = new ArrayList<>();
        LocalDate last = SlotFinder.monday(to.minusNanos(1), zone);
        for (LocalDate monday = SlotFinder.monday(from, zone); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            Instant start = monday.atStartOfDay(zone).toInstant();
            Instant end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
            int count = (int) sorted.stream().filter(p -> !p.at().isBefore(start) && p.at().isBefore(end)).count();
            Integer target = rule.postsPerWeek();
            int shortfall = target == null ? 0 : Math.max(0, target - count);
            int overload = target == null ? 0 : Math.max(0, count - target);
            String state = target == null ? NO_TARGET : shortfall > 0 ? UNDER : overload > 0 ? OVER : ON_TARGET;
            weeks.add(new Week(monday, start, end, count, target, shortfall, overload, state));
        }
        List<Violation> violations = new ArrayList<>();
        Duration gap = rule.minGap();
        Planned previous = null;
        for (Planned p : sorted) {
            if (previous != null && !gap.isZero() && Duration.between(previous.at(), p.at()).compareTo(gap) < 0) {
                long minutes = Duration.between(previous.at(), p.at()).toMinutes();
                violations.add(new Violation("gap", p.variantId(), p.storyId(), p.at(), minutes + " minutes after the "
                        + "previous post; the minimum gap is " + rule.minGapMinutes() + " minutes", previous.variantId()));
            }
            previous = p;
            for (CadenceRules.QuietHours q : rule.quietHours()) {
                if (q.endIfInside(p.at(), zone).isPresent()) {
                    violations.add(new Violation("quiet-hours", p.variantId(), p.storyId(), p.at(),
                            "in " + q.describe(), null));
                    break;
                }
            }
            for (CadenceRules.Blackout b : rule.blackouts()) {
                if (b.endIfInside(p.at(), zone).isPresent()) {
                    violations.add(new Violation("blackout", p.variantId(), p.storyId(), p.at(), "in the "
                            + b.describe(), null));
                    break;
                }
            }
        }
        return new Result(List.copyOf(weeks), List.copyOf(violations));
    }
}
