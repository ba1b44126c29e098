package io.parley.platform.rest;

import io.parley.platform.problem.ProblemResponses;
import io.parley.platform.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * A request body without a Content-Type is refused (ADR 8): the REST layer would otherwise guess JSON
 * and act on it (a moderation rule was saved so). Webhooks, whose platforms are not ours to change,
 * live outside {@code /api/} and read their bytes themselves.
 */
public class BodyMediaType {

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!path.startsWith("/api/") || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean body = request.getHeaderString("Transfer-Encoding") != null
                || (length != null && !length.isBlank() && !length.trim().equals("0"));
        if (!body) {
            return null;
        }
        return ProblemResponses.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "a request body needs its Content-Type: send application/json", path, List.of());
    }
}
