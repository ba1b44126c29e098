package io.parley.calendar.comments;

import jakarta.ws.rs.QueryParam;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.Cursor;
import io.parley.calendar.api.Examples;
import io.parley.calendar.api.ListParameters;
import io.parley.calendar.stories.Caller;
import io.parley.calendar.stories.Story;
import io.parley.calendar.stories.StoryService;
import io.parley.platform.problem.Problem;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Comments on a story's drafts. */
@Path("/api/v1/brands/{brand}/stories/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Threaded comments on drafts, with mentions and spans")
public class CommentsResource {

    @Inject
    PageLimits pages;

    @Inject
    Comments comments;

    @Inject
    StoryService stories;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Comment on a story or one of its variants",
            description = "A reply names its parentId; span points at code points of the variant's text; @user mentions "
                    + "are read from the text; external comments are shown to the story's external reviewers. Emits "
                    + "parley.story.comment-added.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Comments.NewComment.class),
            examples = @ExampleObject(name = "on a span", value = Examples.NEW_COMMENT)))
    @APIResponse(responseCode = "201", description = "The comment", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comments.View.class),
            examples = @ExampleObject(name = "comment", value = Examples.COMMENT)))
    @APIResponse(responseCode = "400", description = "Blank text, a span outside the text, another story's parent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad span", value = Examples.BAD_SPAN)))
    public Response add(@Parameter(example = "acme") @PathParam("brand") String brand, @PathParam("id") UUID id,
            Comments.NewComment request, @Context UriInfo uri) {
        Story s = stories.get(brand, id);
        StoryComment c = comments.add(s, request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .entity(Comments.view(c)).build();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The story's comments", description = "Oldest first; replies carry their parentId. A page "
            + "at a time (`limit`, and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of comments", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comments.CommentPage.class),
            examples = @ExampleObject(name = "a thread", value = Examples.COMMENTS)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Page<Comments.View> list(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        stories.get(brand, id);
        return comments.page(id, cursor, QueryParams.limit(limit, pages)).map(Comments::view);
    }

    @POST
    @Path("/{commentId}/resolve")
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Resolve a comment", description = "Resolving twice keeps the first resolution.")
    @APIResponse(responseCode = "200", description = "The comment", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comments.View.class),
            examples = @ExampleObject(name = "resolved", value = Examples.COMMENT)))
    public Comments.View resolve(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @PathParam("commentId") UUID commentId) {
        Story s = stories.get(brand, id);
        return Comments.view(comments.resolve(s, commentId, caller.actor()));
    }
}
