package io.parley.calendar.posts;

import io.parley.calendar.api.Examples;
import io.parley.platform.problem.Problem;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The editorial calendar: draft posts per channel, and what is planned when. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Planned posts per channel")
public class PostsResource {

    @Inject
    PostService posts;

    @Inject
    BrandAccess access;

    @Inject
    CalendarConfig config;

    @POST
    @Path("/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Put a draft post on the calendar",
            description = "The caller is the author. Emits parley.post.drafted.v1 on parley.posts.v1 (key: post id) "
                    + "in the same transaction. Texts are stored exactly as sent (UTF-8).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Posts.NewPost.class),
            examples = @ExampleObject(name = "a LinkedIn post", value = Examples.NEW_POST)))
    @APIResponse(responseCode = "201", description = "The draft",
            headers = @Header(name = "Location", description = "the post's URL",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Posts.View.class),
                    examples = @ExampleObject(name = "draft", value = Examples.POST)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields (each named), unknown platform",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "blank title", value = Examples.INVALID_POST),
                            @ExampleObject(name = "unknown platform", value = Examples.UNKNOWN_PLATFORM)}))
    @APIResponse(responseCode = "403", description = "Only editors, approvers, managers and admins draft posts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "agent", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Response create(@Valid @NotNull Posts.NewPost request, @Context UriInfo uri) {
        access.require(request.brand());
        Post post = posts.draft(request, access.userName());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/posts").path(post.id.toString()).build())
                .entity(Posts.view(post)).build();
    }

    @GET
    @Path("/posts/{id}")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One post", description = "The planned post with its channel, text, schedule, state "
            + "and versions; 404 when it is not a post of one of the caller's brands.")
    @APIResponse(responseCode = "200", description = "The post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Posts.View.class),
                    examples = @ExampleObject(name = "draft", value = Examples.POST)))
    @APIResponse(responseCode = "403", description = "The caller has no Parley role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such post among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown or other brand's post", value = Examples.POST_NOT_FOUND)))
    public Posts.View get(@Parameter(example = "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f") @PathParam("id") UUID id) {
        return Posts.view(posts.get(id, access.brands()));
    }
}
