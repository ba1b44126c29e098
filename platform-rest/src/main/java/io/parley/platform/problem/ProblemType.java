package io.parley.platform.problem;

import java.net.URI;

/**
 * The kinds of problem Parley's APIs report. Each has a stable type reference documented in
 * {@code docs/api/problems.md}; clients switch on the type, never on the detail text.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", "The request is malformed", 400),
    INVALID_INPUT("invalid-input", "The request has invalid fields", 400),
    UNAUTHORIZED("unauthorized", "Authentication is required", 401),
    BAD_SIGNATURE("bad-signature", "The request signature does not match", 401),
    FORBIDDEN("forbidden", "The caller may not do this", 403),
    NOT_FOUND("not-found", "The resource does not exist", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "The method is not allowed on this resource", 405),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", 406),
    CONFLICT("conflict", "The request conflicts with the resource's state", 409),
    PRECONDITION_FAILED("precondition-failed", "The resource changed since it was read", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    URI_TOO_LONG("uri-too-long", "The request URI is too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The request body's media type is not supported", 415),
    UNPROCESSABLE("unprocessable", "The request is well-formed but cannot be processed", 422),
    PRECONDITION_REQUIRED("precondition-required", "The request must be conditional", 428),
    GONE("gone", "The resource is no longer available", 410),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests; retry later", 429),
    UNAVAILABLE("unavailable", "A dependency is unavailable; retry later", 503),
    GATEWAY_TIMEOUT("gateway-timeout", "A service did not answer in time", 504),
    INTERNAL("internal", "An unexpected error occurred", 500);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create("/problems/" + slug);
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The problem type that matches an HTTP status, for errors raised by the framework itself. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_INPUT && type != BAD_SIGNATURE) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
