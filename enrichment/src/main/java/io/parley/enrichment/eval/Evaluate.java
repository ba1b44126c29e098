package io.parley.enrichment.eval;

import io.parley.enrichment.Enricher;
import io.parley.enrichment.data.LabelledText;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Prints precision, recall and F1 per class and per language for every enrichment task over the evaluation set.
 * Run: {@code mvn -q -pl enrichment exec:java} (after a build); add {@code -Dexec.args=--misses} to list every
 * wrong answer.
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean misses = List.of(args).contains("--misses");
        long start = System.nanoTime();
        Enricher enricher = Enricher.load();
        long loaded = System.nanoTime();
        List<LabelledText> items = Evaluation.evaluationSet();
        Evaluation.Report report = Evaluation.run(enricher, items);
        long done = System.nanoTime();
        out.println("Model: " + enricher.modelVersion());
        out.printf(Locale.ROOT, "Load and train: %d ms; %d items enriched in %d ms%n", (loaded - start) / 1_000_000,
                items.size(), (done - loaded) / 1_000_000);
        out.print(Evaluation.format(report));
        if (misses) {
            out.println();
            out.println("== misses ==");
            for (Evaluation.Miss miss : report.misses()) {
                out.printf(Locale.ROOT, "%-9s gold=%-10s got=%-10s %s  (%s)%n", miss.task(), miss.gold(),
                        miss.predicted(), miss.item().text(), miss.item().source());
            }
        }
    }
}
