package io.parley.enrichment;

import io.parley.enrichment.data.LabelledText;
import io.parley.enrichment.data.LabelledTexts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Enriches the text of one interaction (requirement R1.5): its language, its moment of truth, whether it is abusive
 * or spam, and its sentiment. Obtain it with {@link #load()}; it is thread-safe and meant to be kept for the life
 * of the process.
 *
 * <p>Languages come from Lingua. The other four answers come from logistic-regression models over stems (Lucene's
 * stemmers for English, Polish, Greek and Russian), character n-grams, emoji classes and punctuation, trained at
 * load from the hand-written training set shipped in this jar; abuse also takes an explicit lexicon into account.
 * docs/enrichment.md describes the method and its measured quality.
 */
public final class Enricher {

    static final String TRAINING_FOLDER = "io/parley/enrichment/training";
    /** The training files; the evaluation set lives elsewhere (src/test) and is never read here. */
    static final List<String> TRAINING_FILES = List.of("en.tsv", "pl.tsv", "el.tsv", "ru.tsv", "emoji.tsv");

    /**
     * Lingua's low-accuracy mode (trigram models only): about 11 MB of heap and 0.7 s of CPU to load instead of about
     * 226 MB and 4.4 s for all n-gram models (measured in docs/enrichment.md), for slightly worse answers on one-word
     * comments. Set {@code -Dparley.enrichment.lingua.high-accuracy=true} for the full models.
     */
    static final boolean LOW_ACCURACY = !Boolean.getBoolean("parley.enrichment.lingua.high-accuracy");

    /** A lexicon match alone makes a text abusive with this score. */
    private static final double LEXICON_ABUSE_SCORE = 0.9;
    private static final double THRESHOLD = 0.5;

    private static final MomentOfTruth[] MOMENTS = MomentOfTruth.values();
    private static final Sentiment[] SENTIMENTS = Sentiment.values();

    private final LanguageIdentifier languages;
    private final TextAnalyser analyser;
    private final AbuseLexicon lexicon;
    private final SoftmaxClassifier moment;
    private final SoftmaxClassifier sentiment;
    private final SoftmaxClassifier abuse;
    private final SoftmaxClassifier spam;
    private final String modelVersion;

    private Enricher(LanguageIdentifier languages, TextAnalyser analyser, AbuseLexicon lexicon, List<LabelledText> training,
                     SoftmaxClassifier.Settings settings, String modelVersion) {
        this.languages = languages;
        this.analyser = analyser;
        this.lexicon = lexicon;
        this.modelVersion = modelVersion;

        // Analysing the training texts and fitting the four classifiers are independent: both run in parallel.
        List<int[]> all = training.parallelStream().map(text -> features(text.text(), text.language())).toList();
        List<int[]> withMoment = new ArrayList<>();
        List<Integer> moments = new ArrayList<>();
        int[] sentiments = new int[training.size()];
        int[] abusive = new int[training.size()];
        int[] spams = new int[training.size()];
        for (int i = 0; i < training.size(); i++) {
            LabelledText text = training.get(i);
            sentiments[i] = text.sentiment().ordinal();
            abusive[i] = text.abusive() ? 1 : 0;
            spams[i] = text.spam() ? 1 : 0;
            if (text.moment() != null) {
                withMoment.add(all.get(i));
                moments.add(text.moment().ordinal());
            }
        }
        int[] momentLabels = moments.stream().mapToInt(Integer::intValue).toArray();
        CompletableFuture<SoftmaxClassifier> momentModel = CompletableFuture.supplyAsync(
                () -> SoftmaxClassifier.train(withMoment, momentLabels, MOMENTS.length, settings));
        CompletableFuture<SoftmaxClassifier> sentimentModel = CompletableFuture.supplyAsync(
                () -> SoftmaxClassifier.train(all, sentiments, SENTIMENTS.length, settings));
        CompletableFuture<SoftmaxClassifier> abuseModel = CompletableFuture.supplyAsync(
                () -> SoftmaxClassifier.train(all, abusive, 2, settings));
        this.spam = SoftmaxClassifier.train(all, spams, 2, settings);
        this.moment = momentModel.join();
        this.sentiment = sentimentModel.join();
        this.abuse = abuseModel.join();
    }

    /**
     * The enricher, with its models loaded and trained on first call (about 2.6 s of CPU; see docs/enrichment.md) and
     * shared afterwards.
     */
    public static Enricher load() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final Enricher INSTANCE = create();
    }

    private static Enricher create() {
        return trainedOn(trainingSet(), SoftmaxClassifier.Settings.DEFAULT);
    }

    static List<LabelledText> trainingSet() {
        return LabelledTexts.readAll(TRAINING_FOLDER, TRAINING_FILES);
    }

    /** An enricher trained on other data or settings: for cross-validation only, production uses {@link #load()}. */
    static Enricher trainedOn(List<LabelledText> training, SoftmaxClassifier.Settings settings) {
        return new Enricher(new LanguageIdentifier(LOW_ACCURACY), new TextAnalyser(), AbuseLexicon.load(), training, settings,
                version(training));
    }

    /**
     * Enriches one text.
     *
     * @param text the interaction's text, as received (any language, emoji allowed)
     * @return what was found; never {@code null}
     * @throws IllegalArgumentException when {@code text} is null or blank: there is nothing to enrich, and the caller
     *                                  (which knows whether the interaction carries a photo or a sticker instead)
     *                                  decides what such an interaction is
     */
    public Enrichment enrich(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text to enrich must not be null");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("text to enrich must contain at least one non-whitespace character");
        }
        LanguageIdentifier.Identified language = languages.identify(text);
        TextAnalyser.Analysed analysed = analyser.analyse(text, language.code());
        Set<AbuseLexicon.Kind> abuseTerms = lexicon.match(analysed.lexiconText());
        int[] x = Features.of(analysed, abuseTerms, language.code());

        double[] m = moment.probabilities(x);
        int bestMoment = argMax(m);
        double[] s = sentiment.probabilities(x);
        int bestSentiment = argMax(s);
        double abusiveScore = Math.max(abuse.probabilities(x)[1], abuseTerms.isEmpty() ? 0.0 : LEXICON_ABUSE_SCORE);
        double spamScore = spam.probabilities(x)[1];
        return new Enrichment(language.code(), language.confidence(),
                MOMENTS[bestMoment], m[bestMoment],
                abusiveScore >= THRESHOLD, abusiveScore,
                spamScore >= THRESHOLD, spamScore,
                SENTIMENTS[bestSentiment], s[Sentiment.POSITIVE.ordinal()] - s[Sentiment.NEGATIVE.ordinal()],
                modelVersion);
    }

    /** Identifies the models: the libraries' versions and a digest of the training data and lexicon. */
    public String modelVersion() {
        return modelVersion;
    }

    private int[] features(String text, String language) {
        TextAnalyser.Analysed analysed = analyser.analyse(text, language);
        return Features.of(analysed, lexicon.match(analysed.lexiconText()), language);
    }

    private static int argMax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    private static String version(List<LabelledText> training) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (LabelledText text : training) {
                digest.update((text.language() + text.moment() + text.sentiment() + text.abusive() + text.spam()
                        + text.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            digest.update(AbuseLexicon.digestSource());
            String lucene = org.apache.lucene.util.Version.LATEST.toString();
            return "parley-enrichment-1;lingua-1.2.2;lucene-" + lucene + ";data-"
                    + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
