package io.parley.testsupport.badinput;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One operation of a service's OpenAPI document, as the bad-input generator needs it.
 *
 * @param method     upper-case HTTP method
 * @param path       the path template, e.g. {@code /api/v1/conversations/{id}/notes}
 * @param parameters path and query parameters
 * @param body       the JSON request body's schema ($refs resolved lazily through {@link Schemas}), or null
 * @param bodyMediaType the request body's media type, or null
 * @param roles      the roles the document says may call it (empty: any signed-in caller)
 */
public record Operation(String method, String path, List<Parameter> parameters, JsonNode body,
        String bodyMediaType, List<String> roles) {

    /** A path or query parameter. */
    public record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    public String id() {
        return method + " " + path;
    }

    /** A JSON document is what the body takes (not text, bytes or a form). */
    public boolean takesJson() {
        return bodyMediaType != null && (bodyMediaType.startsWith("application/json")
                || bodyMediaType.endsWith("+json"));
    }
}
