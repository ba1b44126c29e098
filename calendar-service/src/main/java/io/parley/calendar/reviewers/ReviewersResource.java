package io.parley.calendar.reviewers;

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
import jakarta.ws.rs.DELETE;
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

/** An editor invites external reviewers to one story, and revokes them. */
@Path("/api/v1/brands/{brand}/stories/{id}/reviewers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "External reviewers", description = "Signed-in side: invitations and revocations")
public class ReviewersResource {

    @Inject
    PageLimits pages;

    @Inject
    Reviewers reviewers;

    @Inject
    StoryService stories;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Invite an external reviewer to the story",
            description = "E-mails the reviewer the link (the console's /review/<token> page) and answers it with the "
                    + "token — shown this once: only its SHA-256 is kept. `emailed` says whether the mail server took "
                    + "the e-mail (if not, `emailProblem` says why and the link is to be handed over another way; the "
                    + "invitation stands). The link works for expiresInDays (1 to 30, default 7) unless revoked, and "
                    + "shows this story only. Emits parley.reviewer.invited.v1; the story's history records the "
                    + "invitation and the e-mail's outcome.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Reviewers.Invitation.class),
            examples = @ExampleObject(name = "agency", value = Examples.NEW_REVIEWER)))
    @APIResponse(responseCode = "201", description = "The reviewer with their link", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reviewers.View.class),
            examples = @ExampleObject(name = "invited", value = Examples.REVIEWER)))
    @APIResponse(responseCode = "400", description = "No e-mail address or name, days outside 1-30",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad email", value = Examples.BAD_EMAIL)))
    public Response invite(@Parameter(example = "acme") @PathParam("brand") String brand, @PathParam("id") UUID id,
            Reviewers.Invitation request, @Context UriInfo uri) {
        Story s = stories.get(brand, id);
        Reviewers.Invited invited = reviewers.invite(s, request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(invited.link().id.toString()).build())
                .entity(reviewers.mail(s, invited, caller.actor())).build();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The story's external reviewers", description = "Without links or tokens (kept hashed); "
            + "oldest invitation first, a page at a time (`limit`, and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of reviewers", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reviewers.ReviewerPage.class),
            examples = @ExampleObject(name = "one", value = Examples.REVIEWERS)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Page<Reviewers.View> list(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        stories.get(brand, id);
        return reviewers.page(id, cursor, QueryParams.limit(limit, pages)).map(l -> reviewers.view(l, null));
    }

    @DELETE
    @Path("/{reviewerId}")
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Revoke a reviewer's link", description = "From now on it answers 410. Emits "
            + "parley.reviewer.revoked.v1; revoking twice keeps the first.")
    @APIResponse(responseCode = "200", description = "The revoked reviewer", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reviewers.View.class),
            examples = @ExampleObject(name = "revoked", value = Examples.REVIEWER)))
    public Reviewers.View revoke(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @PathParam("reviewerId") UUID reviewerId) {
        Story s = stories.get(brand, id);
        return reviewers.view(reviewers.revoke(s, reviewerId, caller.actor()), null);
    }
}
