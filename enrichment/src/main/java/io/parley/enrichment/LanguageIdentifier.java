package io.parley.enrichment;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Tells the language of a text with Lingua (n-gram models shipped in its jar), restricted to the languages Parley's
 * brands meet, so that only their models are held in memory. A text with no letters is {@code und}.
 *
 * <p>Where the letters' script alone settles the language among {@link #LANGUAGES}, the model is not asked
 * ({@link #byScript}): every letter Greek is Greek; every letter in the Russian alphabet with at least one letter
 * that, of these languages, only Russian writes (ы, э, ъ, ё) is Russian. Both are answered with confidence 1, as no
 * other language is a candidate. Everything else (Latin letters, mixed scripts, Cyrillic without such a letter)
 * goes to Lingua, which is about half the cost of an enrichment for Cyrillic text.
 */
final class LanguageIdentifier {

    /** The languages Lingua chooses from; the moment, abuse, spam and sentiment models are trained for the first four. */
    static final List<Language> LANGUAGES = List.of(Language.ENGLISH, Language.POLISH, Language.GREEK, Language.RUSSIAN,
            Language.UKRAINIAN, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN);

    record Identified(String code, double confidence) {
        static final Identified UNDETERMINED = new Identified(Enrichment.UNDETERMINED, 0.0);
    }

    /** The languages most of Parley's interactions are written in (R1.5); the others are told apart a little less eagerly. */
    static final Set<Language> MAIN_LANGUAGES = Set.of(Language.ENGLISH, Language.POLISH, Language.GREEK, Language.RUSSIAN);
    /**
     * Prior weight of the other languages against the main four. A one-word Latin comment ("Morons.", "Skandal") often
     * scores nearly as well in French or German as in English or Polish; on a brand page written in the main languages
     * the main language is the better bet. Only a clear lead lets another language win.
     */
    static final double OTHER_LANGUAGE_PRIOR = 0.9;

    private final LanguageDetector detector;

    LanguageIdentifier(boolean lowAccuracy) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(LANGUAGES.toArray(Language[]::new))
                .withPreloadedLanguageModels();
        this.detector = (lowAccuracy ? builder.withLowAccuracyMode() : builder).build();
    }

    Identified identify(String text) {
        Identified settled = byScript(text);
        return settled != null ? settled : byModel(text);
    }

    /** Lingua's answer, weighed by the prior; what {@link #identify} falls back to when the script settles nothing. */
    Identified byModel(String text) {
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return Identified.UNDETERMINED;
        }
        SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(text);
        if (confidences.isEmpty()) {
            return Identified.UNDETERMINED;
        }
        // Lingua 1.2 gives the best language 1.0 and the others their likelihood relative to it (not probabilities).
        // Weigh them by the prior; the confidence is the relative distance between the best and the runner-up:
        // 1 when no other language is a candidate, near 0 for a tie.
        Language best = Language.UNKNOWN;
        double bestScore = 0;
        double runnerUp = 0;
        for (Map.Entry<Language, Double> entry : confidences.entrySet()) {
            if (entry.getKey() == Language.UNKNOWN) {
                continue;
            }
            double score = entry.getValue() * (MAIN_LANGUAGES.contains(entry.getKey()) ? 1.0 : OTHER_LANGUAGE_PRIOR);
            if (score > bestScore) {
                runnerUp = bestScore;
                best = entry.getKey();
                bestScore = score;
            } else if (score > runnerUp) {
                runnerUp = score;
            }
        }
        if (best == Language.UNKNOWN) {
            return Identified.UNDETERMINED;
        }
        return new Identified(best.getIsoCode639_1().name().toLowerCase(Locale.ROOT), (bestScore - runnerUp) / bestScore);
    }

    private static final Identified GREEK_BY_SCRIPT = new Identified("el", 1.0);
    private static final Identified RUSSIAN_BY_SCRIPT = new Identified("ru", 1.0);

    /**
     * What the script of the text's letters settles alone, in one pass over it: {@code und} for a text with no
     * letters (emoji, digits, punctuation), Greek for a text whose letters are all Greek, Russian for one whose letters
     * are all in the Russian alphabet with at least one of ы, э, ъ, ё (Ukrainian, the other Cyrillic language here,
     * writes none of them). {@code null} when the model must decide: any Latin or other letter, a mix of scripts, a
     * Cyrillic text without a Russian-only letter ("Ужас" is Ukrainian too) or with a letter Russian does not write
     * (і, ї, є, ґ, ў...).
     */
    static Identified byScript(String text) {
        boolean letters = false;
        boolean greek = true;
        boolean russianAlphabet = true;
        boolean russianOnlyLetter = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters = true;
            greek &= Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK;
            if (russianAlphabet) {
                int lower = Character.toLowerCase(cp);
                russianAlphabet = (lower >= 'а' && lower <= 'я') || lower == 'ё';
                russianOnlyLetter |= lower == 'ы' || lower == 'э' || lower == 'ъ' || lower == 'ё';
            }
            if (!greek && !russianAlphabet) {
                return null;
            }
        }
        if (!letters) {
            return Identified.UNDETERMINED;
        }
        if (greek) {
            return GREEK_BY_SCRIPT;
        }
        return russianAlphabet && russianOnlyLetter ? RUSSIAN_BY_SCRIPT : null;
    }
}
