package io.parley.enrichment;

import io.parley.enrichment.data.LabelledText;
import io.parley.enrichment.eval.Evaluation;
import io.parley.enrichment.eval.Task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Chooses the classifier settings on the TRAINING set only, by 5-fold cross-validation, so that the evaluation set
 * stays unseen. Run: {@code mvn -q -pl enrichment exec:java -Dexec.mainClass=io.parley.enrichment.CrossValidation}.
 */
public final class CrossValidation {

    public static void main(String[] args) {
        List<LabelledText> training = new ArrayList<>(Enricher.trainingSet());
        Collections.shuffle(training, new Random(7));
        List<SoftmaxClassifier.Settings> grid = List.of(
                SoftmaxClassifier.Settings.DEFAULT,
                new SoftmaxClassifier.Settings(12, 0.3, 1e-6, 0.5, false, 20261123L),
                new SoftmaxClassifier.Settings(12, 0.3, 1e-6, 1.0, true, 20261123L),
                new SoftmaxClassifier.Settings(25, 0.1, 1e-4, 0.5, true, 20261123L));
        for (SoftmaxClassifier.Settings settings : grid) {
            int folds = 5;
            double moment = 0;
            double sentiment = 0;
            double abusiveRecall = 0;
            double abusivePrecision = 0;
            double spam = 0;
            for (int fold = 0; fold < folds; fold++) {
                List<LabelledText> train = new ArrayList<>();
                List<LabelledText> test = new ArrayList<>();
                for (int i = 0; i < training.size(); i++) {
                    (i % folds == fold ? test : train).add(training.get(i));
                }
                Evaluation.Report report = Evaluation.run(Enricher.trainedOn(train, settings), test);
                moment += report.overall(Task.MOMENT).macroF1() / folds;
                sentiment += report.overall(Task.SENTIMENT).macroF1() / folds;
                abusiveRecall += report.overall(Task.ABUSIVE).recall("abusive") / folds;
                abusivePrecision += report.overall(Task.ABUSIVE).precision("abusive") / folds;
                spam += report.overall(Task.SPAM).f1("spam") / folds;
            }
            System.out.printf(Locale.ROOT, "%s -> moment macro-F1 %.3f, sentiment macro-F1 %.3f, abusive P %.3f R %.3f,"
                    + " spam F1 %.3f%n", settings, moment, sentiment, abusivePrecision, abusiveRecall, spam);
        }
    }
}
