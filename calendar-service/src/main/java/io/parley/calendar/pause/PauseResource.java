package io.parley.calendar.pause;

import io.parley.calendar.api.Examples;
import io.parley.calendar.api.ListParameters;
import jakarta.ws.rs.QueryParam;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.Cursor;
import io.parley.calendar.stories.Caller;
import io.parley.platform.problem.Problem;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Pause all publishing": everyone of the brand reads whether it is paused (the console's banner); managers and
 * admins pause and lift it. The enforcement is the scheduler's, see {@link Pauses}.
 */
@Path("/api/v1/brands/{brand}/publishing-pause")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publishing pause", description = "Stop every scheduled post of a brand until lifted, e.g. in a crisis")
public class PauseResource {

    @Inject
    PageLimits pages;

    @Inject
    Caller caller;

    @Inject
    Pauses pauses;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Whether the brand's publishing is paused, by whom, since when, and the posts it holds",
            description = "Every role of the brand reads it: the console shows it as a banner on every screen. Held "
                    + "posts are scheduled posts whose time has come while paused; they stay scheduled, neither sent "
                    + "nor lost, until the pause is lifted.")
    @APIResponse(responseCode = "200", description = "The status", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PauseApi.Status.class),
            examples = @ExampleObject(name = "paused, one post held", value = PauseExamples.STATUS)))
    public PauseApi.Status status(@Parameter(example = "acme") @PathParam("brand") String brand) {
        return PauseApi.Status.of(pauses.state(brand));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Pause all publishing of the brand",
            description = "From now until lifted no scheduled post of the brand goes out, on any replica; posts "
                    + "already handed to the network before the pause are not recalled. Corrections and deletions "
                    + "of published posts still go out (a crisis may need them). Recorded with who, when and why, "
                    + "and announced as parley.publishing.paused.v1. Managers and admins only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PauseApi.PauseRequest.class),
            examples = @ExampleObject(name = "from an incident", value = PauseExamples.PAUSE)))
    @APIResponse(responseCode = "201", description = "The pause, in force", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PauseApi.View.class),
            examples = @ExampleObject(name = "paused", value = PauseExamples.PAUSED)))
    @APIResponse(responseCode = "400", description = "No reason, or a reason over 500 characters", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no reason", value = PauseExamples.NO_REASON)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "an editor", value = PauseExamples.FORBIDDEN)))
    @APIResponse(responseCode = "409", description = "Already paused", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "already paused", value = PauseExamples.ALREADY_PAUSED)))
    public Response pause(@Parameter(example = "acme") @PathParam("brand") String brand,
            @NotNull PauseApi.PauseRequest body) {
        PublishingPause p = pauses.pause(brand, body.reason(), body.incidentId(), caller.actor());
        return Response.status(Response.Status.CREATED).entity(PauseApi.View.of(p)).build();
    }

    @POST
    @Path("/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Lift the brand's publishing pause",
            description = "Scheduled posts go out again at their times. The posts held by the pause (their time came "
                    + "while it was in force) are sent now, oldest due first (held: send), or go back to approved "
                    + "without a time for an editor to reschedule (held: reschedule) — the caller chooses; nothing is "
                    + "chosen for them. Each held post's history records it. Announced as "
                    + "parley.publishing.resumed.v1. Managers and admins only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PauseApi.LiftRequest.class),
            examples = @ExampleObject(name = "send the held posts", value = PauseExamples.LIFT)))
    @APIResponse(responseCode = "200", description = "The pause, lifted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PauseApi.View.class),
            examples = @ExampleObject(name = "lifted", value = PauseExamples.LIFTED)))
    @APIResponse(responseCode = "400", description = "No reason, or held is neither send nor reschedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no reason", value = PauseExamples.NO_REASON)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "an editor", value = PauseExamples.FORBIDDEN)))
    @APIResponse(responseCode = "409", description = "Publishing is not paused", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not paused", value = PauseExamples.NOT_PAUSED)))
    public PauseApi.View lift(@Parameter(example = "acme") @PathParam("brand") String brand,
            @NotNull PauseApi.LiftRequest body) {
        return PauseApi.View.of(pauses.lift(brand, body.reason(), body.held(), caller.actor()));
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The brand's publishing pauses, newest first (the audit: who, when, why, and the lift)",
            description = "Every pause of the brand with who paused and why, and who lifted it, "
            + "when, and how many posts it had held; a page at a time (`limit`, and `cursor` from the previous "
            + "page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of pauses", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PauseApi.HistoryPage.class),
            examples = @ExampleObject(name = "one pause, lifted", value = PauseExamples.HISTORY)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Page<PauseApi.View> history(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        return pauses.history(brand, cursor, QueryParams.limit(limit, pages)).map(PauseApi.View::of);
    }
}
