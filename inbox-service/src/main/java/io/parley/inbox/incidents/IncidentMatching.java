package io.parley.inbox.incidents;

import io.parley.contracts.alerts.SpikeDetected;
import io.parley.inbox.complaints.Terms;
import io.parley.inbox.search.SearchText;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which conversations an incident gathers, as plain rules (no database; {@link IncidentService} reads and writes):
 * a message in the incident's window with its signal (a complaint moment, a negative sentiment, or any) and one of
 * its words in any of their forms; a conversation that is free, or — for an incident about named words — held by an
 * open incident without words.
 */
public final class IncidentMatching {

    private IncidentMatching() {
    }

    /** The signal an incident may be about: a complaint moment, or a negative sentiment. */
    public static final Set<String> SIGNALS = Set.of("complaint", "negative");

    /** Whether a message with this moment and sentiment carries the incident's signal (none: every message does). */
    static boolean hasSignal(String signal, String moment, String sentiment) {
        return signal == null || ("complaint".equals(signal) && "complaint".equals(moment))
                || ("negative".equals(signal) && "negative".equals(sentiment));
    }

    /** Whether the text has one of the incident's words ({@code terms}, space-separated; none: every text has). */
    static boolean matchesTerms(String terms, String text, String language) {
        return terms.isBlank() || matches(text, language, List.of(terms.split(" ")));
    }

    /**
     * Whether the text has one of the words in any of its forms: the words and the text are compared as the
     * inbox's search compares them (each word with its stems in the four languages, its root without a Polish
     * case ending, and without diacritics), so "płatność" gathers "Płatności nie przechodzą" as search finds it.
     */
    static boolean matches(String text, String language, List<String> words) {
        Set<String> said = SearchText.lexemes(text);
        said.addAll(Terms.of(text, language));
        for (String word : words) {
            Set<String> forms = SearchText.lexemes(word);
            forms.addAll(Terms.of(word, language));
            if (!Collections.disjoint(said, forms)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an incident may gather a conversation that {@code heldBy} holds (null: none): a free one; or, for an
     * incident about named words, one an open incident without words holds ({@code holding}: that incident's state
     * and words) — the topical incident is the more precise account of what the customer wrote about, as a manager
     * opening it about a spike expects. Never one it holds already.
     */
    static boolean mayTake(UUID incident, String terms, UUID heldBy, Holder holding) {
        if (heldBy == null) {
            return true;
        }
        if (terms.isBlank() || heldBy.equals(incident)) {
            return false;
        }
        return holding != null && holding.open() && holding.terms().isBlank();
    }

    /** The incident that holds a conversation: whether it is open, and its words. */
    record Holder(boolean open, String terms) {
    }

    /** The title of an incident opened from a spike: how many of what in how many minutes, and its top terms. */
    static String spikeTitle(SpikeDetected spike) {
        return "Spike: " + spike.count() + " " + (spike.signal().equals("complaint") ? "complaints"
                : "negative interactions") + " in " + Duration.between(spike.windowStart(),
                spike.windowEnd()).toMinutes() + " min" + (spike.topTerms().isEmpty() ? ""
                : " — " + String.join(", ", spike.topTerms()));
    }
}
