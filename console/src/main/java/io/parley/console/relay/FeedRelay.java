package io.parley.console.relay;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A calendar app's request for a brand's iCalendar feed, relayed to calendar-service WITHOUT a session or token: the
 * secret token in the query is the credential, and calendar-service checks it (404 unknown, 410 revoked). Only this
 * one path, its brand and token held to their patterns; the HTTP permission {@code review} lets it through.
 */
@Path("/api/v1/brands/{brand: [a-z0-9][a-z0-9-]{0,63}}/calendar.ics")
public class FeedRelay {

    @Inject
    ReviewRelay publicRelay;

    @GET
    @Operation(summary = "A brand's iCalendar feed behind its secret URL (no sign-in)",
            description = "Relayed to calendar-service's GET /api/v1/brands/{brand}/calendar.ics?token=.")
    @APIResponse(responseCode = "200", description = "text/calendar")
    @APIResponse(responseCode = "404", description = "Unknown token (problem+json)")
    @APIResponse(responseCode = "410", description = "The feed was revoked (problem+json)")
    public Response feed(@PathParam("brand") String brand, @QueryParam("token") String token,
            @Context HttpHeaders headers) {
        // 43 base64url characters or nothing that could change the path or add a parameter.
        String t = token != null && token.matches("[A-Za-z0-9_-]{1,128}") ? token : "-";
        return publicRelay.relay("GET", "v1/brands/" + brand + "/calendar.ics?token=" + t, headers, null);
    }
}
