package io.parley.enrichment;

import java.util.List;

/**
 * The words of a text, lower-cased and stemmed the way the classifiers see them (Snowball English,
 * Stempel Polish, Lucene's Greek stemmer, Snowball Russian — chosen by each word's script and the
 * text's language), so that other parts of Parley can match terms in their inflected forms
 * ("zwrot" finds "zwrotu", "деньги" finds "деньгами"). Thread-safe.
 */
public final class WordStems {

    private static final TextAnalyser ANALYSER = new TextAnalyser();

    private WordStems() {
    }

    /** The words as written, lower-cased (Greek accents removed), in order. */
    public static List<String> words(String text, String language) {
        return ANALYSER.analyse(text, language).words();
    }

    /** The stems of the words, in the same order as {@link #words}. */
    public static List<String> stems(String text, String language) {
        return ANALYSER.analyse(text, language).stems();
    }
}
