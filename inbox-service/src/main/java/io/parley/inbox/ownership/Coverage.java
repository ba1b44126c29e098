package io.parley.inbox.ownership;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a brand's assignment rules and on-duty rotas leave new conversations without an owner: for every
 * channel × moment of truth × language and every hour of one week (local time in a zone), the rule that would route
 * such a conversation and whether anyone it routes to is on duty for the whole hour. Pure: the caller brings the
 * rules, the teams and the week.
 *
 * <p>A rule that also needs a keyword or one channel account routes only some of a combination's conversations; the
 * others fall through to later rules. So the rule that <em>covers</em> a combination is its first matching rule
 * without a keyword or an account (what {@link Router#firstMatch} picks for a conversation that matches no narrower
 * rule); the narrower rules are listed apart ({@link Report#conditionalRules}). Availability (away, offline) is a
 * person's state now, not a plan, and is not counted: the report is of the rota.
 */
public final class Coverage {

    public static final List<String> MOMENTS = List.of("complaint", "question", "suggestion", "praise");

    /** Each hour is on duty only when someone is at each of these minutes of it. */
    private static final int[] SAMPLE_MINUTES = {0, 15, 30, 45};

    private Coverage() {
    }

    /** A rule as the report reads it: its conditions, where it routes. */
    public record Rule(String name, Router.Conditions conditions, String team, String assignee) {

        boolean conditional() {
            return conditions.keyword() != null || conditions.channelAccountId() != null;
        }
    }

    /** A stretch of hours of one day (local) in which a combination has no owner; {@code toHour} is exclusive. */
    public record Gap(String platform, String moment, String language, String reason, String rule, String team,
            String assignee, DayOfWeek day, int fromHour, int toHour) {
    }

    public record Report(LocalDate weekStarting, int combinations, int hoursPerWeek, long coveredHours,
            long gapHours, List<Gap> gaps, List<String> conditionalRules) {
    }

    /**
     * The report for the week starting on {@code monday} in {@code zone}.
     *
     * @param teams the brand's teams by name, each with its members' rotas
     */
    public static Report of(List<Rule> rules, Map<String, List<TeamMember>> teams, List<String> platforms,
            List<String> languages, ZoneId zone, LocalDate monday) {
        // When each rule has someone on duty, hour by hour of the week: the same for every combination it covers.
        Map<Rule, boolean[]> onDuty = new java.util.IdentityHashMap<>();
        for (Rule r : rules) {
            if (!r.conditional()) {
                onDuty.put(r, hoursOnDuty(r, teams, zone, monday));
            }
        }
        List<Gap> gaps = new ArrayList<>();
        long covered = 0;
        int combinations = 0;
        for (String platform : platforms) {
            for (String moment : MOMENTS) {
                for (String language : languages) {
                    combinations++;
                    Router.Facts facts = new Router.Facts(platform, null, moment, language, null);
                    Optional<Rule> rule = rules.stream().filter(r -> !r.conditional())
                            .filter(r -> r.conditions().matches(facts)).findFirst();
                    if (rule.isEmpty()) {
                        for (DayOfWeek day : DayOfWeek.values()) {
                            gaps.add(new Gap(platform, moment, language, "no-rule-matched", null, null, null, day, 0, 24));
                        }
                        continue;
                    }
                    Rule r = rule.get();
                    boolean[] hours = onDuty.get(r);
                    for (DayOfWeek day : DayOfWeek.values()) {
                        int base = (day.getValue() - 1) * 24;
                        int start = -1;
                        for (int h = 0; h <= 24; h++) {
                            boolean gap = h < 24 && !hours[base + h];
                            if (h < 24 && !gap) {
                                covered++;
                            }
                            if (gap && start < 0) {
                                start = h;
                            } else if (!gap && start >= 0) {
                                gaps.add(new Gap(platform, moment, language, "nobody-on-duty", r.name(), r.team(),
                                        r.assignee(), day, start, h));
                                start = -1;
                            }
                        }
                    }
                }
            }
        }
        int hoursPerWeek = 7 * 24;
        long total = (long) combinations * hoursPerWeek;
        List<String> conditional = rules.stream().filter(Rule::conditional).map(Rule::name).toList();
        return new Report(monday, combinations, hoursPerWeek, covered, total - covered, gaps, conditional);
    }

    /** For each hour of the week (Monday 00:00 first, local), whether the rule has someone on duty all of it. */
    static boolean[] hoursOnDuty(Rule rule, Map<String, List<TeamMember>> teams, ZoneId zone, LocalDate monday) {
        boolean[] hours = new boolean[7 * 24];
        for (int i = 0; i < hours.length; i++) {
            LocalDate day = monday.plusDays(i / 24);
            boolean all = true;
            for (int minute : SAMPLE_MINUTES) {
                Instant at = ZonedDateTime.of(day, LocalTime.of(i % 24, minute), zone).toInstant();
                if (!someoneOnDuty(rule, teams, at)) {
                    all = false;
                    break;
                }
            }
            hours[i] = all;
        }
        return hours;
    }

    /** As {@code Assignments.assignNew} decides: a person is on duty in any team of theirs; a team by any member. */
    private static boolean someoneOnDuty(Rule rule, Map<String, List<TeamMember>> teams, Instant at) {
        if (rule.assignee() != null) {
            if (rule.team() != null && !teams.containsKey(rule.team())) {
                return false;
            }
            return teams.values().stream().anyMatch(members -> Router.onDuty(members, at).contains(rule.assignee()));
        }
        List<TeamMember> members = teams.get(rule.team());
        return members != null && !Router.onDuty(members, at).isEmpty();
    }
}
