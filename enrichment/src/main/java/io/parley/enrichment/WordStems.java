package io.parley.enrichment;

import java.util.List;
import java.util.Map;

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

    /** The words of a text as {@link #words} gives them, and their stems in each language asked for. */
    public record Stemmed(List<String> words, Map<String, List<String>> stems) {

        /** The stems in one of the languages asked for, in the order of {@link #words}. */
        public List<String> in(String language) {
            List<String> s = stems.get(language);
            if (s == null) {
                throw new IllegalArgumentException("not stemmed in " + language + ", only in " + stems.keySet());
            }
            return s;
        }
    }

    /**
     * The words and their stems in several languages from one pass over the text: what {@link #words} and
     * {@link #stems} give, for each language, at a fraction of the cost of calling them once per language.
     */
    public static Stemmed stemmed(String text, List<String> languages) {
        return ANALYSER.stemOnly(text, languages);
    }
}
