package io.parley.enrichment.data;

import io.parley.enrichment.MomentOfTruth;
import io.parley.enrichment.Sentiment;

import java.util.Locale;
import java.util.Objects;

/**
 * One hand-labelled interaction text, from the training or the evaluation set.
 *
 * @param language  ISO 639-1 code of the text, {@code und} for emoji only
 * @param moment    the moment of truth, or {@code null} for spam (spam is no moment of truth)
 * @param sentiment the overall tone
 * @param abusive   insults, profanity aimed at people, strong profanity, slurs, threats
 * @param spam      unsolicited promotion, scams, link or follower bait
 * @param text      the text as a customer would write it
 * @param source    file and line, for error messages and reports
 */
public record LabelledText(String language, MomentOfTruth moment, Sentiment sentiment, boolean abusive, boolean spam,
                           String text, String source) {

    public LabelledText {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sentiment, "sentiment");
        Objects.requireNonNull(text, "text");
        if (moment == null && !spam) {
            throw new IllegalArgumentException(source + ": only spam may have no moment of truth");
        }
    }

    /** The text as compared for overlap between training and evaluation: lower case, whitespace collapsed. */
    public String normalisedText() {
        return normalise(text);
    }

    public static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
