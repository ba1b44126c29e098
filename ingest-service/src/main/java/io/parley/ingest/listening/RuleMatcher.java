package io.parley.ingest.listening;

import io.parley.contracts.Platform;
import io.parley.enrichment.WordStems;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a text matches a listening rule. Terms and exclusions are phrases matched word by
 * word, language-aware: a text word matches a term word when their stems are equal (Stempel for
 * Polish, Snowball for English and Russian, Lucene's Greek stemmer — so "zwrot pieniędzy" finds
 * "zwrotu pieniędzy" and "вернуть деньги" finds "верните деньгами"), or, for names the stemmers do
 * not know, when the text word is the term word plus an ending of at most three letters ("Acme" finds
 * "Acme'u", "Acmeem"). Case
 * and accents do not matter. An exclusion that matches anywhere wins over every term.
 */
public final class RuleMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** A rule ready to match: its phrases already split, per language on demand. */
    public record Rule(String id, String name, List<String> terms, List<String> exclusions, Set<String> languages,
            Set<Platform> platforms) {
    }

    private RuleMatcher() {
    }

    public static boolean matches(Rule rule, String text, String language, Platform platform) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (!rule.platforms().isEmpty() && !rule.platforms().contains(platform)) {
            return false;
        }
        if (!rule.languages().isEmpty() && !rule.languages().contains(language)) {
            return false;
        }
        Words words = Words.of(text, language);
        for (String exclusion : rule.exclusions()) {
            if (contains(words, Words.of(exclusion, language))) {
                return false;
            }
        }
        for (String term : rule.terms()) {
            if (contains(words, Words.of(term, language))) {
                return true;
            }
        }
        return false;
    }

    private record Words(List<String> folded, List<String> stems) {
        static Words of(String text, String language) {
            WordStems.Stemmed stemmed = WordStems.stemmed(text, List.of(language));
            return new Words(stemmed.words().stream().map(RuleMatcher::fold).toList(),
                    stemmed.in(language).stream().map(RuleMatcher::fold).toList());
        }
    }

    private static boolean contains(Words text, Words phrase) {
        int n = phrase.folded().size();
        if (n == 0) {
            return false;
        }
        for (int start = 0; start + n <= text.folded().size(); start++) {
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                all = wordMatches(text.folded().get(start + k), text.stems().get(start + k), phrase.folded().get(k),
                        phrase.stems().get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordMatches(String word, String stem, String termWord, String termStem) {
        // An inflectional ending is a few letters: "acme" finds "acmeu", not "acmebank" or "acmeforum".
        return word.equals(termWord) || stem.equals(termStem)
                || (termWord.length() >= 3 && word.startsWith(termWord) && word.length() - termWord.length() <= 3);
    }

    static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('ł', 'l');
    }
}
