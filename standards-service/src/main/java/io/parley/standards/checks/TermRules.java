package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue.Language;
import io.parley.standards.catalogue.Catalogue.MatchMode;
import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Phrases of many languages, each indexed under the analyser of its language and match mode, matched
 * against a draft in one pass per analyser used.
 *
 * @param <T> what a phrase stands for
 */
final class TermRules<T> {

    private final Map<Analyzer, PhraseIndex<T>> indexes = new IdentityHashMap<>();
    private final List<PhraseIndex<T>> inOrder = new ArrayList<>();

    void add(String phrase, Language language, MatchMode mode, T rule) {
        Analyzer analyzer = mode == MatchMode.EXACT ? Analysers.EXACT : Analysers.stemming(language);
        indexes.computeIfAbsent(analyzer, a -> {
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
                index.matches(draft.tokens(index.analyzer()), out);
            }
        }
    }
}
