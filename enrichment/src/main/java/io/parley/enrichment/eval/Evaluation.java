package io.parley.enrichment.eval;

import io.parley.enrichment.Enricher;
import io.parley.enrichment.Enrichment;
import io.parley.enrichment.data.LabelledText;
import io.parley.enrichment.data.LabelledTexts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the enricher over the hand-labelled evaluation set and counts, per task, overall and per language, how its
 * answers compare with the labels. The evaluation set is on the test class path only and is never trained on.
 */
public final class Evaluation {

    public static final String FOLDER = "io/parley/enrichment/evaluation";
    public static final List<String> FILES = List.of("en.tsv", "pl.tsv", "el.tsv", "ru.tsv", "emoji.tsv");
    /** The languages reported one by one (the gold language of each item). */
    public static final List<String> LANGUAGES = List.of("en", "pl", "el", "ru", "und");

    /** One wrong answer, for reading what the models get wrong. */
    public record Miss(Task task, String gold, String predicted, LabelledText item) {
    }

    /** The counts: overall per task, and per gold language per task. */
    public record Report(Map<Task, Confusion> overall, Map<String, Map<Task, Confusion>> byLanguage,
                         List<Miss> misses, int items) {

        public Confusion overall(Task task) {
            return overall.get(task);
        }

        public Confusion of(String language, Task task) {
            return byLanguage.get(language).get(task);
        }
    }

    private Evaluation() {
    }

    public static List<LabelledText> evaluationSet() {
        return LabelledTexts.readAll(FOLDER, FILES);
    }

    public static Report run(Enricher enricher, List<LabelledText> items) {
        Map<Task, Confusion> overall = confusions();
        Map<String, Map<Task, Confusion>> byLanguage = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> byLanguage.put(language, confusions()));
        List<Miss> misses = new ArrayList<>();
        for (LabelledText item : items) {
            Enrichment e = enricher.enrich(item.text());
            Map<Task, Confusion> mine = byLanguage.computeIfAbsent(item.language(), l -> confusions());
            record(Task.LANGUAGE, item.language(), e.language(), item, overall, mine, misses);
            if (item.moment() != null) {
                record(Task.MOMENT, item.moment().name(), e.moment().name(), item, overall, mine, misses);
            }
            record(Task.ABUSIVE, item.abusive() ? "abusive" : "clean", e.abusive() ? "abusive" : "clean", item,
                    overall, mine, misses);
            record(Task.SPAM, item.spam() ? "spam" : "not-spam", e.spam() ? "spam" : "not-spam", item, overall, mine,
                    misses);
            record(Task.SENTIMENT, item.sentiment().name(), e.sentiment().name(), item, overall, mine, misses);
        }
        return new Report(overall, byLanguage, misses, items.size());
    }

    private static void record(Task task, String gold, String predicted, LabelledText item, Map<Task, Confusion> overall,
                               Map<Task, Confusion> mine, List<Miss> misses) {
        overall.get(task).add(gold, predicted);
        mine.get(task).add(gold, predicted);
        if (!gold.equals(predicted)) {
            misses.add(new Miss(task, gold, predicted, item));
        }
    }

    private static Map<Task, Confusion> confusions() {
        Map<Task, Confusion> map = new EnumMap<>(Task.class);
        for (Task task : Task.values()) {
            map.put(task, new Confusion(task.labels()));
        }
        return map;
    }

    /** The report as the text {@link Evaluate} prints and docs/enrichment.md quotes. */
    public static String format(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Evaluation set: %d items%n", report.items()));
        for (Task task : Task.values()) {
            out.append(String.format(Locale.ROOT, "%n== %s ==%n", task));
            table(out, "all", report.overall(task));
            for (Map.Entry<String, Map<Task, Confusion>> language : report.byLanguage().entrySet()) {
                Confusion c = language.getValue().get(task);
                if (c.total() > 0) {
                    table(out, language.getKey(), c);
                }
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, String scope, Confusion c) {
        out.append(String.format(Locale.ROOT, "[%s] n=%d accuracy=%.3f macro-F1=%.3f%n", scope, c.total(), c.accuracy(),
                c.macroF1()));
        out.append(String.format(Locale.ROOT, "  %-11s %9s %6s %6s %6s%n", "class", "precision", "recall", "F1",
                "gold"));
        for (String label : c.labels()) {
            if (c.support(label) == 0 && c.predicted(label) == 0) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "  %-11s %9.3f %6.3f %6.3f %6d%n", label, c.precision(label),
                    c.recall(label), c.f1(label), c.support(label)));
        }
    }
}
