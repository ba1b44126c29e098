package io.parley.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParseException;

/** A string or field name in a request body holds a character {@link TextRules} refuses. */
public final class ForbiddenTextException extends JsonParseException {

    private final String pointer;
    private final String problem;

    ForbiddenTextException(JsonParser parser, String pointer, String problem) {
        super(parser, (pointer.isEmpty() ? "the body" : pointer) + " " + problem);
        this.pointer = pointer;
        this.problem = problem;
    }

    /** The JSON pointer of the value, e.g. {@code /targets/0/text}. */
    public String pointer() {
        return pointer;
    }

    /** What is wrong, without the pointer. */
    public String problem() {
        return problem;
    }
}
