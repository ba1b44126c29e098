package io.parley.enrichment;

/** The overall tone of an interaction. */
public enum Sentiment {
    POSITIVE,
    NEUTRAL,
    NEGATIVE
}
