package io.parley.console.relay;

import jakarta.ws.rs.core.Response;

/**
 * The console's own errors, in the same problem+json shape (RFC 9457) the services answer with; a
 * service's own problem is relayed as it came. The console does not use the platform module: it has
 * no database and no Kafka.
 */
public record ConsoleProblem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Response of(int status, String type, String title, String detail, String instance) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new ConsoleProblem("/problems/" + type, title, status, detail, instance)).build();
    }

    static Response notFound(String detail, String instance) {
        return of(404, "not-found", "The resource does not exist", detail, instance);
    }

    static Response badRequest(String detail, String instance) {
        return of(400, "bad-request", "The request is malformed", detail, instance);
    }

    public static Response forbidden(String detail, String instance) {
        return of(403, "forbidden", "The caller may not do this", detail, instance);
    }

    static Response unavailable(String detail, String instance) {
        return of(503, "unavailable", "A dependency is unavailable; retry later", detail, instance);
    }

    static Response timeout(String detail, String instance) {
        return of(504, "gateway-timeout", "A service did not answer in time", detail, instance);
    }
}
