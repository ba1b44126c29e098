package io.parley.platform.rest;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header parameter that cannot be read as its type or holds characters
 * {@link io.parley.platform.json.TextRules} refuses: a 400 problem naming the parameter. It is a
 * {@link BadRequestException} so that RESTEasy Reactive passes it on as it is instead of turning a
 * failed query parameter into a 404.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String problem;

    public InvalidParameterException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
        this.problem = problem;
    }

    public String parameter() {
        return parameter;
    }

    public String problem() {
        return problem;
    }
}
