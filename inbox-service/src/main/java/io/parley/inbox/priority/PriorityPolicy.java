package io.parley.inbox.priority;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How pressing a conversation is, from what the inbox knows of it. Pure. The priority picks the catalogue's
 * response target (section 9: channel × moment of truth × priority), so a more pressing conversation is due
 * sooner and rises in the queue, which is ordered by due time.
 *
 * <ul>
 *   <li><b>urgent</b>: gathered into an incident (a crisis is answered before anything else);</li>
 *   <li><b>high</b>: a complaint whose latest message is negative (an unhappy customer with a problem);</li>
 *   <li><b>low</b>: praise and nothing more pressing, not negative (thanked in time, after the problems);</li>
 *   <li><b>normal</b>: everything else.</li>
 * </ul>
 * Automatically a priority only ever rises: a conversation that was a complaint stays at least high when the
 * customer calms down, until it is answered and someone lowers it by hand.
 */
public final class PriorityPolicy {

    /** From the least to the most pressing. */
    public static final List<String> LEVELS = List.of("low", "normal", "high", "urgent");

    private PriorityPolicy() {
    }

    /** The priority the signals call for, on their own. */
    public static String automatic(String moment, String sentiment, boolean inIncident) {
        if (inIncident) {
            return "urgent";
        }
        if ("complaint".equals(moment) && "negative".equals(sentiment)) {
            return "high";
        }
        if ("praise".equals(moment) && !"negative".equals(sentiment)) {
            return "low";
        }
        return "normal";
    }

    /**
     * The priority after new signals: unchanged when a person set it, else the more pressing of the current
     * and the automatic one. A conversation with no priority yet (just opened) takes the automatic one.
     */
    public static String next(String current, boolean setByPerson, String moment, String sentiment,
            boolean inIncident) {
        String automatic = automatic(moment, sentiment, inIncident);
        if (current == null) {
            return automatic;
        }
        if (setByPerson) {
            return current;
        }
        return rank(automatic) > rank(current) ? automatic : current;
    }

    /** A level as typed by a person, if it is one. */
    public static Optional<String> parse(String level) {
        if (level == null) {
            return Optional.empty();
        }
        String l = level.trim().toLowerCase(Locale.ROOT);
        return LEVELS.contains(l) ? Optional.of(l) : Optional.empty();
    }

    static int rank(String level) {
        int i = LEVELS.indexOf(level);
        return i < 0 ? LEVELS.indexOf("normal") : i;
    }
}
