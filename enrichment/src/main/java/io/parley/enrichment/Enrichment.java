package io.parley.enrichment;

/**
 * What {@link Enricher#enrich(String)} found in the text of one interaction.
 *
 * @param language           ISO 639-1 code ({@code en}, {@code pl}, {@code el}, {@code ru}, ...) or {@code und} when the
 *                           text has no letters (emoji only, digits, punctuation) and so no language can be told
 * @param languageConfidence in [0,1]; 0 for {@code und}
 * @param moment             the most likely moment of truth; always set (spam has none in the requirement's sense, so
 *                           read {@link #spam()} first)
 * @param momentConfidence   the classifier's probability of {@code moment}, in [0,1]
 * @param abusive            insults, profanity aimed at people, slurs or threats ("below the belt")
 * @param abusiveScore       in [0,1]; {@code abusive} is {@code abusiveScore >= 0.5}
 * @param spam               unsolicited promotion, scams, link or follower bait
 * @param spamScore          in [0,1]; {@code spam} is {@code spamScore >= 0.5}
 * @param sentiment          the overall tone
 * @param sentimentScore     in [-1,1]: P(positive) - P(negative)
 * @param modelVersion       identifies the libraries and the training data the models were built from
 */
public record Enrichment(
        String language,
        double languageConfidence,
        MomentOfTruth moment,
        double momentConfidence,
        boolean abusive,
        double abusiveScore,
        boolean spam,
        double spamScore,
        Sentiment sentiment,
        double sentimentScore,
        String modelVersion) {

    /** The language code for a text whose language cannot be told. */
    public static final String UNDETERMINED = "und";
}
