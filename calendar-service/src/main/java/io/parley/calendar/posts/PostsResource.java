package io.parley.calendar.posts;

import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The editorial calendar: draft posts per channel, and what is planned when. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Planned posts per channel")
public class PostsResource {


    @Inject
    PostService posts;

    @Inject
    BrandAccess access;

    @POST
    @Path("/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Put a draft post on the calendar")
    @APIResponse(responseCode = "201", description = "The draft")
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, unknown platform",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull Posts.NewPost request, @Context UriInfo uri) {
        access.require(request.brand());
        Post post = posts.draft(request, access.userName());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/posts").path(post.id.toString()).build())
                .entity(Posts.view(post)).build();
    }

    @GET
    @Path("/posts/{id}")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One post")
    @APIResponse(responseCode = "200", description = "The post")
    @APIResponse(responseCode = "404", description = "No such post among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Posts.View get(@PathParam("id") UUID id) {
        return Posts.view(posts.get(id, access.brands()));
    }

    @GET
    @Path("/calendar")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The calendar of a brand for a time range",
            description = "Posts planned in [from, to), at most 366 days, in time order and grouped by channel.")
    @APIResponse(responseCode = "200", description = "The calendar")
    @APIResponse(responseCode = "400", description = "Missing or invalid range, unknown platform",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Posts.Calendar calendar(
            @Parameter(required = true, example = "acme") @QueryParam("brand") String brand,
            @Parameter(required = true, example = "2026-11-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(required = true, example = "2026-12-01T00:00:00Z") @QueryParam("to") String to,
            @Parameter(description = "only this channel") @QueryParam("platform") String platform) {
        access.require(brand);
        Instant start = QueryParams.instant("from", from);
        Instant end = QueryParams.instant("to", to);
        Optional<String> channel = QueryParams.platform("platform", platform).map(Platform::id);
        List<Posts.View> planned = posts.planned(brand, start, end, channel).stream().map(Posts::view).toList();
        Map<String, List<Posts.View>> byPlatform = planned.stream()
                .collect(Collectors.groupingBy(Posts.View::platform, LinkedHashMap::new, Collectors.toList()));
        return new Posts.Calendar(brand, start, end, planned, byPlatform);
    }
}
