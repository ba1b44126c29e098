package io.parley.standards.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Phrases of one language (or exact words), indexed by their first term, so that a text is matched against hundreds of
 * phrases in one pass over its tokens: at each token only the phrases starting with that term are
 * compared word by word.
 *
 * @param <T> what a phrase stands for (a rule)
 */
public final class PhraseIndex<T> {

    /** A phrase found in the text: the rule, and the UTF-16 range from its first to its last token. */
    public record Match<T>(T rule, int start, int end) {
    }

    private record Entry<T>(String[] terms, T rule) {
    }

    private final Analysers.Stemming stemming;
    private final Map<String, List<Entry<T>>> byFirstTerm = new HashMap<>();
    private int size;

    public PhraseIndex(Analysers.Stemming stemming) {
        this.stemming = stemming;
    }

    public Analysers.Stemming stemming() {
        return stemming;
    }

    /** Adds a phrase; a phrase that analyses to nothing (only punctuation) is ignored. */
    public void add(String phrase, T rule) {
        String[] terms = Analysers.terms(stemming, phrase);
        if (terms.length > 0) {
            byFirstTerm.computeIfAbsent(terms[0], k -> new ArrayList<>()).add(new Entry<>(terms, rule));
            size++;
        }
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Every occurrence of every phrase in the tokens, in text order. */
    public void matches(Analysers.Tokens tokens, Consumer<Match<T>> out) {
        String[] terms = tokens.terms();
        for (int i = 0; i < terms.length; i++) {
            List<Entry<T>> candidates = byFirstTerm.get(terms[i]);
            if (candidates == null) {
                continue;
            }
            for (Entry<T> e : candidates) {
                int n = e.terms().length;
                if (i + n > terms.length) {
                    continue;
                }
                boolean all = true;
                for (int k = 1; k < n && all; k++) {
                    all = e.terms()[k].equals(terms[i + k]);
                }
                if (all) {
                    out.accept(new Match<>(e.rule(), tokens.starts()[i], tokens.ends()[i + n - 1]));
                }
            }
        }
    }
}
