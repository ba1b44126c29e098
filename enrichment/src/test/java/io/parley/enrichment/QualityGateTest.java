package io.parley.enrichment;

import io.parley.enrichment.eval.Evaluation;
import io.parley.enrichment.eval.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality targets of docs/enrichment.md, over the held-out evaluation set (the same run that
 * {@code io.parley.enrichment.eval.Evaluate} prints): moment of truth macro-F1 at least 0.85, abusive recall at
 * least 0.95.
 */
class QualityGateTest {

    private static Evaluation.Report report;

    @BeforeAll
    static void evaluate() {
        report = Evaluation.run(Enricher.load(), Evaluation.evaluationSet());
    }

    @Test
    void momentOfTruthMacroF1IsAtLeast085() {
        double macroF1 = report.overall(Task.MOMENT).macroF1();
        assertTrue(macroF1 >= 0.85, "moment of truth macro-F1 " + macroF1 + "\n" + Evaluation.format(report));
    }

    @Test
    void abusiveRecallIsAtLeast095() {
        double recall = report.overall(Task.ABUSIVE).recall("abusive");
        assertTrue(recall >= 0.95, "abusive recall " + recall + "\n" + Evaluation.format(report));
    }
}
