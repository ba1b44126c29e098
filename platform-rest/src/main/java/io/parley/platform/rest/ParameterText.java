package io.parley.platform.rest;

import io.parley.platform.json.TextRules;
import io.parley.platform.problem.Excerpt;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Refuses control characters and lone surrogates in path and query parameters (a NUL in a team id
 * or an assignee filter reached PostgreSQL and failed with 500): a 400 problem naming the parameter,
 * before any resource runs.
 */
public class ParameterText {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        MultivaluedMap<String, String> path;
        MultivaluedMap<String, String> query;
        try {
            path = uri.getPathParameters(true);
            query = uri.getQueryParameters(true);
        } catch (IllegalArgumentException badEncoding) {
            throw new InvalidParameterException("query", "is not valid percent-encoding (a % must be followed by "
                    + "two hexadecimal digits)");
        }
        check(path);
        check(query);
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            int badName = TextRules.firstForbiddenInParameter(name);
            if (badName >= 0) {
                throw new InvalidParameterException(Excerpt.of(name), "the parameter's name "
                        + TextRules.describe(name, badName));
            }
            for (String value : parameter.getValue()) {
                int bad = value == null ? -1 : TextRules.firstForbiddenInParameter(value);
                if (bad >= 0) {
                    throw new InvalidParameterException(name, TextRules.describe(value, bad));
                }
            }
        }
    }
}
