package io.parley.enrichment.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts of (gold, predicted) label pairs for one task, with precision, recall and F1 per label. */
public final class Confusion {

    private final Set<String> labels = new LinkedHashSet<>();
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private int total;

    public Confusion(List<String> expectedLabels) {
        labels.addAll(expectedLabels);
    }

    public void add(String gold, String predicted) {
        labels.add(gold);
        labels.add(predicted);
        counts.computeIfAbsent(gold, g -> new HashMap<>()).merge(predicted, 1, Integer::sum);
        total++;
    }

    private int count(String gold, String predicted) {
        return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    /** How many items have this gold label. */
    public int support(String label) {
        return counts.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int predicted(String label) {
        return counts.values().stream().mapToInt(row -> row.getOrDefault(label, 0)).sum();
    }

    public double precision(String label) {
        int predicted = predicted(label);
        return predicted == 0 ? 0 : (double) count(label, label) / predicted;
    }

    public double recall(String label) {
        int support = support(label);
        return support == 0 ? 0 : (double) count(label, label) / support;
    }

    public double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean F1 over the labels that occur as gold labels (a label never expected is not averaged in). */
    public double macroF1() {
        List<String> present = presentLabels();
        return present.isEmpty() ? 0 : present.stream().mapToDouble(this::f1).average().orElse(0);
    }

    public double accuracy() {
        int correct = 0;
        for (String label : labels) {
            correct += count(label, label);
        }
        return total == 0 ? 0 : (double) correct / total;
    }

    public int total() {
        return total;
    }

    /** The labels that occur as gold labels, in the order first given. */
    public List<String> presentLabels() {
        List<String> present = new ArrayList<>();
        for (String label : labels) {
            if (support(label) > 0) {
                present.add(label);
            }
        }
        return present;
    }

    public List<String> labels() {
        return List.copyOf(labels);
    }
}
