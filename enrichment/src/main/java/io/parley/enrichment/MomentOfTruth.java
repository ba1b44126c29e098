package io.parley.enrichment;

/**
 * The four moments of truth of requirement R1.5 (article 001): the customer says something good, says something bad,
 * asks a question, or suggests an improvement.
 */
public enum MomentOfTruth {
    /** Says something good. */
    PRAISE,
    /** Says something bad (including sarcasm that reads as praise). */
    COMPLAINT,
    /** Asks a question, with or without a question mark. */
    QUESTION,
    /** Suggests an improvement. */
    SUGGESTION
}
