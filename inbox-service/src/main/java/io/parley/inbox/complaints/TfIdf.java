package io.parley.inbox.complaints;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Cosine similarity of two bags of terms weighted by TF-IDF over a library of {@code documents} cases:
 * {@code weight = count × (ln((N + 1) / (df + 1)) + 1)}, so a term every case shares counts for little and a
 * rare one for much. Pure logic, no framework.
 */
public final class TfIdf {

    /** A score in [0, 1] and the terms both bags share. */
    public record Similarity(double score, Set<String> shared) {
    }

    private final long documents;
    private final ToIntFunction<String> documentFrequency;

    /** @param documentFrequency in how many of the {@code documents} cases a term occurs */
    public TfIdf(long documents, ToIntFunction<String> documentFrequency) {
        this.documents = documents;
        this.documentFrequency = documentFrequency;
    }

    public Similarity similarity(List<String> query, List<String> document) {
        Map<String, Double> q = weights(query);
        Map<String, Double> d = weights(document);
        double dot = 0;
        Set<String> shared = new TreeSet<>();
        for (Map.Entry<String, Double> e : q.entrySet()) {
            Double other = d.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
                shared.add(e.getKey());
            }
        }
        double norm = norm(q) * norm(d);
        return new Similarity(norm == 0 ? 0 : dot / norm, shared);
    }

    private Map<String, Double> weights(List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(t -> counts.merge(t, 1, Integer::sum));
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((t, n) -> weights.put(t, n * idf(t)));
        return weights;
    }

    double idf(String term) {
        return Math.log((documents + 1.0) / (documentFrequency.applyAsInt(term) + 1.0)) + 1;
    }

    private static double norm(Map<String, Double> weights) {
        return Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    }
}
