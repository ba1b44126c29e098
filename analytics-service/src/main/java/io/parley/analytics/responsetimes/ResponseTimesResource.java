package io.parley.analytics.responsetimes;

import io.parley.platform.time.TimeWindow;
import io.parley.analytics.api.Examples;
import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.Optional;

/** Time to first response: the number that shows how a brand listens. */
@Path("/api/v1/brands/{brand}/analytics/response-times")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "Figures computed from the events")
public class ResponseTimesResource {

    @Inject
    ResponseTimeStore store;

    @Inject
    ResponseTimesConfig config;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Time to first response",
            description = "Count, median and 90th percentile (continuous, PostgreSQL percentile_cont) of the time to "
                    + "first public response of the conversations answered in [from, to), the share answered within "
                    + "the target, and the conversations opened in the same window. Without from: the 30 days "
                    + "before to; without to: now. Percentiles and the rate are null when nothing was answered.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResponseTimes.View.class), examples = {
                    @ExampleObject(name = "answers", value = Examples.RESPONSE_TIMES),
                    @ExampleObject(name = "nothing answered", value = Examples.RESPONSE_TIMES_EMPTY)}))
    @APIResponse(responseCode = "400", description = "Unknown platform, bad or empty time window",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "empty window", value = Examples.INVALID_WINDOW),
                            @ExampleObject(name = "unknown platform", value = Examples.INVALID_PLATFORM)}))
    @APIResponse(responseCode = "403", description = "Editors and approvers do not read response times",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public ResponseTimes.View get(
            @Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "only this channel", example = "facebook") @QueryParam("platform") String platform,
            @Parameter(description = "start, inclusive (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to) {
        Optional<String> channel = QueryParams.platform("platform", platform).map(Platform::id);
        TimeWindow window = TimeWindow.endingAt(from, to, clock.instant(), config.defaultWindow(),
                config.longestWindow());
        return ResponseTimes.view(brand, channel, window, store.figures(brand, channel, window));
    }
}
