package io.parley.inbox.search;

import io.parley.enrichment.WordStems;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What full-text search compares: the words of a text and their stems, computed with Lucene's stemmers
 * through enrichment's {@link WordStems} (Snowball English, Stempel Polish, Lucene's Greek stemmer, Snowball
 * Russian — chosen by each word's script). A Latin-script word is stemmed both as English and as Polish (the
 * language of a short comment is often unsure), so "zamówienia" and "zamówienie" meet on one stem, as do
 * "orders" and "order"; Greek and Cyrillic words have one stemmer each (Greek stems also without their trailing
 * vowels, see {@link #greekRoot}). Numbers (order numbers) are kept as
 * written. A text is indexed as the set of its words and stems; a query matches when every one of its words
 * matches by the word itself or one of its stems. Pure functions, thread-safe.
 */
public final class SearchText {

    /** The longest query accepted, in characters. */
    public static final int MAX_QUERY = 200;

    private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}]*\\p{N}[\\p{L}\\p{N}]*");
    private static final String NUM = "#num";

    private SearchText() {
    }

    /** The lexemes a text is found by: its lower-case words, their stems, and its numbers. */
    public static Set<String> lexemes(String text) {
        Set<String> lexemes = new LinkedHashSet<>();
        for (List<String> alternatives : terms(text)) {
            lexemes.addAll(alternatives);
        }
        return lexemes;
    }

    /**
     * A PostgreSQL {@code tsquery} (to cast with {@code ::tsquery}) that matches a text whose lexemes
     * include, for every word of the query, the word or one of its stems; empty when the query has no words.
     */
    public static String tsquery(String query) {
        List<String> groups = new ArrayList<>();
        for (List<String> alternatives : terms(query)) {
            List<String> quoted = alternatives.stream().map(SearchText::quote).toList();
            groups.add(quoted.size() == 1 ? quoted.get(0) : "(" + String.join(" | ", quoted) + ")");
        }
        return String.join(" & ", groups);
    }

    /** Each word of the text with its stems (distinct, the word first), then each number. */
    static List<List<String>> terms(String text) {
        List<List<String>> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        WordStems.Stemmed stemmed = WordStems.stemmed(text, List.of("en", "pl"));
        List<String> words = stemmed.words();
        List<String> english = stemmed.in("en");
        List<String> polish = stemmed.in("pl");
        for (int i = 0; i < words.size(); i++) {
            if (NUM.equals(words.get(i))) {
                continue;
            }
            Set<String> alternatives = new LinkedHashSet<>();
            alternatives.add(words.get(i));
            alternatives.add(english.get(i));
            alternatives.add(polish.get(i));
            alternatives.add(greekRoot(english.get(i)));
            // Without diacritics: Stempel writes some stems with them ("zwrotu" -> zwrót, "zwrot" -> zwrot).
            alternatives.add(folded(words.get(i)));
            alternatives.add(folded(polish.get(i)));
            alternatives.add(folded(polishRoot(words.get(i))));
            alternatives.removeIf(String::isBlank);
            if (!alternatives.isEmpty()) {
                terms.add(List.copyOf(alternatives));
            }
        }
        Matcher numbers = NUMBER.matcher(text);
        while (numbers.find()) {
            terms.add(List.of(numbers.group().toLowerCase(Locale.ROOT)));
        }
        return terms;
    }

    private static final Pattern GREEK_TRAILING_VOWELS = Pattern.compile("[αεηιουωσ]+$");

    /**
     * Lucene's Greek stemmer leaves a vowel of some endings on the stem ("παραγγελία" → παραγγελ, "παραγγελίες"
     * → παραγγελι): for Greek words the stem without its trailing vowels is one more alternative, on both
     * sides, so the two meet. Other words are returned as they are (and so add nothing).
     */
    static String greekRoot(String stem) {
        if (stem.isEmpty() || Character.UnicodeScript.of(stem.codePointAt(0)) != Character.UnicodeScript.GREEK) {
            return stem;
        }
        String root = GREEK_TRAILING_VOWELS.matcher(stem).replaceAll("");
        return root.length() >= 3 ? root : stem;
    }

    /** Polish case endings, longest first: "paczki", "paczką", "paczkami" and "paczka" share the root "paczk". */
    private static final java.util.regex.Pattern POLISH_ENDING = java.util.regex.Pattern.compile(
            "(ami|ach|owi|om|ów|em|ie|ą|ę|a|e|i|y|o|u)$");

    /**
     * Stempel stems some Polish forms and leaves others whole ("paczką" → paczka, "paczki" → paczki): a Latin
     * word's root without its case ending (at least 4 letters left) is one more alternative, on both sides, so
     * the forms meet. Other words are returned as they are (and so add nothing).
     */
    static String polishRoot(String word) {
        if (word.length() < 5 || Character.UnicodeScript.of(word.codePointAt(0)) != Character.UnicodeScript.LATIN) {
            return word;
        }
        String root = POLISH_ENDING.matcher(word).replaceFirst("");
        return root.length() >= 4 ? root : word;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** A Latin-script word without its diacritics (ł as l); other scripts are returned as they are. */
    static String folded(String word) {
        if (word.isEmpty() || Character.UnicodeScript.of(word.codePointAt(0)) != Character.UnicodeScript.LATIN) {
            return word;
        }
        return MARKS.matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)).replaceAll("")
                .replace('ł', 'l');
    }

    /** A lexeme as a quoted tsquery operand: quotes doubled, backslashes escaped. */
    static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
