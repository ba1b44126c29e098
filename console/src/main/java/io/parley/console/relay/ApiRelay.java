package io.parley.console.relay;

import io.parley.platform.problem.ProblemResponses;
import io.parley.platform.problem.ProblemType;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Relays the browser's {@code /api/...} calls to the service that owns the path, with the signed-in
 * user's access token as the bearer token. The token never reaches the browser; the services check
 * roles and brands themselves, so the console adds no rule of its own and hides none of theirs.
 */
@Path("/api")
@Authenticated
public class ApiRelay {

    /** Request headers a service may need; everything else (cookies above all) stays here. */
    static final List<String> FORWARDED_REQUEST_HEADERS = List.of("Content-Type", "Accept", "Accept-Language",
            "If-Match", "If-None-Match", "Idempotency-Key");
    /** Response headers the browser may need. */
    static final List<String> FORWARDED_RESPONSE_HEADERS = List.of("Content-Type", "ETag", "Retry-After",
            "Cache-Control", "Content-Disposition");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    RelayConfig config;

    @Inject
    AccessTokenCredential accessToken;

    @GET
    @Path("/{path: .+}")
    @Operation(summary = "Relay a read to the owning service",
            description = "GET /api/v1/... is answered by the service owning the path (see docs/console.md) with "
                    + "the signed-in user's token; status, body, ETag and Content-Type come back as the service sent them.")
    @APIResponse(responseCode = "200", description = "The service's answer, relayed")
    @APIResponse(responseCode = "404", description = "No service owns this path (problem+json)")
    @APIResponse(responseCode = "503", description = "The owning service cannot be reached (problem+json)")
    public Response get(@PathParam("path") String path, @Context HttpServerRequest request, @Context HttpHeaders headers) {
        return relay("GET", request, headers, null);
    }

    @POST
    @Path("/{path: .+}")
    @Operation(summary = "Relay a command to the owning service",
            description = "The request must carry the header X-Parley-Console: 1 (a cross-site form cannot), "
                    + "otherwise 403.")
    @APIResponse(responseCode = "201", description = "The service's answer, relayed")
    @APIResponse(responseCode = "403", description = "The X-Parley-Console header is missing (problem+json)")
    public Response post(@PathParam("path") String path, @Context HttpServerRequest request, @Context HttpHeaders headers,
            byte[] body) {
        return relay("POST", request, headers, body);
    }

    @PUT
    @Path("/{path: .+}")
    @Operation(summary = "Relay a replacement to the owning service",
            description = "If-Match is passed on, so a stale edit is the service's 412.")
    @APIResponse(responseCode = "200", description = "The service's answer, relayed")
    @APIResponse(responseCode = "412", description = "The resource changed since it was read (from the service)")
    public Response put(@PathParam("path") String path, @Context HttpServerRequest request, @Context HttpHeaders headers,
            byte[] body) {
        return relay("PUT", request, headers, body);
    }

    @DELETE
    @Path("/{path: .+}")
    @Operation(summary = "Relay a deletion to the owning service")
    @APIResponse(responseCode = "204", description = "The service's answer, relayed")
    public Response delete(@PathParam("path") String path, @Context HttpServerRequest request, @Context HttpHeaders headers) {
        return relay("DELETE", request, headers, null);
    }

    /** The relay's answer to a path it refuses ({@link RelayPath}): 404, as for a path no service owns. */
    static Response refusal(RelayPath.Refused refused, String rawPath) {
        return ProblemResponses.of(ProblemType.NOT_FOUND, "the console relays no such path: " + refused.getMessage(), rawPath);
    }

    private Response relay(String method, HttpServerRequest request, HttpHeaders headers, byte[] body) {
        // Routes are matched on the path as the browser wrote it (request.path() is not decoded), decoded once and checked here, never on the
        // framework's decoded parameter (in which an encoded "..%2f" has become a way out of the route).
        String rawPath = request.path();
        RelayPath relayPath;
        try {
            relayPath = RelayPath.parse(rawPath);
        } catch (RelayPath.Refused refused) {
            return refusal(refused, rawPath);
        }
        String instance = relayPath.forwarded();
        if (!method.equals("GET") && !"1".equals(headers.getHeaderString(ConsoleHeaders.CONSOLE_REQUEST))) {
            return ProblemResponses.of(ProblemType.FORBIDDEN, "commands must come from the console itself (header "
                    + ConsoleHeaders.CONSOLE_REQUEST + ": 1)", instance);
        }
        String apiPath = relayPath.apiPath();
        Optional<String> service = apiPath.isEmpty() ? Optional.empty()
                : new ServiceRoutes(config.services()).serviceFor(apiPath);
        if (service.isEmpty()) {
            return ProblemResponses.of(ProblemType.NOT_FOUND, "no Parley service answers /api/" + apiPath, instance);
        }
        String query = request.query();
        URI target;
        try {
            target = URI.create(service.get() + relayPath.forwarded() + (query == null ? "" : "?" + query));
        } catch (IllegalArgumentException e) {
            return ProblemResponses.of(ProblemType.BAD_REQUEST, "the query string is not a valid URI query", instance);
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(target).timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + accessToken.getToken())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String name : FORWARDED_REQUEST_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                forward.header(name, value);
            }
        }
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return ProblemResponses.of(ProblemType.GATEWAY_TIMEOUT, target.getHost() + ":" + target.getPort() + " did not answer in "
                    + config.requestTimeout().toSeconds() + " s", instance);
        } catch (IOException e) {
            return ProblemResponses.of(ProblemType.UNAVAILABLE, "cannot reach " + target.getHost() + ":" + target.getPort() + " ("
                    + e.getClass().getSimpleName() + ")", instance);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProblemResponses.of(ProblemType.UNAVAILABLE, "interrupted", instance);
        }
        Response.ResponseBuilder response = Response.status(answer.statusCode());
        if (answer.body().length > 0) {
            response.entity(answer.body());
        }
        for (String name : FORWARDED_RESPONSE_HEADERS) {
            answer.headers().firstValue(name).ifPresent(value -> response.header(name, value));
        }
        // A service's Location names its own address; the browser knows the resource under /api.
        answer.headers().firstValue("Location").ifPresent(location -> response.header("Location",
                location.startsWith(service.get()) ? location.substring(service.get().length()) : location));
        return response.build();
    }
}
