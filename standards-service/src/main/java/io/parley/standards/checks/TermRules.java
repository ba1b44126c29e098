package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue.Language;
import io.parley.standards.catalogue.Catalogue.MatchMode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Phrases of many languages, each indexed under its language and match mode, matched against a draft
 * in one pass over its tokens per language used.
 *
 * @param <T> what a phrase stands for
 */
final class TermRules<T> {

    private final Map<Analysers.Stemming, PhraseIndex<T>> indexes = new EnumMap<>(Analysers.Stemming.class);
    private final List<PhraseIndex<T>> inOrder = new ArrayList<>();

    void add(String phrase, Language language, MatchMode mode, T rule) {
        indexes.computeIfAbsent(Analysers.Stemming.of(language, mode), a -> {
            PhraseIndex<T> index = new PhraseIndex<>(a);
            inOrder.add(index);
            return index;
        }).add(phrase, rule);
    }

    boolean isEmpty() {
        return inOrder.stream().allMatch(PhraseIndex::isEmpty);
    }

    void matches(AnalysedDraft draft, Consumer<PhraseIndex.Match<T>> out) {
        for (PhraseIndex<T> index : inOrder) {
            if (!index.isEmpty()) {
                index.matches(draft.tokens(index.stemming()), out);
            }
        }
    }
}
