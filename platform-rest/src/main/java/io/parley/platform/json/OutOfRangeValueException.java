package io.parley.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A value of the right type that {@link ValueBounds} refuses; Jackson adds the field's path. */
public final class OutOfRangeValueException extends MismatchedInputException {

    private final String problem;

    OutOfRangeValueException(JsonParser parser, String problem, Class<?> type) {
        super(parser, problem, type);
        this.problem = problem;
    }

    /** What is wrong, without the field. */
    public String problem() {
        return problem;
    }
}
