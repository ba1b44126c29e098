package io.parley.contracts.interactions;

/**
 * What the gateway's enrichment read in an interaction's text (see docs/enrichment.md for the method
 * and its measured quality). Scores are the models' own; read {@code spam} before {@code moment}.
 *
 * @param language           ISO 639-1 code, or {@code und} when no language can be told (emoji only)
 * @param languageConfidence in [0,1]; the detector's lead over the next language
 * @param moment             praise, complaint, question or suggestion
 * @param momentConfidence   in [0,1]
 * @param abusive            insults, slurs, threats ("below the belt")
 * @param abusiveScore       in [0,1]
 * @param spam               promotion, scams, link or follower bait
 * @param spamScore          in [0,1]
 * @param sentiment          positive, neutral or negative
 * @param sentimentScore     in [-1,1]
 * @param model              the models' version
 * @param listeningRules     the brand's listening rules that matched, for mentions found by listening (else empty)
 */
public record InteractionSignals(
        String language,
        double languageConfidence,
        String moment,
        double momentConfidence,
        boolean abusive,
        double abusiveScore,
        boolean spam,
        double spamScore,
        String sentiment,
        double sentimentScore,
        String model,
        java.util.List<String> listeningRules) {

    public InteractionSignals {
        listeningRules = listeningRules == null ? java.util.List.of() : java.util.List.copyOf(listeningRules);
    }

    /** The same signals, found by these listening rules. */
    public InteractionSignals matching(java.util.List<String> rules) {
        return new InteractionSignals(language, languageConfidence, moment, momentConfidence, abusive, abusiveScore,
                spam, spamScore, sentiment, sentimentScore, model, rules);
    }
}
