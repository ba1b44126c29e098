package io.parley.console.relay;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * A path the relay refuses is the relay's 404 ({@link ApiRelay#refusal}), whatever else is wrong with it. Without this
 * filter platform-rest's {@code rest.ParameterText} (a request filter of priority {@code USER}) answered first for a
 * path holding a control character ({@code /api/v1/sandbox/requests%00}): a 400 naming {@code path}, the relay's
 * template parameter, which the caller never wrote, where every other way out of the routes is a 404.
 */
public class RelayPathFirst {

    @ServerRequestFilter(priority = Priorities.USER - 1)
    public Response refuse(SimpleResourceInfo resource, HttpServerRequest request) {
        if (resource.getResourceClass() != ApiRelay.class) {
            return null;
        }
        try {
            RelayPath.parse(request.path());
            return null;
        } catch (RelayPath.Refused refused) {
            return ApiRelay.refusal(refused, request.path());
        }
    }
}
