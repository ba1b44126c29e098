package io.parley.calendar.posts;

import io.parley.platform.time.TimeWindow;
import io.parley.calendar.api.Examples;
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

import java.util.List;
import java.util.Optional;

/**
 * The calendar of one brand: its planned posts in a window. The brand is in the path (platform's {@code BrandInPath}
 * checks it); the window is read as {@link TimeWindow#required} with the calendar's longest range.
 */
@Path("/api/v1/brands/{brand}/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Planned posts per channel")
public class CalendarResource {

    @Inject
    PostService posts;

    @Inject
    CalendarConfig config;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The calendar of a brand for a time range",
            description = "Posts planned in [from, to), at most 366 days, in time order and grouped by channel.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Posts.Calendar.class),
                    examples = @ExampleObject(name = "November", value = Examples.CALENDAR)))
    @APIResponse(responseCode = "400", description = "Missing, invalid, empty or over-long range; unknown platform",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "range too long", value = Examples.INVALID_RANGE)))
    @APIResponse(responseCode = "403", description = "The caller has no Parley role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Posts.Calendar calendar(
            @Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(required = true, description = "start, inclusive (ISO-8601 instant)",
                    example = "2026-11-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(required = true, description = "end, exclusive (ISO-8601 instant)",
                    example = "2026-12-01T00:00:00Z") @QueryParam("to") String to,
            @Parameter(description = "only this channel", example = "facebook") @QueryParam("platform")
            String platform) {
        TimeWindow range = TimeWindow.required(from, to, config.longestRange());
        Optional<String> channel = QueryParams.platform("platform", platform).map(Platform::id);
        List<Posts.View> planned = posts.planned(brand, range, channel).stream().map(Posts::view).toList();
        return Posts.Calendar.of(brand, range, planned);
    }
}
