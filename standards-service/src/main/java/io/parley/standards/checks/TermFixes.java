package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue.Language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one click may do to a forbidden word so that the text stays grammatical, in English, Polish, Greek and Russian.
 * A catalogue's suggestion is written for the term's base form and says nothing of its grammar, so a fix is offered
 * only where Parley can vouch for the result; everywhere else the agent gets the alternatives to write in themselves
 * (issue 21: "Dostaniesz darmowy kupon" became "Dostaniesz w cenie kupon").
 * <ul>
 * <li>One word for one word: only in the form the catalogue wrote (an adjective of Polish, Greek or Russian agrees with
 * its noun: "bezpłatny" may replace "darmowy", not "darmowego"); English words do not inflect.</li>
 * <li>A phrase that stands after its noun or as a predicate — it begins with a preposition or "included" (w cenie, без
 * доплаты, χωρίς επιπλέον κόστος, included at no extra cost): in place where the word ends its clause ("Dostawa jest
 * darmowa." → "Dostawa jest w cenie.") or already follows its noun before a preposition ("Szalik darmowy do każdego
 * płaszcza." → "Szalik w cenie do każdego płaszcza."), after the noun where the word is followed by one noun that
 * ends the clause ("Dostaniesz darmowy kupon." → "Dostaniesz kupon w cenie.").</li>
 * <li>Anything else (a phrase of another kind, "staramy się", or a longer noun phrase, "darmowy kupon na zakupy"): no
 * automatic fix.</li>
 * </ul>
 * Several suggestions (separated by ';' or '|') are alternatives for the agent to choose from, never applied.
 */
final class TermFixes {

    /** A replacement of the text's UTF-16 range [start, end) by {@code text}. */
    record Edit(int start, int end, String text) {
    }

    private static final Map<Language, Set<String>> POSTPOSED = Map.of(
            Language.EN, Set.of("included", "at", "with", "without", "for", "in", "on", "from"),
            Language.PL, Set.of("w", "we", "z", "ze", "bez", "na", "po", "za", "do", "dla", "od"),
            Language.RU, Set.of("в", "во", "с", "со", "без", "для", "по", "за", "на", "от", "к", "ко", "при"),
            Language.EL, Set.of("χωρίς", "με", "σε", "για", "από", "στο", "στη", "στην", "στα", "στον", "στους", "στις"));

    private TermFixes() {
    }

    /** The suggestions the catalogue gives, one by one. */
    static List<String> alternatives(String suggestion) {
        if (suggestion == null || suggestion.isBlank()) {
            return List.of();
        }
        return Arrays.stream(suggestion.split("[;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The grammatical fix of the forbidden word at [start, end) of {@code text}, whose catalogue phrase is
     * {@code phrase} in {@code language}; empty where none can be vouched for.
     */
    static Optional<Edit> fix(String text, int start, int end, String phrase, Language language, String suggestion) {
        List<String> options = alternatives(suggestion);
        if (options.size() != 1 || language == null) {
            return Optional.empty();
        }
        String s = options.get(0);
        String matched = text.substring(start, end);
        Locale locale = Locale.forLanguageTag(language.name().toLowerCase(Locale.ROOT));
        if (!s.contains(" ")) {
            boolean sameForm = matched.toLowerCase(locale).equals(phrase.strip().toLowerCase(locale));
            return language == Language.EN || sameForm
                    ? Optional.of(new Edit(start, end, withCaseOf(matched, s, locale))) : Optional.empty();
        }
        String first = s.split("\\s+")[0].toLowerCase(locale);
        if (!POSTPOSED.getOrDefault(language, Set.of()).contains(first) || phrase.strip().contains(" ")) {
            return Optional.empty();
        }
        int after = skipSpaces(text, end);
        int wordEnd = after;
        while (wordEnd < text.length() && isWordChar(text, wordEnd)) {
            wordEnd += Character.charCount(text.codePointAt(wordEnd));
        }
        String next = text.substring(after, wordEnd);
        // as a predicate, or after its noun and before a preposition ("Szalik darmowy do każdego płaszcza")
        if (endsClause(text, after) || POSTPOSED.get(language).contains(next.toLowerCase(locale))) {
            return Optional.of(new Edit(start, end, withCaseOf(matched, s, locale)));
        }
        if (wordEnd == after || after == end || !endsClause(text, skipSpaces(text, wordEnd))) {
            return Optional.empty();
        }
        String noun = next;
        return Optional.of(new Edit(start, wordEnd, withCaseOf(matched, noun, locale) + " " + s));
    }

    private static boolean isWordChar(String text, int i) {
        int c = text.codePointAt(i);
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** At the end of the text, of a line, or at a mark that closes a clause. */
    private static boolean endsClause(String text, int i) {
        return i >= text.length() || ".,;:!?…)\n\r".indexOf(text.charAt(i)) >= 0 || text.startsWith(" -", i - 1)
                || text.charAt(i) == '—' || text.charAt(i) == '–' || Character.getType(text.codePointAt(i))
                == Character.OTHER_SYMBOL;
    }

    /** "Free" → "Included…": the new words start with a capital where the old ones did; else as written. */
    private static String withCaseOf(String original, String replacement, Locale locale) {
        if (original.isEmpty() || replacement.isEmpty()) {
            return replacement;
        }
        int first = original.codePointAt(0);
        boolean upper = Character.isUpperCase(first);
        int r = replacement.codePointAt(0);
        String head = new String(Character.toChars(r));
        String rest = replacement.substring(Character.charCount(r));
        return (upper ? head.toUpperCase(locale) : head) + rest;
    }
}
