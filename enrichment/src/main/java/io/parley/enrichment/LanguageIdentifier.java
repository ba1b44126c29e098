package io.parley.enrichment;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Tells the language of a text with Lingua (n-gram models shipped in its jar), restricted to the languages Parley's
 * brands meet, so that only their models are held in memory. A text with no letters is {@code und}.
 */
final class LanguageIdentifier {

    /** The languages Lingua chooses from; the moment, abuse, spam and sentiment models are trained for the first four. */
    static final List<Language> LANGUAGES = List.of(Language.ENGLISH, Language.POLISH, Language.GREEK, Language.RUSSIAN,
            Language.UKRAINIAN, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN);

    record Identified(String code, double confidence) {
        static final Identified UNDETERMINED = new Identified(Enrichment.UNDETERMINED, 0.0);
    }

    private final LanguageDetector detector;

    LanguageIdentifier() {
        this.detector = LanguageDetectorBuilder.fromLanguages(LANGUAGES.toArray(Language[]::new))
                .withPreloadedLanguageModels()
                .build();
    }

    Identified identify(String text) {
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return Identified.UNDETERMINED;
        }
        SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(text);
        if (confidences.isEmpty()) {
            return Identified.UNDETERMINED;
        }
        Map.Entry<Language, Double> best = confidences.entrySet().iterator().next();
        if (best.getKey() == Language.UNKNOWN) {
            return Identified.UNDETERMINED;
        }
        return new Identified(best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT), best.getValue());
    }
}
