package io.parley.enrichment.eval;

import java.util.List;

/** What the evaluation measures, with the labels each task knows. */
public enum Task {
    LANGUAGE(List.of("en", "pl", "el", "ru", "und")),
    MOMENT(List.of("PRAISE", "COMPLAINT", "QUESTION", "SUGGESTION")),
    ABUSIVE(List.of("abusive", "clean")),
    SPAM(List.of("spam", "not-spam")),
    SENTIMENT(List.of("POSITIVE", "NEUTRAL", "NEGATIVE"));

    private final List<String> labels;

    Task(List<String> labels) {
        this.labels = labels;
    }

    public List<String> labels() {
        return labels;
    }
}
