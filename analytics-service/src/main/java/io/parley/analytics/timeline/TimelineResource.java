package io.parley.analytics.timeline;

import io.parley.analytics.api.Examples;
import io.parley.analytics.care.CareConfig;
import io.parley.analytics.care.CareExamples;
import io.parley.platform.time.TimeWindow;
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

/** Moments of truth and sentiment over time, with the incidents marked: one call for the chart. */
@Path("/api/v1/brands/{brand}/analytics/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Care figures", description = "How the brand's care performs: response, targets, resolution")
public class TimelineResource {

    @Inject
    Timelines timelines;


    @Inject
    CareConfig config;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Moments of truth and sentiment over time, incidents marked",
            description = "Per UTC day of [from, to) (every day listed, empty ones included): the interactions heard "
                    + "per moment of truth and per sentiment, counted at the time the customer wrote them (as "
                    + "GET /api/v1/brands/{brand}/analytics/volumes and /sentiment), and the incidents open that day; the incidents "
                    + "open at some time in the window beside. Without from: the 30 days before to; without to: "
                    + "now; at most 366 days.")
    @APIResponse(responseCode = "200", description = "The timeline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Timeline.View.class),
                    examples = @ExampleObject(name = "two days and an incident", value = CareExamples.TIMELINE)))
    @APIResponse(responseCode = "400", description = "An unknown channel; a bad, empty or too long window",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "empty window", value = Examples.INVALID_WINDOW)))
    @APIResponse(responseCode = "403", description = "Editors and approvers do not read analytics",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Timeline.View timeline(
            @Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "start, inclusive (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "only this channel", example = "facebook") @QueryParam("channel") String channel) {
        Optional<String> only = QueryParams.platform("channel", channel).map(Platform::id);
        TimeWindow window = TimeWindow.endingAt(from, to, clock.instant(), config.defaultWindow(),
                config.longestWindow());
        return timelines.of(brand, only, window);
    }
}
