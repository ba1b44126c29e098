package io.parley.console.relay;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The link in a scheduled report's e-mail, relayed to analytics-service WITHOUT a session or token: the signed,
 * expiring token in the path is the credential, and analytics-service checks it (403 altered, 410 expired). Only this
 * one path, its token held to the token's characters (no '/', '%' or '..'); the HTTP permission {@code review} lets
 * it through.
 */
@Path("/api/v1/report-links/{token: [A-Za-z0-9_.-]{1,300}}")
public class ReportLinkRelay {

    @Inject
    ReviewRelay publicRelay;

    @Inject
    RelayConfig config;

    @GET
    @Operation(summary = "A scheduled report's PDF behind its signed link (no sign-in)",
            description = "Relayed to analytics-service's GET /api/v1/report-links/{token}.")
    @APIResponse(responseCode = "200", description = "application/pdf")
    @APIResponse(responseCode = "403", description = "Not a link Parley signed (problem+json)")
    @APIResponse(responseCode = "410", description = "The link expired (problem+json)")
    public Response report(@PathParam("token") String token, @Context HttpHeaders headers) {
        return publicRelay.relay(config.services().analytics(), "analytics-service", "GET",
                "v1/report-links/" + token, headers, null);
    }
}
