package io.parley.inbox.complaints;

import io.parley.enrichment.WordStems;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of a text: its words stemmed the way enrichment stems them ({@link WordStems}: Snowball English,
 * Stempel Polish, Lucene's Greek stemmer, Snowball Russian), without the stop words of those four languages,
 * so that "przesyłka" meets "przesyłki" and "посылка" meets "посылку". A text whose language is unknown is
 * stemmed as English and as Polish (the Latin-script languages Parley stems); Greek and Cyrillic words are
 * stemmed by their script whatever the language.
 */
public final class Terms {

    static final Set<String> STEMMED = Set.of("en", "pl", "el", "ru");
    private static final List<CharArraySet> STOP_WORDS = List.of(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            PolishAnalyzer.getDefaultStopSet(), GreekAnalyzer.getDefaultStopSet(), RussianAnalyzer.getDefaultStopSet());

    private Terms() {
    }

    /** The stems of the text, repeats kept, in order (a word of unknown language counts once per distinct stem). */
    public static List<String> of(String text, String language) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        List<String> langs = languages(language);
        WordStems.Stemmed stemmed = WordStems.stemmed(text, langs);
        List<String> words = stemmed.words();
        List<List<String>> stems = langs.stream().map(stemmed::in).toList();
        for (int i = 0; i < words.size(); i++) {
            Set<String> distinct = new java.util.LinkedHashSet<>();
            for (List<String> s : stems) {
                if (i < s.size() && keep(words.get(i), s.get(i))) {
                    distinct.add(s.get(i));
                }
            }
            out.addAll(distinct);
        }
        return out;
    }

    /** Each distinct stem of the text with the first word it was written as (to show people what matched). */
    public static Map<String, String> withWords(String text, String language) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        List<String> langs = languages(language);
        WordStems.Stemmed stemmed = WordStems.stemmed(text, langs);
        List<String> words = stemmed.words();
        for (String lang : langs) {
            List<String> stems = stemmed.in(lang);
            for (int i = 0; i < words.size(); i++) {
                if (keep(words.get(i), stems.get(i))) {
                    out.putIfAbsent(stems.get(i), words.get(i));
                }
            }
        }
        return out;
    }

    private static List<String> languages(String language) {
        return language != null && STEMMED.contains(language) ? List.of(language) : List.of("en", "pl");
    }

    private static boolean keep(String word, String stem) {
        if (stem.startsWith("#") || stem.codePointCount(0, stem.length()) < 2) {
            return false;
        }
        for (CharArraySet stop : STOP_WORDS) {
            if (stop.contains(word)) {
                return false;
            }
        }
        return word.codePoints().anyMatch(Character::isLetter);
    }
}
