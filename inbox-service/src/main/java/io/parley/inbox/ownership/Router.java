package io.parley.inbox.ownership;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which rule routes a new conversation, and which on-duty member of a team takes it. Pure: the callers
 * bring the rules, the teams, the time and the loads.
 */
public final class Router {

    private Router() {
    }

    /** What a rule can match on, from the conversation's first message. */
    public record Facts(String platform, String channelAccountId, String moment, String language, String text) {
    }

    /** A rule's conditions; null conditions match anything. */
    public record Conditions(String platform, String channelAccountId, String moment, String language, String keyword) {

        public boolean matches(Facts f) {
            return same(platform, f.platform()) && same(channelAccountId, f.channelAccountId())
                    && same(moment, f.moment()) && same(language, f.language())
                    && (keyword == null || (f.text() != null && fold(f.text()).contains(fold(keyword))));
        }

        private static boolean same(String wanted, String actual) {
            return wanted == null || (actual != null && wanted.equalsIgnoreCase(actual));
        }
    }

    /** Case-folds for keyword matching in any script (Greek final sigma included). */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ς', 'σ');
    }

    /** The first rule, in order, whose conditions match. */
    public static <R> Optional<R> firstMatch(List<R> rules, java.util.function.Function<R, Conditions> conditions,
            Facts facts) {
        return rules.stream().filter(r -> conditions.apply(r).matches(facts)).findFirst();
    }

    /** Members of a team who are on duty at {@code now}, in the team's member order. */
    public static List<String> onDuty(List<TeamMember> members, Instant now) {
        return members.stream().filter(m -> m.schedule().stream().anyMatch(s -> s.covers(now)))
                .map(TeamMember::user).toList();
    }

    /** Of the members on duty, those available (not away or offline: issue 16, item 4), in the same order. */
    public static List<String> available(List<String> onDuty, java.util.Set<String> unavailable) {
        return onDuty.stream().filter(m -> !unavailable.contains(m)).toList();
    }

    /** Round-robin: the next on-duty member after the one who got the last conversation, in member order. */
    public static Optional<String> roundRobin(List<String> memberOrder, List<String> onDuty, String lastAssigned) {
        if (onDuty.isEmpty()) {
            return Optional.empty();
        }
        int last = lastAssigned == null ? -1 : memberOrder.indexOf(lastAssigned);
        for (int i = 1; i <= memberOrder.size(); i++) {
            String candidate = memberOrder.get(Math.floorMod(last + i, memberOrder.size()));
            if (onDuty.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.of(onDuty.get(0));
    }

    /** Least-loaded: the on-duty member with the fewest open conversations; ties go by member order. */
    public static Optional<String> leastLoaded(List<String> onDuty, Map<String, Long> openCounts) {
        String best = null;
        long bestLoad = Long.MAX_VALUE;
        for (String m : onDuty) {
            long load = openCounts.getOrDefault(m, 0L);
            if (load < bestLoad) {
                best = m;
                bestLoad = load;
            }
        }
        return Optional.ofNullable(best);
    }
}
