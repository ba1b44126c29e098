package io.parley.console.relay;

import io.parley.platform.problem.ProblemResponses;
import io.parley.platform.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/**
 * The external reviewer's calls, relayed to calendar-service WITHOUT a session and without any token: the
 * signed, expiring token in the path is the reviewer's only credential, and calendar-service checks it.
 * Only the four operations of the public review API are relayed, each with its path spelled out here and
 * its variable parts limited to token characters, so nothing else of any service is reachable this way
 * ({@code /api/v1/review/x/../../conversations} matches none of them; every other {@code /api} path still
 * needs the session: {@link ApiRelay}). The HTTP permission {@code review} in application.properties lets
 * these paths, the {@code /review/<token>} page and the page's static files through without a session.
 */
@Path("/api/v1/review/{token: [A-Za-z0-9_~.-]{1,512}}")
public class ReviewRelay {

    static final List<String> FORWARDED_REQUEST_HEADERS = List.of("Content-Type", "Accept", "Accept-Language");
    static final List<String> FORWARDED_RESPONSE_HEADERS = List.of("Content-Type", "Retry-After", "Cache-Control",
            "Content-Disposition");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    RelayConfig config;

    @Inject
    io.vertx.core.http.HttpServerRequest request;

    @GET
    @Operation(summary = "What an external reviewer sees (no sign-in)",
            description = "Relayed to calendar-service's GET /api/v1/review/{token}; 410 when the link expired or "
                    + "was revoked, 404 for an unknown token.")
    @APIResponse(responseCode = "200", description = "The story's variants as the reviewer may see them")
    @APIResponse(responseCode = "410", description = "The link expired or was revoked (from calendar-service)")
    public Response review(@PathParam("token") String token, @Context HttpHeaders headers) {
        return relay("GET", "v1/review/" + token, headers, null);
    }

    @GET
    @Path("media/{mediaId: [A-Za-z0-9_-]{1,100}}")
    @Operation(summary = "An image of the reviewed story (no sign-in)")
    @APIResponse(responseCode = "200", description = "The image's bytes")
    public Response media(@PathParam("token") String token, @PathParam("mediaId") String mediaId,
            @Context HttpHeaders headers) {
        return relay("GET", "v1/review/" + token + "/media/" + mediaId, headers, null);
    }

    @POST
    @Path("decisions")
    @Operation(summary = "The external reviewer approves or asks for changes (no sign-in)",
            description = "Needs the header X-Parley-Console: 1 like every command through the console.")
    @APIResponse(responseCode = "200", description = "The decision was recorded")
    @APIResponse(responseCode = "403", description = "The X-Parley-Console header is missing (problem+json)")
    public Response decide(@PathParam("token") String token, @Context HttpHeaders headers, byte[] body) {
        return relay("POST", "v1/review/" + token + "/decisions", headers, body);
    }

    @POST
    @Path("comments")
    @Operation(summary = "The external reviewer comments (no sign-in)",
            description = "Needs the header X-Parley-Console: 1 like every command through the console.")
    @APIResponse(responseCode = "201", description = "The comment was recorded")
    @APIResponse(responseCode = "403", description = "The X-Parley-Console header is missing (problem+json)")
    public Response comment(@PathParam("token") String token, @Context HttpHeaders headers, byte[] body) {
        return relay("POST", "v1/review/" + token + "/comments", headers, body);
    }

    /** Relays a public calendar-service path (no session, no token); also {@link FeedRelay}'s. */
    Response relay(String method, String path, HttpHeaders headers, byte[] body) {
        return relay(config.services().calendar(), "calendar-service", method, path, headers, body);
    }

    /**
     * Relays a public path of a service (no session, no token): the reviewer's, the feeds' (calendar-service) and the
     * report e-mails' links (analytics-service, {@link ReportLinkRelay}).
     */
    Response relay(String service, String serviceName, String method, String path, HttpHeaders headers,
            byte[] body) {
        String instance = "/api/" + path;
        if (!method.equals("GET") && !"1".equals(headers.getHeaderString(ConsoleHeaders.CONSOLE_REQUEST))) {
            return ProblemResponses.of(ProblemType.FORBIDDEN, "commands must come from the console itself (header "
                    + ConsoleHeaders.CONSOLE_REQUEST + ": 1)", instance);
        }
        // The path's variable parts passed the token patterns above: no '/', '%' or '..' can reach the service.
        URI uri = URI.create(service + "/api/" + path);
        HttpRequest.Builder target = HttpRequest.newBuilder(uri).timeout(config.requestTimeout())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String name : FORWARDED_REQUEST_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                target.header(name, value);
            }
        }
        // Every reviewer reaches calendar-service from the console's address: say whose request it is, for its
        // per-address limit (calendar-service trusts it only when it trusts the console as a proxy).
        if (request.remoteAddress() != null && request.remoteAddress().hostAddress() != null) {
            target.header("X-Forwarded-For", request.remoteAddress().hostAddress());
        }
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(target.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return ProblemResponses.of(ProblemType.GATEWAY_TIMEOUT, serviceName + " did not answer in "
                    + config.requestTimeout().toSeconds() + " s", instance);
        } catch (IOException e) {
            return ProblemResponses.of(ProblemType.UNAVAILABLE, "cannot reach " + serviceName + " (" + e.getClass().getSimpleName() + ")",
                    instance);
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
        return response.build();
    }
}
