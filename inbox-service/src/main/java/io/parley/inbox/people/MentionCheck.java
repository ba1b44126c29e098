package io.parley.inbox.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of a note's @mentions name nobody who can read it, each with the closest name that does when one is close
 * (a typo: "@manger1" → "@manager1"). Plain logic, no framework.
 */
public final class MentionCheck {

    /** A suggestion is offered up to this many edits away, and only when one name is closest. */
    static final int MOST_EDITS = 2;

    private MentionCheck() {
    }

    /** A mention of nobody who can be told, and the user it probably meant. */
    public record Unknown(String name, Optional<String> suggestion) {
    }

    /** The mentioned names (lower case) that are not among the people's user names, in order. */
    public static List<Unknown> unknown(List<String> mentioned, Collection<String> people) {
        List<String> known = people.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        List<Unknown> unknown = new ArrayList<>();
        for (String name : mentioned) {
            String n = name.toLowerCase(Locale.ROOT);
            if (!known.contains(n)) {
                unknown.add(new Unknown(n, closest(n, known)));
            }
        }
        return unknown;
    }

    static Optional<String> closest(String name, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String k : known) {
            int d = distance(name, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return best != null && bestDistance <= MOST_EDITS && !tie ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance in code points (insertions, deletions and substitutions). */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
