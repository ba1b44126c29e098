package io.parley.platform.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * The limits every JSON document read from outside is held to (ADR 8). They are far above anything a
 * Parley client or a platform's webhook sends, and far below what costs the server: a document
 * nested 100,000 levels deep, a number of a million digits, a 100 MB string.
 */
public final class JsonLimits {

    /** Objects and arrays inside each other; a catalogue or a webhook delivery nests fewer than 15. */
    public static final int MAX_NESTING_DEPTH = 100;
    /** Characters of one number literal: a long has 19 digits, a timestamp with a fraction about 25. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Characters of one string: an image to check travels as base64 in a draft, up to 8 MiB of bytes. */
    public static final int MAX_STRING_LENGTH = 12_000_000;
    /** The largest exponent a decimal may carry: {@code 1e100000} is a 100,001-digit number to print. */
    public static final int MAX_DECIMAL_SCALE = 1_000;

    private JsonLimits() {
    }

    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build();
    }

    /** Applies the limits and duplicate-key detection to a factory; returns it. */
    public static <F extends JsonFactory> F apply(F factory) {
        factory.setStreamReadConstraints(constraints());
        factory.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        return factory;
    }
}
